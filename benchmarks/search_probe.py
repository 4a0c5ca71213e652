"""Type queries into Material's search box in Chromium and score the results.

Shared by benchmarks/search.py and tests/browser/test_search.py. A query set lives in
benchmarks/search_queries.yml: per language, queries with the page (``page.html``) or
section (``page.html#id``) that must be among the first five results, or ``none``.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

QUERIES_FILE = Path(__file__).with_name("search_queries.yml")
TOP = 5

# Counts the queries Material's page sends to its search worker and the results the worker
# sends back (Material's message types: 2 = query, 3 = result). Installed before the page's
# scripts run, so it sees the worker Material starts.
_COUNT_WORKER_MESSAGES = """(() => {
  if (!window.Worker || window.__pwSearch) return;
  const counts = window.__pwSearch = {sent: 0, received: 0};
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", event => { if (event.data && event.data.type === 3) counts.received++; });
    }
    postMessage(message, ...rest) {
      if (message && message.type === 2) counts.sent++;
      return super.postMessage(message, ...rest);
    }
  };
})();"""

# Sets the box as a reader would (Material listens for keyup), waits until the worker has
# answered this query (not an earlier one still in flight), then until Material has drawn
# the answer: the result list unchanged for two frames. redrawn is false if no answer
# came within the timeout.
_RUN_QUERY = """
async ([query, timeout]) => {
  const input = document.querySelector("[data-md-component=search-query]");
  const output = document.querySelector(".md-search-result");
  const counts = window.__pwSearch;
  const frame = () => new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)));
  const started = performance.now();
  const sentBefore = counts.sent;
  input.value = query;
  // What Material reads (docs/assets/js/search-query.js shapes it); the same as last time
  // means Material sends nothing and the answer on screen already is this query's.
  const unchanged = input.value === window.__pwLastQuery;
  window.__pwLastQuery = input.value;
  input.dispatchEvent(new KeyboardEvent("keyup", {bubbles: true}));
  let answered = unchanged && counts.received >= counts.sent;
  while (!answered && performance.now() - started < timeout) {
    if (counts.sent > sentBefore && counts.received >= counts.sent) { answered = true; break; }
    await frame();
  }
  const elapsed = performance.now() - started;
  let changes = 0;
  const observer = new MutationObserver(records => { changes += records.length; });
  observer.observe(output, {childList: true, subtree: true, characterData: true, attributes: true});
  for (let quiet = 0; quiet < 2;) {
    const before = changes;
    await frame();
    quiet = changes === before ? quiet + 1 : 0;
  }
  observer.disconnect();
  const items = [...output.querySelectorAll(".md-search-result__item")].map(
    item => [...item.querySelectorAll("a.md-search-result__link")].map(a => a.href));
  return {redrawn: answered, elapsed, items};
}
"""


@dataclass(frozen=True)
class Query:
    text: str
    expected: tuple[str, ...]  # empty: must find nothing
    kind: str


@dataclass
class LanguageReport:
    code: str
    hits: int = 0
    expected: int = 0
    foreign: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    times_ms: list[float] = field(default_factory=list)
    search_bytes: int = 0
    index_bytes: int = 0

    @property
    def recall(self) -> float:
        return self.hits / self.expected if self.expected else 1.0

    @property
    def median_ms(self) -> float:
        return statistics.median(self.times_ms) if self.times_ms else 0.0


def load_queries(path: Path = QUERIES_FILE) -> dict[str, list[Query]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    queries: dict[str, list[Query]] = {}
    for code, items in data.items():
        queries[code] = []
        for item in items:
            find = item["find"]
            expected = () if find == "none" else tuple([find] if isinstance(find, str) else find)
            queries[code].append(Query(str(item["q"]), expected, item.get("kind", "word")))
    return queries


def relative_link(href: str, code: str) -> str:
    """'/parting-ways/th/signs.html?h=x#sign-time' -> 'signs.html#sign-time' (or foreign)."""
    parts = urlsplit(href)
    path = parts.path.rsplit(f"/{code}/", 1)
    if len(path) != 2:
        return "FOREIGN:" + parts.path
    return path[1] + (f"#{parts.fragment}" if parts.fragment else "")


def _found(expected: tuple[str, ...], links: list[str]) -> bool:
    for want in expected:
        for link in links:
            if link == want or ("#" not in want and link.split("#")[0] == want):
                return True
    return False


def open_search(page, url: str) -> int:
    """Open a page, open search and wait for the worker; returns search bytes fetched."""
    sizes: dict[str, int] = {}

    def on_response(response) -> None:
        path = urlsplit(response.url).path
        if "/search/" in path or "/javascripts/workers/" in path or "/javascripts/lunr/" in path:
            sizes[path] = int(response.headers.get("content-length") or 0)

    page.context.on("response", on_response)
    page.add_init_script(_COUNT_WORKER_MESSAGES)
    page.goto(url)
    page.keyboard.press("/")  # Material's shortcut: opens search and focuses the box
    page.wait_for_selector("[data-md-component=search-query]:focus")
    if not page.evaluate(_RUN_QUERY, ["zzzwarmup", 20000])["redrawn"]:
        raise RuntimeError(f"search never answered on {url}")
    page.context.remove_listener("response", on_response)
    return sum(sizes.values())


def run_query(page, text: str, timeout_ms: int = 10000) -> tuple[list[list[str]], float]:
    result = page.evaluate(_RUN_QUERY, [text, timeout_ms])
    return result["items"], result["elapsed"]


def run_language(page, base_url: str, code: str, queries: list[Query]) -> LanguageReport:
    report = LanguageReport(code)
    report.search_bytes = open_search(page, f"{base_url}{code}/index.html")
    for query in queries:
        items, elapsed = run_query(page, query.text)
        report.times_ms.append(elapsed)
        links = [relative_link(href, code) for item in items for href in item]
        report.foreign += [link for link in links if link.startswith("FOREIGN:")]
        top = [relative_link(href, code) for item in items[:TOP] for href in item]
        if query.expected:
            report.expected += 1
            if _found(query.expected, top):
                report.hits += 1
            else:
                report.misses.append(f"{query.text} -> {query.expected} got {top[:6]}")
        elif items:
            report.expected += 1
            report.misses.append(f"{query.text} -> none got {top[:6]}")
        else:
            report.expected += 1
            report.hits += 1
    return report
