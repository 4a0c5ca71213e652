"""The test browser itself: what keeps the suite within its time on two cores."""

from __future__ import annotations

import time

import pytest

from tests.support.browser import CHROMIUM_ARGS, chromium_path

pytestmark = pytest.mark.browser
SWITCHED_OFF = "--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup"


def browser_ui_pages(browser, wait_s: float) -> list[str]:
    """The browser's own UI pages beside a new page, once they appear (or after wait_s)."""
    context = browser.new_context()
    try:
        context.new_page()
        session = browser.new_browser_cdp_session()
        deadline = time.monotonic() + wait_s
        while True:
            found = [t["url"] for t in session.send("Target.getTargets")["targetInfos"] if t["type"] == "browser_ui"]
            if found or time.monotonic() > deadline:
                break
            time.sleep(0.05)  # polling a condition with a deadline, not a fixed wait
        session.detach()
        return found
    finally:
        context.close()


def test_each_new_page_opens_no_browser_ui_page_beside_it(browser):
    # tests/support/browser.py switches off the address bar pop-up Chromium preloads as a web
    # page for every window. First the check itself: without the switch, the pop-up appears.
    assert SWITCHED_OFF in CHROMIUM_ARGS
    plain = browser.browser_type.launch(executable_path=chromium_path(), headless=True,
                                        args=[a for a in CHROMIUM_ARGS if a != SWITCHED_OFF])
    try:
        assert browser_ui_pages(plain, wait_s=10), "Chromium no longer preloads the pop-up: drop the switch"
    finally:
        plain.close()
    assert browser_ui_pages(browser, wait_s=1) == []
