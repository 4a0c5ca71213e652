"""Farewell message templates in a real browser: fill in, preview, copy, mail, stay safe."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from playwright.sync_api import expect

from hooks.languages import site_language
from hooks.placeholders import fill
from tests.catalog_view import catalog, loaded
from tests.conftest import BEHAVIOUR_LANGUAGES, BROWSER_LOCALES, LANGUAGES

pytestmark = pytest.mark.browser
# 31 December 2026 as the page's date locale writes it, computed by the same Intl call the
# widget makes: the exact words come from the browser's ICU and change with a Chromium
# update, so they are not pinned here. What the guide promises is pinned: Thai letters
# count the Buddhist era (2569), the others 2026, with Western digits.
END_DATE_YEAR = {"th": "2569", "vi": "2026", "it": "2026", "zh": "2026", "ar": "2026"}
_INTL_DATE = """([locale]) => new Intl.DateTimeFormat(locale, {dateStyle: "long", timeZone: "UTC"})
    .format(new Date(Date.UTC(2026, 11, 31)))"""


def end_date(page, code: str) -> str:
    written = page.evaluate(_INTL_DATE, [site_language(code).date_locale])
    assert END_DATE_YEAR[code] in written and "31" in written, written
    return written
VALUES = {
    "client_name": "Anna Bianchi",
    "client_company": "Bianchi Srl",
    "your_name": "Minh Tran",
    "your_company": "Tran Studio",
    "remaining_work": "the final report",
    "contract_clause": "9.2",
    "amount_due": "2400",
    "end_date": "2026-12-31",
}
SUBJECT_PREFIX_SEPARATOR = {"zh": "："}
FSI, PDI = "\u2068", "\u2069"
# Where an element comes to rest: its top once it has not moved for ten animation frames.
_SETTLED_TOP = """el => new Promise(done => {
  let last = null, still = 0;
  const look = () => {
    const top = el.getBoundingClientRect().top;
    still = top === last ? still + 1 : 0;
    last = top;
    if (still >= 10) done(top); else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})"""


def expected(code: str, template_id: str, isolate: bool, written_date: str) -> tuple[str, str]:
    template = loaded()[1].templates[template_id]
    values = {k: v for k, v in VALUES.items() if k in template.placeholders}
    values["end_date"] = written_date
    if isolate:
        values = {k: FSI + v + PDI for k, v in values.items()}
    text = catalog(code)
    return fill(text.text(template.subject_text), values), fill(text.text(template.body_text), values)


def open_templates(new_page, site, code, query: str = ""):
    page = new_page(BROWSER_LOCALES[code])
    page.context.grant_permissions(
        ["clipboard-read", "clipboard-write"], origin=site.base_url.rstrip("/").rsplit("/", 1)[0]
    )
    page.goto(site.url(f"{code}/templates.html{query}"))
    return page


def fill_fields(page, template_id: str) -> None:
    widget = page.locator(f'[data-message="{template_id}"]')
    for name, value in VALUES.items():
        field = widget.locator(f'[data-field="{name}"]')
        if field.count():
            field.fill(value)


@pytest.mark.parametrize("code", LANGUAGES)
def test_preview_copy_and_mailto_match_exactly(new_page, site, code):
    page = open_templates(new_page, site, code)
    for template_id in ["contract-end", "late-payment"]:
        _check_preview_copy_and_mailto(page, code, template_id)
    page.watch.assert_clean(code)


def _check_preview_copy_and_mailto(page, code: str, template_id: str) -> None:
    fill_fields(page, template_id)
    widget = page.locator(f'[data-message="{template_id}"]')
    written_date = end_date(page, code)
    subject, body = expected(code, template_id, isolate=False, written_date=written_date)
    assert widget.locator("[data-subject]").inner_text() == subject
    shown_body = widget.locator("[data-body]").inner_text().replace("\n\n\n", "\n\n").strip()
    assert shown_body == body.strip()

    widget.locator("[data-copy]").click()
    expect(widget.locator("[data-status]")).to_have_text(
        catalog(code).text("Copied: subject and message are on your clipboard.")
    )
    copied = page.evaluate("navigator.clipboard.readText()")
    iso_subject, iso_body = expected(code, template_id, isolate=(code == "ar"), written_date=written_date)
    label = catalog(code).text("Subject")
    assert copied == f"{label}{SUBJECT_PREFIX_SEPARATOR.get(code, ': ')}{iso_subject}\n\n{iso_body}"

    href = widget.locator("[data-mailto]").get_attribute("href")
    query = parse_qs(urlsplit(href).query, keep_blank_values=True)
    assert urlsplit(href).scheme == "mailto"
    assert query["subject"] == [iso_subject]
    assert query["body"][0].replace("\r\n", "\n") == iso_body
    assert "%0D%0A" in href, "line breaks in mailto bodies are CRLF"


@pytest.mark.parametrize("code", BEHAVIOUR_LANGUAGES)
def test_typed_markup_stays_text(new_page, site, code):
    page = open_templates(new_page, site, code)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    widget = page.locator('[data-message="headache"]')
    attack = "<img src=x onerror=alert(1)>"
    widget.locator('[data-field="client_name"]').fill(attack)
    assert attack in widget.locator("[data-body]").inner_text()
    assert page.locator("[data-message] img").count() == 0
    page.evaluate("new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)))")
    assert dialogs == []


def test_latin_name_keeps_its_order_inside_arabic(new_page, site):
    page = open_templates(new_page, site, "ar")
    widget = page.locator('[data-message="headache"]')
    widget.locator('[data-field="client_name"]').fill("Anna Bianchi")
    order = widget.locator('[data-body] bdi[data-ph="client_name"]').first.evaluate("""el => {
        const text = el.firstChild, range = document.createRange();
        range.setStart(text, 0); range.setEnd(text, 4);
        const anna = range.getBoundingClientRect().x;
        range.setStart(text, 5); range.setEnd(text, 12);
        return [anna, range.getBoundingClientRect().x, getComputedStyle(el.closest('[data-body]')).direction];
    }""")
    anna, bianchi, direction = order
    assert direction == "rtl"
    assert anna < bianchi, "the Latin name must read left to right inside the Arabic sentence"


@pytest.mark.parametrize("code", BEHAVIOUR_LANGUAGES)
def test_values_are_remembered_and_shared_between_templates(new_page, site, code):
    page = open_templates(new_page, site, code)
    page.locator('[data-message="abuse"] [data-field="your_name"]').fill("Minh Tran")
    assert page.locator('[data-message="headache"] [data-field="your_name"]').input_value() == "Minh Tran"
    page.reload()
    assert page.locator('[data-message="grown-apart"] [data-field="your_name"]').input_value() == "Minh Tran"
    preview = page.locator('[data-message="grown-apart"] [data-body]')
    preview.scroll_into_view_if_needed()  # templates off screen are laid out when the reader gets there
    expect(preview).to_contain_text("Minh Tran", use_inner_text=True)
    page.locator('[data-message="grown-apart"] [data-clear]').click()
    assert page.locator('[data-message="abuse"] [data-field="your_name"]').input_value() == ""


@pytest.mark.parametrize("code", BEHAVIOUR_LANGUAGES)
def test_self_check_link_selects_and_shows_the_template(new_page, site, code):
    page = open_templates(new_page, site, code, "?template=late-payment#tpl-late-payment")
    widget = page.locator('[data-message="late-payment"]')
    assert "is-selected" in (widget.get_attribute("class") or "")
    top = page.locator("#tpl-late-payment").evaluate("el => el.getBoundingClientRect().top")
    assert 0 <= top < page.viewport_size["height"]
    page.watch.assert_clean(code)


@pytest.mark.parametrize("code", ["vi", "ar"])
def test_a_link_to_a_template_lands_on_it(new_page, site, code):
    # The templates above are laid out only as they come near the screen; the heading
    # must stay where the link put it while they are.
    page = open_templates(new_page, site, code, "#tpl-contract-end")
    top = page.locator("#tpl-contract-end").evaluate(_SETTLED_TOP)
    assert 0 <= top < page.viewport_size["height"] / 2, top


def test_without_javascript_the_text_and_placeholders_are_readable(browser, site):
    context = browser.new_context(java_script_enabled=False, locale="vi-VN")
    page = context.new_page()
    page.goto(site.url("vi/templates.html"))
    preview = page.locator('[data-message="contract-end"] [data-body]')
    preview.scroll_into_view_if_needed()
    label = catalog("vi").text("Name of the person you are writing to")
    expect(preview).to_contain_text(f"[{label}]", use_inner_text=True)
    assert unquote(page.locator('[data-message="contract-end"] [data-mailto]').get_attribute("href")).startswith(
        "mailto:?subject="
    )
    context.close()
