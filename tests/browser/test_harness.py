"""The test browser itself: what keeps the suite within its time on two cores."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_each_new_page_opens_no_browser_ui_page_beside_it(browser):
    # tests/support/browser.py switches off the address bar pop-up Chromium preloads as a web
    # page for every window; a Chromium that renames the feature would bring that cost back.
    context = browser.new_context()
    try:
        context.new_page()
        session = browser.new_browser_cdp_session()
        targets = session.send("Target.getTargets")["targetInfos"]
        session.detach()
    finally:
        context.close()
    assert [t["url"] for t in targets if t["type"] == "browser_ui"] == []
