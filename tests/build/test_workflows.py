"""The CI workflows and dev-tool pins (issue 14, items 10 and 11): read, not run."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"
# Oldest acceptable major of each action (current majors, late 2026).
MINIMUM_MAJOR = {
    "actions/checkout": 5, "actions/setup-python": 6, "actions/configure-pages": 5,
    "actions/upload-pages-artifact": 4, "actions/deploy-pages": 4,
}


def load(name: str) -> dict:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_actions_are_on_current_majors():
    for name in ("pages.yml", "upstream.yml"):
        for step in steps(load(name)):
            if "uses" not in step:
                continue
            action, _, version = step["uses"].partition("@")
            major = int(re.match(r"v(\d+)", version)[1])
            assert major >= MINIMUM_MAJOR.get(action, 0), f"{name}: {step['uses']}"


def test_a_deployment_in_progress_is_never_cancelled():
    workflow = load("pages.yml")
    deploy = workflow["jobs"]["deploy"]
    assert deploy["concurrency"]["cancel-in-progress"] is False
    assert workflow["concurrency"]["cancel-in-progress"] is not True


def test_browser_tests_use_the_runners_chrome_not_the_snap():
    for name in ("pages.yml", "upstream.yml"):
        text = (WORKFLOWS / name).read_text(encoding="utf-8")
        assert "chromium-browser" not in text and "apt-get install" not in text, name
        assert "CHROMIUM_PATH=$(command -v google-chrome)" in text, name


def test_weekly_upstream_run_installs_the_newest_allowed_versions():
    workflow = load("upstream.yml")
    triggers = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads "on" as True
    assert triggers["schedule"][0]["cron"].split()[-1] in {"0", "1", "2", "3", "4", "5", "6"}
    commands = "\n".join(step.get("run", "") for step in steps(workflow))
    assert "pip install --upgrade" in commands and "scripts/test" in commands


def test_dev_tools_are_pinned_to_a_minor_version():
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    for requirement in extra["test"]:
        lower = re.search(r">=(\d+)\.(\d+)", requirement)
        upper = re.search(r"<(\d+)\.(\d+)", requirement)
        assert lower and upper, requirement
        assert (int(upper[1]), int(upper[2])) <= (int(lower[1]), int(lower[2]) + 1), requirement
