"""The self-check in a real browser, as a reader uses it.

Its words (verdict titles, counts) are checked in every language; its behaviour, the same
script in every language, in one left-to-right language and in Arabic.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest
from babel.numbers import format_decimal
from playwright.sync_api import expect

from parting_ways.i18n.placeholders import fill
from parting_ways.site.languages import site_language
from tests.conftest import BEHAVIOUR_LANGUAGES, BROWSER_LOCALES, LANGUAGES
from tests.support.catalog_view import catalog, loaded
from tests.support.html_links import parse

pytestmark = pytest.mark.browser
SIGNS = [s.id for s in loaded()[0].signs]


def open_check(new_page, site, code):
    page = new_page(BROWSER_LOCALES[code])
    page.goto(site.url(f"{code}/self-check.html"))
    return page


def answer(page, answers: dict[str, str]) -> None:
    for sign in SIGNS:
        page.locator(f'fieldset[data-sign="{sign}"] input[value="{answers.get(sign, "never")}"]').check()


def submit(page) -> None:
    page.locator("[data-selfcheck] button[type=submit]").click()
    page.locator("[data-result]").wait_for(state="visible")


def verdict_title(code: str, band: str) -> str:
    return catalog(code).text(loaded()[0].verdicts[band].title_text)


PATTERNS = [
    ({}, "keep"),
    ({"sign-time": "often", "sign-recommendations": "often", "sign-respect": "sometimes"}, "repair"),
    # Losing money on a client, clearly, is enough on its own to call for a repair.
    ({"sign-money": "often"}, "repair"),
    ({"sign-money": "often", "sign-time": "often", "sign-recommendations": "often",
      "sign-respect": "often", "sign-communication": "often"}, "end"),
]


@pytest.mark.parametrize("code", LANGUAGES)
def test_answer_patterns_give_the_expected_verdict_in_its_words(new_page, site, code):
    page = open_check(new_page, site, code)
    result = page.locator("[data-result]")
    for answers, band in PATTERNS:
        answer(page, answers)
        submit(page)
        assert result.get_attribute("data-band") == band, (code, answers)
        assert verdict_title(code, band) in result.inner_text(), (code, band)
        assert result.locator("[data-advice]").is_visible()
    # A deal-breaker answered above "never" forces the end, and says how many were marked.
    answer(page, {"sign-unethical": "sometimes"})
    submit(page)
    assert result.get_attribute("data-band") == "end"
    assert result.locator("[data-deal-note]").is_visible()
    # ...for its own reason: not the score-based "costs more than it brings" advice.
    assert not result.locator("[data-advice]").is_visible()
    numbers = {n: format_decimal(n, locale=site_language(code).babel_id) for n in (1, len(SIGNS))}
    marked = fill(catalog(code).plural("You marked {n} of {total} warning signs.", 1),
                  {"n": numbers[1], "total": numbers[len(SIGNS)]})
    assert result.locator("[data-marked]").inner_text() == marked
    # Copied or read aloud, the two sentences stay apart (Chinese punctuation spaces itself).
    gap = "" if code == "zh" else " "
    score = result.locator("[data-score]").inner_text()
    assert result.locator("p:has(> [data-marked])").inner_text() == marked + gap + score
    page.watch.assert_clean(code)


@pytest.mark.parametrize("code", BEHAVIOUR_LANGUAGES)
def test_verdict_links_lead_to_sections_in_the_same_language(new_page, site, code):
    page = open_check(new_page, site, code)
    answer(page, {"sign-money": "often", "sign-time": "often", "sign-abuse": "often", "sign-grown-apart": "often"})
    submit(page)
    hrefs = page.locator("[data-result] a").evaluate_all("els => els.map(a => a.href)")
    assert len(hrefs) >= 8
    checker = page.context.new_page()
    for href in hrefs:
        assert f"/parting-ways/{code}/" in href, href
        checker.goto(href)
        fragment = href.split("#", 1)[1]
        assert checker.locator(f'[id="{fragment}"]').count() == 1, href
    checker.close()
    template_links = [h for h in hrefs if "templates.html?template=" in h]
    assert any("template=abuse#tpl-abuse" in h for h in template_links)
    assert any("template=late-payment" in h for h in template_links)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_link_the_verdict_can_show_points_at_a_section_of_the_language(built_site, code):
    """All signs and templates, not one answer pattern: read from the page's JSON island."""
    folder = built_site.site_dir / code
    html = (folder / "self-check.html").read_text(encoding="utf-8")
    island = json.loads(re.search(r"<script [^>]*data-selfcheck-data[^>]*>(.*?)</script>", html, re.S)[1])
    hrefs = [sign["href"] for sign in island["signs"].values()]
    hrefs += [template["href"] for template in island["templates"].values()]
    hrefs += re.findall(r'<a href="([^"]+#[^"]+)"', html.split("data-result", 1)[1])
    assert len(island["signs"]) == len(SIGNS) and len(island["templates"]) >= 6
    ids: dict[str, set[str]] = {}
    for href in hrefs:
        target, fragment = urlsplit(href).path, urlsplit(href).fragment
        assert "/" not in target and (folder / target).is_file(), f"{code}: {href}"
        if target not in ids:
            ids[target] = parse((folder / target).read_text(encoding="utf-8")).ids
        assert fragment in ids[target], f"{code}: {href} has no #{fragment}"


@pytest.mark.parametrize("code", BEHAVIOUR_LANGUAGES)
def test_reload_keeps_answers_and_reset_clears_them(new_page, site, code):
    page = open_check(new_page, site, code)
    answer(page, {"sign-time": "often", "sign-respect": "sometimes"})
    page.reload()
    assert page.locator('fieldset[data-sign="sign-time"] input[value="often"]').is_checked()
    assert page.locator('fieldset[data-sign="sign-respect"] input[value="sometimes"]').is_checked()
    assert page.locator("[data-result]").is_visible(), "a finished check shows its verdict again"
    page.locator("[data-selfcheck] button[type=reset]").click()
    assert page.locator("[data-selfcheck] input:checked").count() == 0
    assert page.locator("[data-result]").is_hidden()
    page.reload()
    assert page.locator("[data-selfcheck] input:checked").count() == 0


@pytest.mark.parametrize("code", BEHAVIOUR_LANGUAGES)
def test_keyboard_only_run(new_page, site, code):
    page = open_check(new_page, site, code)
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == SIGNS[0]:
            break
    else:
        pytest.fail("Tab never reached the first question")
    for index, sign in enumerate(SIGNS):
        assert page.evaluate("document.activeElement.name") == sign
        page.keyboard.press("ArrowDown")  # moves to, and picks, "sometimes"
        if index < len(SIGNS) - 1:
            page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.type") == "submit"
    page.keyboard.press("Enter")
    page.locator("[data-result]").wait_for(state="visible")
    assert page.evaluate("document.activeElement.id") == "pw-result-heading"
    assert page.locator("[data-result]").get_attribute("data-band") == "end"
    assert page.locator("[data-result-body]").get_attribute("aria-live") == "polite"
    page.watch.assert_clean(code)


@pytest.mark.parametrize("code", BEHAVIOUR_LANGUAGES)
def test_unanswered_questions_are_pointed_out(new_page, site, code):
    page = open_check(new_page, site, code)
    page.locator(f'fieldset[data-sign="{SIGNS[0]}"] input[value="often"]').check()
    page.locator("[data-selfcheck] button[type=submit]").click()
    error = page.locator("[data-error]")
    assert error.is_visible() and "10" in error.inner_text()
    assert page.evaluate("document.activeElement.name") == SIGNS[1]


def test_arabic_self_check_reads_right_to_left(new_page, site):
    page = open_check(new_page, site, "ar")
    fieldset = page.locator('fieldset[data-sign="sign-time"]')
    assert fieldset.evaluate("el => getComputedStyle(el).direction") == "rtl"
    radio = fieldset.locator('input[value="never"]').bounding_box()
    label = fieldset.locator('label:has(input[value="never"]) span').bounding_box()
    assert radio["x"] > label["x"], "in Arabic the radio button stands to the right of its label"


def test_works_without_storage(browser, site):
    context = browser.new_context(locale="it-IT")
    context.add_init_script("Object.defineProperty(window, 'localStorage', {get() { throw new Error('denied'); }})")
    page = context.new_page()
    errors: list[str] = []
    # Material's own scripts also touch storage; only our widget's errors are in scope here.
    page.on("pageerror", lambda e: "selfcheck.js" in (e.stack or "") and errors.append(e.stack))
    page.goto(site.url("it/self-check.html"))
    answer(page, {"sign-time": "often"})
    submit(page)
    assert page.locator("[data-result]").get_attribute("data-band") == "keep"
    assert errors == []
    context.close()


def test_without_javascript_questions_and_rule_are_there(browser, site):
    context = browser.new_context(java_script_enabled=False, locale="it-IT")
    page = context.new_page()
    page.goto(site.url("it/self-check.html"))
    assert page.locator("[data-selfcheck] fieldset").count() == 11
    assert page.locator(".pw-selfcheck__paper").is_visible()
    assert page.locator("[data-selfcheck] button[type=submit]").is_hidden()
    context.close()


def _listed(result, selector: str) -> list[str]:
    return result.locator(f"{selector} a").evaluate_all("els => els.map(a => a.getAttribute('href'))")


@pytest.mark.parametrize("code", BEHAVIOUR_LANGUAGES)
def test_the_deal_breaker_behind_the_verdict_leads_signs_and_messages(new_page, site, code):
    page = open_check(new_page, site, code)
    result = page.locator("[data-result]")
    # "Sometimes" unethical weighs 3 points, less than any of the others marked here.
    answer(page, {"sign-unethical": "sometimes", "sign-money": "often",
                  "sign-time": "often", "sign-recommendations": "often"})
    submit(page)
    assert result.get_attribute("data-band") == "end"
    weighed = _listed(result, "[data-weighed-list]")
    assert weighed[0].endswith("#sign-unethical"), weighed
    assert [h.rsplit("#", 1)[1] for h in weighed[1:]] == ["sign-money", "sign-time"], weighed
    templates = _listed(result, "[data-templates-list]")
    assert "template=unethical#tpl-unethical" in templates[0], templates
    # Without a deal-breaker the order is by points, as before.
    answer(page, {"sign-money": "often", "sign-time": "often", "sign-recommendations": "often",
                  "sign-respect": "often", "sign-communication": "sometimes", "sign-grown-apart": "often"})
    submit(page)
    assert result.get_attribute("data-band") == "end"
    assert [h.rsplit("#", 1)[1] for h in _listed(result, "[data-weighed-list]")] == [
        "sign-money", "sign-time", "sign-recommendations"]
    assert "template=late-payment#tpl-late-payment" in _listed(result, "[data-templates-list]")[0]
    page.watch.assert_clean(code)


@pytest.mark.parametrize("code", LANGUAGES)
def test_under_repair_the_messages_read_as_a_fallback(new_page, site, code):
    check = loaded()[0]
    words = catalog(code)
    fallback = words.text(check.verdicts["repair"].templates_heading_text)
    usual = words.text(check.ui["templates_heading_text"])
    assert fallback and fallback != usual
    page = open_check(new_page, site, code)
    heading = page.locator("[data-result] [data-templates] h3")
    answer(page, {"sign-money": "often"})
    submit(page)
    assert page.locator("[data-result]").get_attribute("data-band") == "repair"
    assert heading.inner_text() == fallback
    answer(page, {"sign-unethical": "often"})
    submit(page)
    assert page.locator("[data-result]").get_attribute("data-band") == "end"
    assert heading.inner_text() == usual
    page.watch.assert_clean(code)


@pytest.mark.parametrize("code", LANGUAGES)
def test_under_keep_a_sign_answered_at_its_strongest_still_offers_its_message(new_page, site, code):
    page = open_check(new_page, site, code)
    result = page.locator("[data-result]")
    offer = result.locator("[data-templates]")
    answer(page, {"sign-grown-apart": "often"})  # "Yes, clearly", and nothing else
    submit(page)
    assert result.get_attribute("data-band") == "keep"
    expect(offer).to_be_visible()
    assert offer.locator("h3").inner_text() == catalog(code).text(
        loaded()[0].verdicts["keep"].templates_heading_text)
    assert ["template=grown-apart#tpl-grown-apart" in h for h in _listed(result, "[data-templates-list]")] == [True]
    answer(page, {"sign-grown-apart": "sometimes", "sign-time": "sometimes"})
    submit(page)
    assert result.get_attribute("data-band") == "keep"
    expect(offer).to_be_hidden()
    page.watch.assert_clean(code)


@pytest.mark.parametrize("viewport", [{"width": 390, "height": 844}, {"width": 1280, "height": 900}],
                         ids=["phone", "desktop"])
@pytest.mark.parametrize("code", ["th", "it", "ar"])
def test_question_legends_stay_inside_the_border(new_page, site, code, viewport):
    """A wrapped legend must not sit on, or be crossed by, its fieldset's border line."""
    page = new_page(BROWSER_LOCALES[code], viewport=viewport)
    page.goto(site.url(f"{code}/self-check.html"))
    boxes = page.locator("[data-selfcheck] fieldset").evaluate_all("""sets => sets.map(set => {
        const style = getComputedStyle(set), box = set.getBoundingClientRect();
        const legend = set.querySelector("legend"), inner = legend.getBoundingClientRect();
        return {sign: set.dataset.sign, top: box.top + parseFloat(style.borderTopWidth),
                left: box.left + parseFloat(style.borderLeftWidth),
                right: box.right - parseFloat(style.borderRightWidth),
                bottom: box.bottom - parseFloat(style.borderBottomWidth),
                lines: inner.height / parseFloat(getComputedStyle(legend).lineHeight),
                legend: {top: inner.top, left: inner.left, right: inner.right, bottom: inner.bottom}};
    })""")
    assert len(boxes) == len(SIGNS)
    assert max(b["lines"] for b in boxes) > 2.5, "some question wraps (the case that went wrong)"
    for b in boxes:
        legend = b["legend"]
        assert legend["top"] >= b["top"] - 0.5, (code, viewport, b)
        assert legend["left"] >= b["left"] - 0.5 and legend["right"] <= b["right"] + 0.5, (code, viewport, b)
        assert legend["bottom"] <= b["bottom"] + 0.5, (code, viewport, b)
