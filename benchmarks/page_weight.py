"""What a first visit downloads, measured in the browser: gzipped bytes as transferred.

Shared by tests/browser/test_page_weight.py and benchmarks/page_weight.py. Sizes are the
Resource Timing ``encodedBodySize`` of the document and of every resource it loads, in a
fresh browser context (empty cache), grouped by kind.
"""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

KINDS = ("html", "css", "js", "fonts", "images", "data")
_BY_SUFFIX = {
    ".html": "html", ".css": "css", ".js": "js", ".mjs": "js",
    ".woff2": "fonts", ".woff": "fonts", ".ttf": "fonts", ".otf": "fonts",
    ".svg": "images", ".png": "images", ".jpg": "images", ".jpeg": "images",
    ".webp": "images", ".avif": "images", ".gif": "images", ".ico": "images",
    ".json": "data", ".xml": "data", ".txt": "data",
}

_ENTRIES = """() => [performance.getEntriesByType("navigation")[0],
  ...performance.getEntriesByType("resource")]
  .map(e => [e.name, e.initiatorType, e.encodedBodySize])"""


@dataclass
class PageWeight:
    url: str
    bytes_by_kind: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    files: dict[str, int] = field(default_factory=dict)

    @property
    def first_load(self) -> int:
        """HTML + CSS + JS + fonts + images: what the page needs to show and work."""
        return sum(self.bytes_by_kind[kind] for kind in KINDS if kind != "data")


def kind_of(url: str, initiator: str) -> str:
    if initiator == "navigation":
        return "html"
    path = urlsplit(url).path
    suffix = path[path.rfind("."):] if "." in path.rsplit("/", 1)[-1] else ""
    return _BY_SUFFIX.get(suffix.lower(), "data")


class _References(HTMLParser):
    """What a page makes the browser fetch on load: stylesheets, icons, scripts, images, and
    the search worker Material starts at once (named in its ``__config``)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self._in_config = False

    def handle_data(self, data: str) -> None:
        if self._in_config and (worker := json.loads(data).get("search")):
            self.urls.append(worker)

    def handle_endtag(self, tag: str) -> None:
        self._in_config = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self._in_config = tag == "script" and values.get("id") == "__config"
        rel = set(values.get("rel", "").lower().split())
        if tag == "link" and rel & {"stylesheet", "icon", "preload", "modulepreload"}:
            self.urls.append(values.get("href", ""))
        elif tag in ("script", "img") and values.get("src"):
            self.urls.append(values["src"])


def first_load_files(site_dir: Path, page: Path, subpath: str) -> list[Path]:
    """The files of ``site_dir`` that loading ``page`` fetches, from its markup (no browser).

    ``subpath`` is where the site is served ("/parting-ways/"); data: URLs are inline.
    """
    parser = _References()
    parser.feed(page.read_text(encoding="utf-8"))
    files: list[Path] = []
    for url in parser.urls:
        if url.startswith("data:"):
            continue
        path = urlsplit(url).path
        target = site_dir / path[len(subpath):] if path.startswith("/") else page.parent / path
        target = Path(os.path.normpath(target))
        if target not in files:
            files.append(target)
    return files


def transferred_size(path: Path) -> int:
    """Bytes on the wire from tests/support/site_server.py (and GitHub Pages): gzipped where compressible."""
    from tests.support.site_server import _COMPRESSIBLE

    data = path.read_bytes()
    return len(gzip.compress(data, mtime=0)) if path.suffix in _COMPRESSIBLE else len(data)


def static_weight(site_dir: Path, page: Path, subpath: str) -> PageWeight:
    """The first-load weight of ``page`` computed from the built files: no browser, deterministic."""
    weight = PageWeight(str(page.relative_to(site_dir)))
    for path in [page, *first_load_files(site_dir, page, subpath)]:
        size = transferred_size(path)
        weight.files[str(path.relative_to(site_dir))] = size
        kind = "html" if path == page else kind_of(path.name, "")
        weight.bytes_by_kind[kind] += size
    return weight


def measure(page, url: str, settle_ms: int = 600) -> PageWeight:
    """Load ``url`` in ``page`` (give it a fresh context) and add up what came over the wire."""
    page.goto(url)
    page.wait_for_timeout(settle_ms)  # late loads: the search worker, sitemaps
    weight = PageWeight(url)
    for name, initiator, size in page.evaluate(_ENTRIES):
        if name in weight.files or name.startswith("data:"):
            continue  # one download, reported twice (the favicon), or inline
        weight.files[name] = size
        weight.bytes_by_kind[kind_of(name, initiator)] += size
    return weight


# ---------------------------------------------------------------- command line
# Usage: .venv/bin/python -m benchmarks.page_weight [--languages th ar]
# Builds this site and, for comparison, plain Material (no overrides, hooks, extra CSS/JS,
# default theme settings) on the same Markdown of each language, then prints a table.

PAGE_TYPES = ["index.html", "signs.html", "self-check.html", "templates.html"]
_PLAIN_CONFIG = """site_name: Plain Material
site_url: {site_url}
docs_dir: {docs}
use_directory_urls: false
theme:
  name: material
  language: {code}
markdown_extensions: [admonition, attr_list, md_in_html, {{toc: {{permalink: true}}}}]
plugins: [search]
"""


def _build_plain(code: str, out: str, site_url: str) -> None:
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    from tests.support.site_server import PROJECT, build_env

    with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False) as config:
        config.write(_PLAIN_CONFIG.format(site_url=site_url, docs=PROJECT / "docs" / code, code=code))
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", config.name, "-d", out],
                   env=build_env(site_url), check=True, capture_output=True)
    Path(config.name).unlink()


def _kb(size: int) -> str:
    return f"{size / 1000:.1f}"


def main(argv: list[str] | None = None) -> int:
    import argparse
    import shutil
    import tempfile

    from playwright.sync_api import sync_playwright

    from tests.support.browser import launch
    from tests.support.site_server import build_site, free_port, serve

    parser = argparse.ArgumentParser(description="First-load page weight: ours vs plain Material")
    parser.add_argument("--languages", nargs="+", default=["th", "vi", "it", "zh", "ar"])
    args = parser.parse_args(argv)
    port = free_port()
    base = f"http://127.0.0.1:{port}/parting-ways/"
    rows = []
    with tempfile.TemporaryDirectory(prefix="pw-weight-") as tmp:
        site_dir = Path(tmp) / "site"
        if build_site(site_dir, base).returncode != 0:
            raise SystemExit("build failed")
        for code in args.languages:  # plain Material, one language per folder
            plain = Path(tmp) / code
            _build_plain(code, str(plain), f"{base}plain-{code}/")
            shutil.move(str(plain), site_dir / f"plain-{code}")
        running = serve(site_dir, port)
        try:
            with sync_playwright() as playwright:
                browser = launch(playwright)
                for code in args.languages:
                    for name in PAGE_TYPES:
                        pair = []
                        for folder in (code, f"plain-{code}"):
                            context = browser.new_context()
                            # Plain Material asks Google for its fonts; offline, they are not counted.
                            context.route(lambda url: not url.startswith(base), lambda r: r.abort())
                            pair.append(measure(context.new_page(), f"{base}{folder}/{name}"))
                            context.close()
                        rows.append((f"{code}/{name}", *pair))
                browser.close()
        finally:
            running.stop()
    print("| Page | HTML | CSS | JS | Fonts | Images | **First load** | Search data "
          "| Plain Material first load | Plain Material search data |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for page, ours, plain in rows:
        k = ours.bytes_by_kind
        print(f"| {page} | {_kb(k['html'])} | {_kb(k['css'])} | {_kb(k['js'])} | {_kb(k['fonts'])} "
              f"| {_kb(k['images'])} | **{_kb(ours.first_load)}** | {_kb(k['data'])} "
              f"| {_kb(plain.first_load)} | {_kb(plain.bytes_by_kind['data'])} |")
    print("\nKB = 1000 bytes, gzipped as transferred, empty cache. Plain Material would also load"
          " Google Fonts (Roboto) from fonts.gstatic.com; blocked here, so not counted.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
