"""The five-language site as a reader and a crawler meet it, served under the Pages subpath."""

from __future__ import annotations

import gzip
import urllib.error
import urllib.request
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

from tests.conftest import BROWSER_LOCALES, LANGUAGES
from tests.support.html_links import parse


def fetch(url: str) -> tuple[int, bytes, dict[str, str]]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
            headers = dict(response.headers)
            status = response.status
    except urllib.error.HTTPError as error:
        body, headers, status = error.read(), dict(error.headers), error.code
    if headers.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    return status, body, headers


def test_every_language_has_the_same_pages(built_site):
    names = {code: [p.name for p in built_site.pages(code)] for code in LANGUAGES}
    reference = names["th"]
    assert len(reference) >= 7
    for code, pages in names.items():
        assert pages == reference, f"{code} pages differ from th"


@pytest.mark.parametrize("code", LANGUAGES)
def test_lang_and_direction_on_every_page(built_site, code):
    for path in built_site.pages(code):
        attrs = parse(path.read_text(encoding="utf-8")).html_attrs
        assert attrs.get("lang") == LANGUAGES[code], path
        assert attrs.get("dir") == ("rtl" if code == "ar" else "ltr"), path


@pytest.mark.parametrize("code", LANGUAGES)
def test_head_has_hreflang_for_every_language_and_x_default(built_site, site, code):
    for path in built_site.pages(code):
        alternates = dict(parse(path.read_text(encoding="utf-8")).alternates)
        assert set(alternates) == {*LANGUAGES.values(), "x-default"}, path
        assert alternates["x-default"] == site.base_url
        for other, tag in LANGUAGES.items():
            assert alternates[tag] == f"{site.base_url}{other}/{path.name}", path


def test_switcher_opens_the_same_page_in_each_language(built_site):
    for code in LANGUAGES:
        for path in built_site.pages(code):
            switcher = dict(parse(path.read_text(encoding="utf-8")).switcher)
            assert set(switcher) == set(LANGUAGES.values()), path
            for other, tag in LANGUAGES.items():
                target = (path.parent / switcher[tag]).resolve()
                assert target == (built_site.site_dir / other / path.name).resolve(), (path, tag)


def test_crawl_every_link_and_anchor_resolves(site, built_site):
    """Start at the root chooser and follow every internal link, as a crawler would."""
    queue, seen, ids = [site.base_url], set(), {}
    anchors: list[tuple[str, str]] = []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        status, body, headers = fetch(url)
        assert status == 200, f"{status} for {url}"
        if not headers.get("Content-Type", "").startswith("text/html"):
            continue
        parts = parse(body.decode("utf-8"))
        ids[url] = parts.ids
        for _tag, link in parts.links:
            if link.startswith(("mailto:", "data:", "javascript:")):
                continue
            absolute, fragment = urldefrag(urljoin(url, link))
            assert urlsplit(absolute).netloc == urlsplit(site.base_url).netloc, f"{url} links off-site: {link}"
            assert urlsplit(absolute).path.startswith("/parting-ways/"), f"{url} escapes the subpath: {link}"
            absolute = absolute.split("?", 1)[0]
            if fragment:
                anchors.append((absolute, fragment))
            if absolute not in seen:
                queue.append(absolute)
    for code in LANGUAGES:
        for path in built_site.pages(code):
            assert f"{site.base_url}{code}/{path.name}" in seen, f"{code}/{path.name} is not linked from anywhere"
    for target, fragment in anchors:
        assert fragment in ids.get(target, set()), f"#{fragment} missing in {target}"


def test_sitemaps_list_every_page_with_alternates(site, built_site):
    status, body, _ = fetch(site.url("sitemap.xml"))
    assert status == 200
    text = body.decode("utf-8")
    for code in LANGUAGES:
        for path in built_site.pages(code):
            assert f"<loc>{site.base_url}{code}/{path.name}</loc>" in text
    assert text.count('hreflang="x-default"') == sum(len(built_site.pages(c)) for c in LANGUAGES)


@pytest.mark.browser
@pytest.mark.parametrize("code", LANGUAGES)
def test_pages_load_cleanly_in_the_browser(new_page, site, built_site, code):
    page = new_page(BROWSER_LOCALES[code])
    for path in built_site.pages(code):
        page.goto(site.url(f"{code}/{path.name}"))
        page.watch.settle(page)
        assert page.locator("html").get_attribute("lang") == LANGUAGES[code]
        page.watch.assert_clean(f"{code}/{path.name}")
    if code == "ar":
        # The mirrored layout: the navigation drawer sits on the right in Arabic.
        page.set_viewport_size({"width": 1300, "height": 900})
        box = page.locator(".md-sidebar--primary").bounding_box()
        content = page.locator(".md-content").bounding_box()
        assert box["x"] > content["x"], "Arabic primary sidebar should be right of the content"


@pytest.mark.browser
@pytest.mark.parametrize("code", LANGUAGES)
def test_root_offers_the_browser_language_and_remembers_the_choice(new_page, site, code):
    page = new_page(BROWSER_LOCALES[code])
    page.goto(site.base_url)
    first = page.locator("[data-language-list] > li").first
    assert first.get_attribute("data-lang") == code
    assert first.locator("[data-suggested]").is_visible()
    first.locator("a").click()
    page.wait_for_url(f"**/{code}/index.html")
    page.goto(site.base_url)
    page.wait_for_url(f"**/{code}/index.html")
    page.goto(site.base_url + "?choose")
    assert page.locator("[data-language-list] > li").count() == len(LANGUAGES)
    page.watch.assert_clean("root")


@pytest.mark.browser
def test_switcher_choice_is_remembered_for_the_root(new_page, site):
    page = new_page("en-US")
    page.goto(site.url("th/signs.html"))
    page.locator(".md-select__link[hreflang=it]").first.dispatch_event("click")
    page.wait_for_url("**/it/signs.html")
    page.goto(site.base_url)
    page.wait_for_url("**/it/index.html")


@pytest.mark.browser
@pytest.mark.parametrize("code", LANGUAGES)
def test_404_speaks_the_language_of_the_missing_path(new_page, site, code):
    page = new_page("en-US")
    response = page.goto(site.url(f"{code}/missing-page.html"))
    page.watch.settle(page)
    assert response.status == 404
    first = page.locator("[data-language-list] > li").first
    assert first.get_attribute("data-lang") == code
    assert first.get_attribute("lang") == LANGUAGES[code]
    # The one expected error: the browser reporting the 404 status of the page itself.
    assert page.watch.errors == ["Failed to load resource: the server responded with a status of 404 (Not Found)"]
    page.watch.errors.clear()
    first.locator("a").click()
    page.wait_for_url(f"**/{code}/index.html")
    page.watch.assert_clean("404")
