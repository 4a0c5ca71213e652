"""Search in every language: own index, segmentation, recall, highlighting, download budget."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from benchmarks.search_probe import (
    load_queries,
    open_search,
    relative_link,
    run_language,
    run_query,
)
from parting_ways.search.index import language_base, with_language_base
from parting_ways.search.text import PROFILES, ZWSP, prepare
from tests.conftest import BROWSER_LOCALES, LANGUAGES

QUERIES = load_queries()
# A word each language's page must highlight after a reader follows a result.
HIGHLIGHT = {"th": "ความเคารพ", "vi": "tôn trọng", "it": "contratti", "zh": "合同", "ar": "عميل"}
BUDGET_BYTES = 40 * 1024  # worker + index, gzipped; Material's wordcut.js alone is 200 KB


def test_thai_is_cut_into_words_between_tags() -> None:
    text = prepare("<p>ความสัมพันธ์กับลูกค้า</p>", PROFILES["th"])
    assert text.startswith("<p>") and text.endswith("</p>")
    assert text[3:-4].strip(ZWSP).split(ZWSP) == ["ความสัมพันธ์", "กับ", "ลูกค้า"]


def test_arabic_marks_are_dropped() -> None:
    assert prepare("تُصلَح", PROFILES["ar"]) == "تصلح"


def test_search_base_is_the_language_folder() -> None:
    assert language_base("th/signs.html", "th") == "./"
    html = '<script id="__config" type="application/json">{"base":"..","x":"<"}</script>'
    assert '"base":"./"' in with_language_base(html, "th/signs.html", "th")
    assert "\\u003c" in with_language_base(html, "th/signs.html", "th")


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_language_has_its_own_index(built_site, code: str) -> None:
    index = json.loads((built_site.site_dir / code / "search/search_index.json").read_text("utf-8"))
    assert index["config"]["lang"] == ["en"]  # no lunr language file, no wordcut.js
    pages = {path.name for path in built_site.pages(code)}
    assert {doc["location"].split("#")[0] for doc in index["docs"]} <= pages
    config = (built_site.site_dir / code / "signs.html").read_text("utf-8")
    assert '"base":"./"' in config


def test_no_combined_index(built_site) -> None:
    assert not (built_site.site_dir / "search").exists()


@pytest.mark.browser
@pytest.mark.parametrize("code", LANGUAGES)
def test_recall_and_no_foreign_results(new_page, site, code: str) -> None:
    page = new_page(BROWSER_LOCALES[code])
    report = run_language(page, site.base_url, code, QUERIES[code])
    assert report.recall >= 0.95, f"{code} recall@5 {report.recall:.2f}: {report.misses}"
    assert not report.foreign, f"{code}: results from other languages {report.foreign[:5]}"
    assert report.search_bytes <= BUDGET_BYTES, f"{code}: search downloaded {report.search_bytes} B"
    page.watch.assert_clean(code)


@pytest.mark.browser
@pytest.mark.parametrize("code", LANGUAGES)
def test_download_budget(new_page, site, code: str) -> None:
    page = new_page(BROWSER_LOCALES[code])
    requested: list[str] = []
    page.context.on("request", lambda request: requested.append(request.url))
    open_search(page, site.url(f"{code}/signs.html"))
    run_query(page, QUERIES[code][0].text)
    unused = [url for url in requested if "/javascripts/lunr/" in url or url.endswith("wordcut.js")]
    assert not unused, f"{code}: downloaded {unused}"
    assert any(url.endswith(f"/{code}/search/search_index.json") for url in requested)


@pytest.mark.browser
def test_index_waits_until_the_reader_opens_search(new_page, site) -> None:
    """A phone reader who never searches never downloads the index (or any sitemap)."""
    page = new_page(BROWSER_LOCALES["vi"], viewport={"width": 412, "height": 823}, is_mobile=True, has_touch=True)
    requested: list[str] = []
    page.on("request", lambda request: requested.append(urlsplit(request.url).path))
    page.goto(site.url("vi/signs.html"))
    page.watch.settle(page)
    assert not [path for path in requested if path.endswith(("search_index.json", "sitemap.xml"))], requested
    page.locator(".md-header__button[for=__search]").tap()  # the magnifier in the header
    page.wait_for_selector("[data-md-component=search-query]:focus")
    # Typed at once, before the index has arrived: the results must still come.
    page.keyboard.type(QUERIES["vi"][0].text)
    page.locator(".md-search-result__item").first.wait_for(timeout=10000)
    assert requested.count("/parting-ways/vi/search/search_index.json") == 1
    page.watch.assert_clean("vi")


@pytest.mark.browser
def test_thai_query_without_spaces(new_page, site) -> None:
    page = new_page(BROWSER_LOCALES["th"])
    open_search(page, site.url("th/index.html"))
    items, _ = run_query(page, "ทิ้งลูกค้าไว้กลางทาง")
    top = [relative_link(href, "th") for item in items[:5] for href in item]
    assert "ending.html#step-transition" in top, top


@pytest.mark.browser
@pytest.mark.parametrize("code", LANGUAGES)
def test_result_highlights_words_in_page(new_page, site, code: str) -> None:
    page = new_page(BROWSER_LOCALES[code])
    open_search(page, site.url(f"{code}/index.html"))
    typed = HIGHLIGHT[code]
    items, _ = run_query(page, typed)
    assert items, f"{code}: {typed} found nothing"
    page.goto(items[0][-1])
    page.wait_for_selector("article mark[data-md-highlight]", timeout=5000)
    marks = page.eval_on_selector_all("article mark[data-md-highlight]",
                                      "marks => marks.map(m => m.textContent.toLowerCase())")
    assert marks and all(mark.strip() in typed.lower() for mark in marks), marks
    page.watch.assert_clean(code)
