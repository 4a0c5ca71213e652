"""Build figures for the README: strict build time and pages per language.

    .venv/bin/python benchmarks/build_figures.py [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support.site_server import build_site

LANGUAGES = ["th", "vi", "it", "zh", "ar"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    timings = []
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        for _ in range(args.runs):
            started = time.perf_counter()
            result = build_site(site, "https://example.github.io/parting-ways/")
            timings.append(time.perf_counter() - started)
            if result.returncode != 0:
                print(result.stdout + result.stderr)
                return 1
        pages = {code: len(list((site / code).glob("*.html"))) for code in LANGUAGES}
        size = sum(f.stat().st_size for f in site.rglob("*") if f.is_file())
    print("| figure | value |")
    print("|---|---|")
    print(f"| strict build, median of {args.runs} (s) | {statistics.median(timings):.1f} |")
    print(f"| pages per language | {', '.join(f'{c} {n}' for c, n in pages.items())} |")
    print(f"| site size on disk (MB) | {size / 1e6:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
