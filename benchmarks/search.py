"""Search benchmark: this site's per-language search against plain Material + i18n search.

Builds the site and a baseline copy (the same project without hooks/search.py and
search-query.js, so Material's and mkdocs-static-i18n's default search), serves both
under the Pages subpath, types benchmarks/search_queries.yml into headless Chromium and
prints a Markdown table.

    .venv/bin/python benchmarks/search.py
"""

from __future__ import annotations

import gzip
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.search_probe import LanguageReport, load_queries, run_language
from tests.support.browser import launch
from tests.support.site_server import PROJECT, build_site, free_port, serve

_OURS = ("  - hooks/search.py\n", "  - assets/js/search-query.js\n")


def baseline_project(target: Path) -> Path:
    ignore = shutil.ignore_patterns(".venv", ".git", "site", "__pycache__", ".pytest_cache")
    shutil.copytree(PROJECT, target, ignore=ignore)
    config = target / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    for line in _OURS:
        if line not in text:
            raise SystemExit(f"mkdocs.yml: expected {line.strip()!r} to remove for the baseline")
        text = text.replace(line, "")
    config.write_text(text, encoding="utf-8")
    return target


def index_bytes(site_dir: Path, code: str) -> int:
    own = site_dir / code / "search" / "search_index.json"
    path = own if own.exists() else site_dir / "search" / "search_index.json"
    return len(gzip.compress(path.read_bytes(), mtime=0))


def measure(site_dir: Path, codes: list[str]) -> list[LanguageReport]:
    from playwright.sync_api import sync_playwright

    queries = load_queries()
    port = free_port()
    running = serve(site_dir, port)
    reports = []
    try:
        with sync_playwright() as playwright:
            browser = launch(playwright)
            for code in codes:
                context = browser.new_context()
                report = run_language(context.new_page(), running.base_url, code, queries[code])
                report.index_bytes = index_bytes(site_dir, code)
                reports.append(report)
                context.close()
            browser.close()
    finally:
        running.stop()
    return reports


def table(rows: list[tuple[str, LanguageReport]]) -> str:
    lines = ["| build | lang | recall@5 | foreign results | index (gzip) | search download (gzip) "
             "| median query |", "|---|---|---|---|---|---|---|"]
    for build, r in rows:
        lines.append(f"| {build} | {r.code} | {r.hits}/{r.expected} = {r.recall:.2f} "
                     f"| {len(r.foreign)} | {r.index_bytes / 1024:.1f} KB "
                     f"| {r.search_bytes / 1024:.1f} KB | {r.median_ms:.0f} ms |")
    return "\n".join(lines)


def main() -> int:
    codes = ["th", "vi", "it", "zh", "ar"]
    with tempfile.TemporaryDirectory(prefix="search-bench-") as tmp:
        work = Path(tmp)
        sites = {"this site": (PROJECT, work / "site"),
                 "baseline": (baseline_project(work / "baseline"), work / "baseline-site")}
        rows: list[tuple[str, LanguageReport]] = []
        misses: list[str] = []
        for build, (project, site_dir) in sites.items():
            port = free_port()
            result = build_site(site_dir, f"http://127.0.0.1:{port}/parting-ways/", project)
            if result.returncode != 0:
                print(f"{build}: mkdocs build failed\n{result.stderr}", file=sys.stderr)
                return 1
            for report in measure(site_dir, codes):
                rows.append((build, report))
                misses += [f"{build} {report.code}: {miss}" for miss in report.misses]
        print(table(rows))
        print("\nMisses:" if misses else "")
        for miss in misses:
            print(f"- {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
