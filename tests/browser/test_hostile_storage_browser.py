"""Stored values are untrusted: every *.github.io project site shares one origin, and
older versions wrote other shapes. Whatever is in localStorage, each widget still works
and the page logs no error (issue 14, item 8). messages.js has its own owner and tests."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.browser

HUGE = "x" * 500_000
HOSTILE_JSON = [
    {"sign-time": 'often"]'},
    {"sign-time": "[value=often]"},
    {"sign-time": "often'), input[value=('"},
    {"sign-time": HUGE},
    {"sign-time": {"nested": True}, "sign-money": 7},
    {"__proto__": {"sign-time": "often"}},
    [1, 2, 3],
    "often",
    None,
]
HOSTILE_RAW = [json.dumps(value) for value in HOSTILE_JSON] + ["not json {", "", '"]', HUGE]
HOSTILE_IDS = [f"json-{i}" for i in range(len(HOSTILE_JSON))] + ["not-json", "empty", "quote-bracket", "huge"]


def with_storage(page, items: dict[str, str]) -> None:
    """Put the values in place before any script of the page runs."""
    page.add_init_script(
        "(function (items) { for (var k in items) { try { localStorage.setItem(k, items[k]); } catch (e) {} } })("
        + json.dumps(items) + ")"
    )


@pytest.mark.parametrize("raw", HOSTILE_RAW, ids=HOSTILE_IDS)
def test_selfcheck_survives_any_stored_value(new_page, site, raw):
    page = new_page("it-IT")
    with_storage(page, {"parting-ways:selfcheck": raw})
    page.goto(site.url("it/self-check.html"), wait_until="load")
    # Nothing stored is trusted, so nothing is pre-selected from these values.
    assert page.locator("[data-selfcheck] input:checked").count() == 0
    page.locator('fieldset[data-sign="sign-unethical"] input[value="often"]').check()
    assert page.locator("[data-progress]").inner_text().strip()
    for fieldset in page.locator("fieldset[data-sign]").all():
        if not fieldset.locator("input:checked").count():
            fieldset.locator('input[value="never"]').check()
    page.locator("[data-selfcheck] button[type=submit]").click()
    page.locator("[data-result]").wait_for(state="visible")
    assert page.locator("[data-result]").get_attribute("data-band") == "end"
    page.watch.assert_clean(f"self-check with {raw[:40]!r}")


def test_selfcheck_still_restores_a_valid_answer(new_page, site):
    page = new_page("it-IT")
    with_storage(page, {"parting-ways:selfcheck": json.dumps({"sign-time": "often", "sign-money": 'x"]'})})
    page.goto(site.url("it/self-check.html"), wait_until="load")
    assert page.locator('fieldset[data-sign="sign-time"] input[value="often"]').is_checked()
    assert page.locator("[data-selfcheck] input:checked").count() == 1
    page.watch.assert_clean("self-check restore")


@pytest.mark.parametrize("raw", ['"]', "zh\"], a[href", "[data-lang]", "{", HUGE, "qq-IT\n"],
                         ids=["quote", "selector", "brackets", "brace", "huge", "newline"])
def test_chooser_404_and_switcher_survive_any_stored_language(new_page, site, raw):
    page = new_page("vi-VN")
    with_storage(page, {"parting-ways:language": raw})
    page.goto(site.url(""), wait_until="load")
    # An unknown stored language is ignored: the chooser stays and suggests the browser's.
    first = page.locator("[data-language-list] > li").first
    assert first.get_attribute("data-lang") == "vi"
    page.watch.assert_clean(f"chooser with {raw[:40]!r}")
    page.goto(site.url("it/missing-page.html"), wait_until="load")
    assert page.locator("[data-language-list] > li").first.get_attribute("data-lang") == "it"
    page.watch.errors.remove("Failed to load resource: the server responded with a status of 404 (Not Found)")
    page.watch.assert_clean(f"404 with {raw[:40]!r}")
    page.goto(site.url("it/signs.html"), wait_until="load")
    page.watch.assert_clean(f"guide page with {raw[:40]!r}")


@pytest.mark.parametrize("raw", ['{"index": 0.5, "color": {}}', '{"index": 99}', '{"index": -4}', '"x"', "[]"],
                         ids=["fraction", "too-big", "negative", "string", "array"])
def test_palette_survives_any_stored_palette(new_page, site, raw):
    page = new_page("it-IT")
    with_storage(page, {"/parting-ways/.__palette": raw})
    page.goto(site.url("it/signs.html"), wait_until="load")
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") in ("default", "slate")
    page.watch.assert_clean(f"palette {raw}")


def test_a_valid_stored_palette_is_kept(new_page, site):
    page = new_page("it-IT", color_scheme="light")
    with_storage(page, {"/parting-ways/.__palette": json.dumps(
        {"index": 1, "color": {"media": "(prefers-color-scheme: dark)", "scheme": "slate",
                               "primary": "custom", "accent": "custom"}})})
    page.goto(site.url("it/signs.html"), wait_until="load")
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    page.watch.assert_clean("valid palette")
