"""Build time of this site against plain Material + mkdocs-static-i18n on the same Markdown.

    .venv/bin/python benchmarks/build_ratio.py [--runs 5]

The baseline is a generated mkdocs.yml in a temporary folder that points at this
project's docs/: the same languages and static-i18n options, the same Markdown
extensions, Material's search plugin on, and no hooks, no custom_dir, no extra CSS/JS.
Both are built with ``mkdocs build --strict`` in a fresh process (what a contributor
and CI run), alternately, so a busy machine slows both alike; the script prints every
run, each median and the ratio (this site / baseline).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support.site_server import PROJECT, build_env

SITE_URL = "https://example.github.io/parting-ways/"
# What the baseline keeps from mkdocs.yml: everything that shapes the Markdown and the
# languages; dropped: hooks, custom_dir, extra_css/extra_javascript, palette, features.
LABELS = {"ours": "this site", "plain": "baseline"}
_KEPT = ("site_name", "site_description", "use_directory_urls", "strict", "validation",
         "markdown_extensions", "not_in_nav")


def baseline_config(project: Path = PROJECT) -> dict:
    with open(project / "mkdocs.yml", encoding="utf-8") as file:
        ours = yaml_load(file)
    i18n = next(p["i18n"] for p in ours["plugins"] if isinstance(p, dict) and "i18n" in p)
    # The baseline has no palette, so the languages' palette names would be unknown overrides.
    i18n = {**i18n, "languages": [
        {key: value for key, value in language.items() if key != "theme"} for language in i18n["languages"]]}
    config = {key: ours[key] for key in _KEPT if key in ours}
    config.update(
        site_url=SITE_URL,
        docs_dir=str(project / ours.get("docs_dir", "docs")),
        theme={"name": "material", "language": ours["theme"]["language"]},
        plugins=["search", {"i18n": i18n}],
    )
    return config


def timed_build(config_file: Path | None, site_dir: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one build in a fresh process."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)]
    if config_file is not None:
        command += ["-f", str(config_file)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=PROJECT, env=build_env(SITE_URL), text=True, capture_output=True)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        raise SystemExit(f"build failed ({'baseline' if config_file else 'this site'}):\n{result.stderr}")
    return elapsed, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="builds of each (default 5)")
    args = parser.parse_args()
    runs: dict[str, list[tuple[float, float]]] = {"ours": [], "plain": []}
    with tempfile.TemporaryDirectory() as tmp:
        baseline = Path(tmp) / "mkdocs.yml"
        baseline.write_text(yaml.safe_dump(baseline_config(), allow_unicode=True, sort_keys=False), encoding="utf-8")
        timed_build(None, Path(tmp) / "warm")  # first run of a process warms disk caches for both
        for run in range(args.runs):
            # Alternate which goes first so a load spike is not always charged to the same side.
            order = [("ours", None), ("plain", baseline)]
            if run % 2:
                order.reverse()
            for name, config_file in order:
                wall, cpu = timed_build(config_file, Path(tmp) / name)
                runs[name].append((wall, cpu))
                print(f"run {run + 1}: {LABELS[name]:<9} {wall:.2f} s wall, {cpu:.2f} s CPU", flush=True)
    wall = {name: statistics.median(w for w, _ in done) for name, done in runs.items()}
    cpu = {name: statistics.median(c for _, c in done) for name, done in runs.items()}
    for name in runs:
        print(f"{LABELS[name]}: median of {args.runs} strict builds {wall[name]:.2f} s wall, {cpu[name]:.2f} s CPU")
    print(f"ratio (this site / baseline): {wall['ours'] / wall['plain']:.2f} wall, "
          f"{cpu['ours'] / cpu['plain']:.2f} CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
