"""Page-weight budgets: what a reader on a phone downloads on a first visit, gzipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.page_weight import measure
from tests.conftest import BROWSER_LOCALES, LANGUAGES

pytestmark = pytest.mark.browser

# First-load budgets (HTML + CSS + JS + fonts + images, gzipped, KB = 1000 bytes).
# Material's stylesheet and bundle are about 60 KB of each page; the rest is ours.
BUDGETS_KB = {
    "index.html": 95,
    "signs.html": 95,
    "self-check.html": 100,
    "templates.html": 105,
    "": 8,  # the root language chooser
    "missing-page.html": 8,  # the root 404 page
}
WIDGET_SCRIPTS = ["selfcheck.js", "messages.js", "chooser.js", "language-memory.js"]
WIDGET_SCRIPT_BUDGET = 4 * 1024


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_page_type_stays_within_its_budget(browser, site, code):
    over = {}
    for name, budget_kb in BUDGETS_KB.items():
        relative = f"{code}/{name}" if name.endswith(".html") and name != "missing-page.html" else name
        # A fresh context per page: a first visit, nothing cached.
        context = browser.new_context(locale=BROWSER_LOCALES[code])
        try:
            weight = measure(context.new_page(), site.url(relative))
        finally:
            context.close()
        assert weight.bytes_by_kind["fonts"] == 0, f"{relative}: no web fonts, system fonts only"
        if weight.first_load > budget_kb * 1000:
            over[relative] = (weight.first_load, weight.bytes_by_kind)
    assert not over, f"over budget: {over}"


def test_each_widget_script_is_within_4_kb_gzipped(browser, site):
    context = browser.new_context()
    try:
        page = context.new_page()
        sizes = {}
        for relative in ["", "th/templates.html"]:
            weight = measure(page, site.url(relative), settle_ms=0)
            sizes |= {Path(url).name: size for url, size in weight.files.items()
                      if Path(url).name in WIDGET_SCRIPTS}
    finally:
        context.close()
    assert set(sizes) == set(WIDGET_SCRIPTS), sizes
    over = {name: size for name, size in sizes.items() if size > WIDGET_SCRIPT_BUDGET}
    assert not over, f"widget scripts over 4 KB gzipped: {over}"
