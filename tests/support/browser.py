"""Debian's Chromium driven by Playwright: no downloaded browser, no network but loopback."""

from __future__ import annotations

import os
from pathlib import Path

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
    # Chromium 156 gives every new window (every test's page) the address bar's pop-up as a
    # preloaded web page of its own: a renderer that costs more CPU than the page under test,
    # and on two cores made the suite half as slow again. Headless windows show no address
    # bar. Chromium merges this list with the features Playwright switches off itself.
    "--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup",
]


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if not Path(path).exists():
        # Never a skip: a browser test that does not run is a failed test.
        raise RuntimeError(f"Chromium not found at {path}; install Debian's 'chromium' or set CHROMIUM_PATH")
    return path


def launch(playwright):
    return playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
