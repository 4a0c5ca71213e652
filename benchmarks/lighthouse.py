"""Lighthouse (mobile) on the built site, served with gzip under the Pages subpath.

Usage: .venv/bin/python -m benchmarks.lighthouse [--languages th ar] [--pages index.html]
                                                [--runs 3]

Installs the npm ``lighthouse`` package into ``benchmarks/.node/`` on first use, drives
Debian's Chromium (``CHROME_PATH``, default /usr/bin/chromium) and prints a Markdown table.
Exits 1 when a page misses a target, listing the audits that stand in the way.
Each page runs ``--runs`` times and the run with the median performance score counts, as
Lighthouse's own docs advise: total blocking time swings widely on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.support.site_server import PROJECT, build_site, free_port, serve

NODE_DIR = PROJECT / "benchmarks" / ".node"
LIGHTHOUSE_VERSION = "12"
LANGUAGES = ["th", "vi", "it", "zh", "ar"]
PAGES = ["index.html", "self-check.html", "templates.html"]
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run"


@dataclass
class Report:
    page: str
    scores: dict[str, int]
    metrics: dict[str, str]
    missed: list[str]


def lighthouse_bin() -> Path:
    binary = NODE_DIR / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        NODE_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--prefix", str(NODE_DIR), "--no-audit", "--no-fund",
             f"lighthouse@{LIGHTHOUSE_VERSION}"],
            check=True,
        )
    return binary


def run_lighthouse(binary: Path, url: str) -> dict:
    env = dict(os.environ, CHROME_PATH=os.environ.get("CHROME_PATH", "/usr/bin/chromium"))
    command = [
        str(binary), url, "--quiet", "--output=json", "--output-path=stdout",
        f"--only-categories={','.join(TARGETS)}", f"--chrome-flags={CHROME_FLAGS}",
        "--form-factor=mobile",  # the default, said out loud: readers are on phones
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout)


def summarise(page: str, lhr: dict) -> Report:
    categories = lhr["categories"]
    scores = {key: round((categories[key]["score"] or 0) * 100) for key in TARGETS}
    audits = lhr["audits"]
    metrics = {
        name: audits[key]["displayValue"]
        for name, key in [("FCP", "first-contentful-paint"), ("LCP", "largest-contentful-paint"),
                          ("TBT", "total-blocking-time"), ("CLS", "cumulative-layout-shift")]
    }
    missed = []
    for key, target in TARGETS.items():
        if scores[key] >= target:
            continue
        for ref in categories[key]["auditRefs"]:
            audit = audits[ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                missed.append(f"{page} {key}: {audit['id']} ({audit.get('displayValue', '')})")
    return Report(page, scores, metrics, missed)


def median_run(runs: list[Report]) -> Report:
    ordered = sorted(runs, key=lambda report: report.scores["performance"])
    return ordered[len(ordered) // 2]


def table(reports: list[Report]) -> str:
    head = ["Page", "Performance", "Accessibility", "Best practices", "SEO",
            "FCP", "LCP", "TBT", "CLS"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in reports:
        cells = [r.page, *(str(r.scores[k]) for k in TARGETS), *r.metrics.values()]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", nargs="+", default=LANGUAGES)
    parser.add_argument("--pages", nargs="+", default=PAGES)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if not shutil.which("npm"):
        sys.exit("npm is needed to install Lighthouse (Node 18+)")
    binary = lighthouse_bin()
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="pw-lighthouse-") as tmp:
        site_dir = Path(tmp) / "site"
        built = build_site(site_dir, f"http://127.0.0.1:{port}/parting-ways/")
        if built.returncode != 0:
            sys.exit(f"build failed:\n{built.stderr}")
        running = serve(site_dir, port)
        try:
            reports = []
            for code in args.languages:
                for name in args.pages:
                    relative = f"{code}/{name}"
                    print(f"lighthouse {relative} ...", file=sys.stderr, flush=True)
                    runs = [summarise(relative, run_lighthouse(binary, running.url(relative)))
                            for _ in range(args.runs)]
                    reports.append(median_run(runs))
        finally:
            running.stop()
    print(table(reports))
    missed = [line for r in reports for line in r.missed]
    if missed:
        print("\nBelow target:\n" + "\n".join(f"- {line}" for line in missed))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
