"""Search reacts to every change of the box's text, not only to key-up (issue 14, item 6):
pasted, dictated and IME-committed queries produce no key events at all."""

from __future__ import annotations

import pytest

from benchmarks.search_probe import load_queries, open_search, relative_link
from tests.conftest import BROWSER_LOCALES

pytestmark = pytest.mark.browser
QUERIES = load_queries()
BOX = "[data-md-component=search-query]"


def wait_for_result(page, code: str, expected: tuple[str, ...]) -> list[str]:
    page.locator(".md-search-result__item").first.wait_for(timeout=10000)
    links = page.eval_on_selector_all(".md-search-result__link", "links => links.map(a => a.href)")
    found = [relative_link(href, code) for href in links]
    assert any(link == want or link.split("#")[0] == want for want in expected for link in found), found
    return found


@pytest.mark.parametrize("code", ["th", "it", "ar"])
@pytest.mark.parametrize("how", ["fill", "insert_text"])
def test_text_without_key_events_searches(new_page, site, code, how):
    query = next(q for q in QUERIES[code] if q.expected)
    page = new_page(BROWSER_LOCALES[code])
    open_search(page, site.url(f"{code}/index.html"))
    page.evaluate("""() => { window.pwKeys = []; ["keydown", "keypress"].forEach(type =>
        document.addEventListener(type, () => window.pwKeys.push(type), true)); }""")
    if how == "fill":
        page.locator(BOX).fill(query.text)  # sets the value and fires "input", as a paste does
    else:
        page.locator(BOX).select_text()  # replace the warm-up query, as a paste over it would
        page.keyboard.insert_text(query.text)  # what dictation and an IME commit produce
    wait_for_result(page, code, query.expected)
    keys = page.evaluate("window.pwKeys")
    assert not keys, f"the query arrived with key events: {keys}"
    page.watch.assert_clean(code)
