"""Farewell messages in a real browser: fill in, switch voice and address, copy, share, mail.

What the reader should see is computed from the same sources the build uses (the
catalog's words, the market's forms of address), the dates with the browser's own Intl
call, so a Chromium or CLDR update cannot turn these red without a visible change.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from playwright.sync_api import expect

from parting_ways.i18n.placeholders import Select, fill, selects
from parting_ways.widgets.definitions import AddressForm
from tests.conftest import BEHAVIOUR_LANGUAGES, BROWSER_LOCALES, LANGUAGES
from tests.support.catalog_view import catalog, loaded

pytestmark = pytest.mark.browser
FSI, RLI, PDI = "\u2068", "\u2067", "\u2069"


def own_direction() -> set[str]:
    """In Arabic, names keep their own direction (content/letters.yml marks them, and the
    greetings built from a name); every other detail reads right to left."""
    messages = loaded()[1]
    return {f.id for f in messages.fields.values() if f.name_of} | set(messages.derived)
# What a reader types as the recipient, honorific included, and the parts of the name
# that market's greetings use once the honorific is gone.
TYPED_NAMES = {
    "th": ("คุณสมศรี ใจดี", {"given": "สมศรี", "family": "ใจดี", "full": "สมศรี ใจดี"}),
    "vi": ("anh Nguyễn Văn Minh", {"given": "Minh", "family": "Nguyễn", "full": "Nguyễn Văn Minh"}),
    "it": ("Sig.ra Maria Rossi", {"given": "Maria", "family": "Rossi", "full": "Maria Rossi"}),
    "zh": ("王小明先生", {"given": "小明", "family": "王", "full": "王小明"}),
    "ar": ("السيد أحمد الخطيب", {"given": "أحمد", "family": "الخطيب", "full": "أحمد الخطيب"}),
}
# The typed honorific and the form's own, side by side: what must never appear.
DOUBLED = {"th": "คุณคุณ", "vi": "anh anh", "it": "Sig.ra Sig", "zh": "先生先生", "ar": "السيد السيد"}
VALUES = {
    "client_company": "Bianchi Srl",
    "your_name": "Minh Tran",
    "your_company": "Tran Studio",
    "remaining_work": "the final report",
    "contract_clause": "9.2",
    "contract_ref": "12/2026",
    "amount_due": "2400",
    "invoice_refs": "INV-14, INV-19",
    "payment_details": "IBAN IT60X0542811101000000123456",
    "end_date": "2026-12-31",
    "pay_by": "2026-12-15",
}
DATES = ("end_date", "pay_by")


def form(code: str, form_id: str) -> AddressForm:
    return next(f for f in loaded()[1].address[code].forms if f.id == form_id)


def expected(page, code: str, template_id: str, voice: str, form_id: str, *, isolate: bool = False,
             writer: str = "m", picked: dict[str, str] | None = None,
             typed: dict[str, str] | None = None) -> dict[str, str]:
    """Subject, body, chat and points as the reader should see them (or copy them), with
    VALUES typed in (``typed`` for details typed otherwise)."""
    messages = loaded()[1]
    chosen = form(code, form_id)
    date_locale = page.locator(f'[data-message="{template_id}"]').get_attribute("data-date-locale")
    values = {**VALUES, **(typed or {})}
    pattern = messages.address[code].date_pattern
    for name in DATES:
        if pattern:
            numbers = page.evaluate(
                "([locale, iso]) => Object.fromEntries(new Intl.DateTimeFormat(locale, {day: 'numeric', "
                "month: 'numeric', year: 'numeric', timeZone: 'UTC'}).formatToParts(new Date(iso + 'T00:00:00Z'))"
                ".map(p => [p.type, p.value]))", [date_locale, VALUES[name]],
            )
            numbers |= {"dd": numbers["day"].zfill(2), "mm": numbers["month"].zfill(2)}
            values[name] = fill(pattern, numbers)
        else:
            values[name] = page.evaluate(
                "([locale, iso]) => new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'})"
                ".format(new Date(iso + 'T00:00:00Z'))", [date_locale, VALUES[name]],
            )
            first_day = messages.address[code].first_day
            if first_day and VALUES[name].endswith("-01"):
                values[name] = re.sub(r"^1(?!\d)", first_day, values[name])
    parts = {} if chosen.recipient == "company" else dict(TYPED_NAMES[code][1])
    parts["company"] = values["client_company"]
    salutation = chosen.salutation_with_company or chosen.salutation
    values["salutation"] = fill(salutation, parts)
    values["addressee"] = fill(chosen.addressee, parts)
    if isolate:
        values = {k: (FSI if k in own_direction() else RLI) + v + PDI if re.search("[A-Za-z]", v) else v
                  for k, v in values.items()}
    # Every detail is typed (selects on a detail take "filled"), and lists keep their first option.
    choices = {name: "filled" for name in VALUES}
    choices.update({f.id: f.options[0].id for f in messages.fields.values() if f.options})
    choices.update(picked or {})
    choices.update({"writer": writer, "recipient": chosen.recipient, "register": chosen.register,
                    "address": chosen.id})
    wording = messages.templates[template_id].voices[voice]
    return {part: fill(catalog(code).text(text), values, choices) for part, text in wording.texts().items()}


def open_templates(new_page, site, code, query: str = "", **options):
    page = new_page(BROWSER_LOCALES[code], **options)
    page.context.grant_permissions(
        ["clipboard-read", "clipboard-write"], origin=site.base_url.rstrip("/").rsplit("/", 1)[0]
    )
    page.goto(site.url(f"{code}/templates.html{query}"), wait_until="load")
    return page


def fill_fields(page, template_id: str, code: str) -> None:
    widget = page.locator(f'[data-message="{template_id}"]')
    widget.locator('[data-field="client_name"]').fill(TYPED_NAMES[code][0])
    for name, value in VALUES.items():
        field = widget.locator(f'[data-field="{name}"]')
        if field.count() and field.is_visible():
            field.fill(value)


def open_filled(new_page, site, code: str, template_id: str):
    """The templates page opened at one message, every detail typed (VALUES): page, widget."""
    page = open_templates(new_page, site, code, f"?template={template_id}")
    fill_fields(page, template_id, code)
    return page, page.locator(f'[data-message="{template_id}"]')


def shown(widget) -> dict[str, str]:
    def lines(locator) -> str:
        return "\n".join(line.strip() for t in locator.all_inner_texts() for line in t.split("\n") if line.strip())

    return {
        "subject": widget.locator("[data-subject]").inner_text(),
        "body": lines(widget.locator("[data-body] p")),
        "chat": lines(widget.locator("[data-chat] p")),
        "points": lines(widget.locator("[data-points] li")),
    }


def as_shown(text: dict[str, str]) -> dict[str, str]:
    """Paragraphs as separate lines, the way ``shown`` reads them from the page."""
    return {part: "\n".join(line.strip() for line in value.split("\n") if line.strip())
            for part, value in text.items()}


def person_form(code: str) -> str:
    """The form of address the page picks for the typed name, as messages.js does: the
    title typed with it (the longest honorific that fits) keeps the current form when that
    form lists it, else picks the first form that does; no such title keeps the first form."""
    rules = loaded()[1].address[code]
    typed = TYPED_NAMES[code][0].lower()
    titles = sorted((t for t in (*rules.honorifics, *rules.honorific_suffixes)
                     if typed.startswith(t.lower()) or typed.endswith(t.lower())), key=len, reverse=True)
    first = rules.forms[0]
    if not titles or titles[0].lower() in (t.lower() for t in first.typed_titles):
        return first.id
    listing = [f.id for f in rules.forms if titles[0].lower() in (t.lower() for t in f.typed_titles)]
    return listing[0] if listing else first.id


def test_a_two_character_chinese_family_name_typed_with_a_title_stays_whole(new_page, site):
    page = open_templates(new_page, site, "zh")
    widget = page.locator('[data-message="headache"]')
    widget.locator('[data-field="client_name"]').fill("欧阳总")
    salutation = widget.locator('[data-body] bdi[data-ph="salutation"]').first
    expect(salutation).to_contain_text("欧阳总")
    assert "欧总" not in salutation.inner_text()
    page.watch.assert_clean("zh")


@pytest.mark.parametrize(("code", "template_id", "written"), [
    # Italian letters write the first of the month as «1°», the other days as numbers.
    ("it", "headache", {"2026-06-01": "1° giugno 2026", "2026-06-11": "11 giugno 2026"}),
    # Vietnamese letters write day and month in two digits, as contracts do.
    ("vi", "contract-end", {"2026-06-01": "ngày 01/06/2026", "2026-11-30": "ngày 30/11/2026"}),
])
def test_letters_write_dates_as_the_market_does(new_page, site, code, template_id, written):
    page = open_templates(new_page, site, code)
    widget = page.locator(f'[data-message="{template_id}"]')
    for iso, text in written.items():
        widget.locator('[data-field="end_date"]').fill(iso)
        expect(widget.locator('[data-body] bdi[data-ph="end_date"]').first).to_have_text(text)
    page.watch.assert_clean(code)


@pytest.mark.parametrize("code", LANGUAGES)
def test_switching_the_voice_rewrites_every_part(new_page, site, code):
    page = open_templates(new_page, site, code)
    widget = page.locator('[data-message="late-payment"]')
    fill_fields(page, "late-payment", code)
    first = person_form(code)
    as_i = shown(widget)
    assert as_i == as_shown(expected(page, code, "late-payment", "i", first))
    widget.locator('[data-setting="voice"][value="we"]').check()
    fill_fields(page, "late-payment", code)  # the company's name is asked for once "we" writes
    as_we = shown(widget)
    assert as_we == as_shown(expected(page, code, "late-payment", "we", first))
    for part in ("subject", "body", "chat", "points"):
        if catalog(code).text(loaded()[1].templates["late-payment"].voices["i"].texts()[part]) != catalog(
            code).text(loaded()[1].templates["late-payment"].voices["we"].texts()[part]):
            assert as_i[part] != as_we[part], part
    assert as_i["body"] != as_we["body"]
    # The choice is shared by every message on the page.
    assert page.locator('[data-message="abuse"] [data-setting="voice"][value="we"]').is_checked()
    page.watch.assert_clean(code)


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_contract_that_expires_gets_its_own_notice(new_page, site, code):
    page = open_templates(new_page, site, code)
    widget = page.locator('[data-message="contract-end"]')
    fill_fields(page, "contract-end", code)
    first = person_form(code)
    by_notice = shown(widget)
    clause = widget.locator('[data-field="contract_clause"]')
    expect(clause).to_be_visible()
    widget.locator('[data-field="contract_ending"]').select_option("expiry")
    expect(clause).to_be_hidden()  # a contract that simply expires needs no clause
    at_expiry = shown(widget)
    assert at_expiry == as_shown(expected(page, code, "contract-end", "i", first, picked={"contract_ending": "expiry"}))
    for part in ("subject", "body", "chat", "points"):
        assert at_expiry[part] != by_notice[part], part
    widget.locator('[data-setting="voice"][value="we"]').check()
    fill_fields(page, "contract-end", code)
    assert shown(widget) == as_shown(
        expected(page, code, "contract-end", "we", first, picked={"contract_ending": "expiry"}))
    page.watch.assert_clean(code)


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_private_client_gets_no_bracket_for_the_company(new_page, site, code):
    page = open_templates(new_page, site, code)
    first = page.locator("[data-message]").first
    fill_fields(page, first.get_attribute("data-message"), code)
    first.locator('[data-field="client_company"]').fill("")
    first.locator('[data-setting="voice"][value="we"]').check()
    fill_fields(page, first.get_attribute("data-message"), code)
    first.locator('[data-field="client_company"]').fill("")
    label = first.locator('label[for$="-client_company"]').inner_text().strip()
    for voice in ("i", "we"):
        first.locator(f'[data-setting="voice"][value="{voice}"]').check()
        for widget in page.locator("[data-message]").all():
            text = shown(widget)
            for part, words in text.items():
                assert label not in words, (widget.get_attribute("data-message"), voice, part, words)
    page.watch.assert_clean(code)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_abuse_letter_names_what_happened_only_when_told(new_page, site, code):
    page, widget = open_filled(new_page, site, code, "abuse")
    words = catalog(code)
    label = words.text(loaded()[1].fields["incident"].label_text)
    incident = "call X-2611"
    for voice in ("i", "we"):
        widget.locator(f'[data-setting="voice"][value="{voice}"]').check()
        fill_fields(page, "abuse", code)  # the we voice asks for the company too
        widget.locator('[data-field="incident"]').fill("")
        body = shown(widget)["body"]
        assert label not in body and incident not in body, (voice, body)
        page.evaluate("navigator.clipboard.writeText('')")
        widget.locator("[data-copy]").click()
        # Left empty, it is not a gap: the copy is complete, and says so.
        expect(widget.locator("[data-status]")).to_have_text(
            words.text("Copied: the email text is on your clipboard, without the subject."))
        widget.locator('[data-field="incident"]').fill(incident)
        expect(widget.locator("[data-body]")).to_contain_text(incident, use_inner_text=True)
        assert shown(widget)["body"].count(incident) == 1, voice
    page.watch.assert_clean(code)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_form_of_address_greets_once(new_page, site, code):
    page = open_templates(new_page, site, code)
    widget = page.locator('[data-message="contract-end"]')
    fill_fields(page, "contract-end", code)
    company_field = widget.locator('[data-field="client_company"]')
    for chosen in loaded()[1].address[code].forms:
        widget.locator('[data-setting="address"]').select_option(chosen.id)
        want = expected(page, code, "contract-end", "i", chosen.id)
        got = shown(widget)
        assert got == as_shown(want), chosen.id
        assert DOUBLED[code] not in got["body"] + got["chat"], chosen.id
        name_field = widget.locator('[data-field="client_name"]')
        assert name_field.is_visible() == (chosen.recipient != "company"), chosen.id
    assert company_field.is_visible()
    page.watch.assert_clean(code)


def test_a_select_inside_a_select_reads_as_the_build_decides_it(new_page, site):
    # Vietnamese headache: the company-only greeting, then «Quý công ty» rather than the
    # company's name again, a select on the company inside a select on the form of address.
    text = catalog("vi").text(loaded()[1].templates["headache"].voices["i"].body_text)
    nested = [inner.selector for outer in selects(text) for branch in outer.branches.values()
              for inner in branch if isinstance(inner, Select)]
    assert "client_company" in nested
    page, widget = open_filled(new_page, site, "vi", "headache")
    for form_id in ("company", "anh"):
        widget.locator('[data-setting="address"]').select_option(form_id)
        assert shown(widget) == as_shown(expected(page, "vi", "headache", "i", form_id)), form_id
    page.watch.assert_clean("vi")


def test_a_word_the_sentence_says_before_a_detail_is_not_typed_twice(new_page, site):
    # «Hợp đồng số {contract_ref}»: a reader who types «Số 12/2024/HĐDV …» or «Hợp đồng số
    # 12/2024/HĐDV …», as contracts are cited, still sends «Hợp đồng số 12/2024/HĐDV …».
    page, widget = open_filled(new_page, site, "vi", "contract-end")
    sent = expected(page, "vi", "contract-end", "i", person_form("vi"),
                    typed={"contract_ref": "12/2024/HĐDV ký ngày 15/1/2024"})
    want = as_shown(sent)
    assert "hợp đồng số 12/2024/hđdv" in want["body"].lower()
    for typed in ("Số 12/2024/HĐDV ký ngày 15/1/2024", "Hợp đồng số 12/2024/HĐDV ký ngày 15/1/2024"):
        widget.locator('[data-field="contract_ref"]').fill(typed)
        got = shown(widget)
        for part in ("subject", "body", "chat", "points"):
            assert got[part] == want[part], (typed, part)
    widget.locator("[data-copy]").click()
    expect(widget.locator("[data-status]")).to_have_text(
        catalog("vi").text("Copied: the email text is on your clipboard, without the subject."))
    assert page.evaluate("navigator.clipboard.readText()") == sent["body"]
    page.watch.assert_clean("vi")


def test_a_detail_typed_as_a_list_item_or_a_sentence_fits_the_sentence_around_it(new_page, site):
    # «hoàn thành - file gốc. theo …» would break the sentence the detail sits in.
    page, widget = open_filled(new_page, site, "vi", "headache")
    widget.locator('[data-field="remaining_work"]').fill("- file thiết kế gốc.")
    want = as_shown(expected(page, "vi", "headache", "i", person_form("vi"),
                             typed={"remaining_work": "file thiết kế gốc"}))
    assert shown(widget) == want
    page.watch.assert_clean("vi")


def test_a_name_keeps_a_first_word_the_sentence_happens_to_end_with(new_page, site):
    # «… e a tutto il team di {client_company}»: «Di Stefano SpA» is a name, «Di» its own.
    page, widget = open_filled(new_page, site, "it", "headache")
    widget.locator('[data-field="client_company"]').fill("Di Stefano SpA")
    body = shown(widget)["body"]
    assert "team di Di Stefano SpA" in body, body
    assert body == as_shown(expected(page, "it", "headache", "i", person_form("it"),
                                     typed={"client_company": "Di Stefano SpA"}))["body"]
    page.watch.assert_clean("it")


def test_a_vietnamese_two_word_given_name_stays_whole(new_page, site):
    page = open_templates(new_page, site, "vi", "?template=headache")
    widget = page.locator('[data-message="headache"]')
    chi = form("vi", "chi")
    for typed, given in (("chị Bảo Anh", "Bảo Anh"), ("chị Trần Thị Mai", "Mai"), ("Bảo Anh", "Bảo Anh"),
                         ("Phạm Thị Lan Anh", "Lan Anh"), ("chị Phạm Thị Lan Anh", "Lan Anh"),
                         ("Lê Phương Anh", "Phương Anh"), ("Trần Thu Hà", "Hà"), ("Nguyễn Văn Minh", "Minh"),
                         ("TRẦN THỊ LAN KT", "Lan")):  # capitals, and a phone contact's job suffix
        widget.locator('[data-field="client_name"]').fill(typed)
        widget.locator('[data-setting="address"]').select_option("chi")
        expect(widget.locator("[data-chat]")).to_contain_text(fill(chi.addressee, {"given": given}),
                                                            use_inner_text=True)
    page.watch.assert_clean("vi")


def test_thai_name_typed_with_its_honorific_comes_out_once(new_page, site):
    page = open_templates(new_page, site, "th")
    widget = page.locator('[data-message="headache"]')
    widget.locator('[data-field="client_name"]').fill("คุณสมศรี")
    body = widget.locator("[data-body]").inner_text()
    assert "คุณสมศรี" in body and "คุณคุณ" not in body


@pytest.mark.parametrize("code", LANGUAGES)
def test_share_passes_exactly_the_chat_text(new_page, site, code):
    page = new_page(BROWSER_LOCALES[code])
    page.add_init_script("navigator.share = d => { window.__shared = d; return Promise.resolve(); };")
    page.goto(site.url(f"{code}/templates.html"), wait_until="load")
    widget = page.locator('[data-message="grown-apart"]')
    fill_fields(page, "grown-apart", code)
    share = widget.locator("[data-share]")
    expect(share).to_be_visible()
    share.click()
    page.wait_for_function("() => window.__shared !== undefined")
    sent = page.evaluate("window.__shared")
    assert set(sent) == {"text"}, "text only: no URL, no title, no file"
    want = expected(page, code, "grown-apart", "i", person_form(code), isolate=(code == "ar"))["chat"]
    assert sent["text"] == want
    unmarked = "".join(c for c in sent["text"] if c not in (FSI, RLI, PDI))
    assert unmarked.replace("\n\n", "\n") == shown(widget)["chat"]
    page.watch.assert_clean(code)


@pytest.mark.parametrize("code", LANGUAGES)
def test_without_share_copy_puts_the_chat_text_on_the_clipboard(new_page, site, code):
    page = open_templates(new_page, site, code)
    assert not page.evaluate("'share' in navigator"), "this test needs a browser without the Web Share API"
    widget = page.locator('[data-message="headache"]')
    fill_fields(page, "headache", code)
    expect(widget.locator("[data-share]")).to_be_hidden()
    widget.locator("[data-copy-chat]").click()
    expect(widget.locator("[data-chat-status]")).to_have_text(
        catalog(code).text("Copied: the chat message is on your clipboard.")
    )
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == expected(page, code, "headache", "i", person_form(code), isolate=(code == "ar"))["chat"]
    page.watch.assert_clean(code)


@pytest.mark.parametrize("code", LANGUAGES)
def test_copy_and_mailto_match_the_email_exactly(new_page, site, code):
    page = open_templates(new_page, site, code)
    widget = page.locator('[data-message="contract-end"]')
    widget.locator('[data-setting="voice"][value="we"]').check()
    fill_fields(page, "contract-end", code)
    want = expected(page, code, "contract-end", "we", person_form(code), isolate=(code == "ar"))
    # The body alone: a reader pastes it into the body of their mail, the subject apart.
    widget.locator("[data-copy]").click()
    expect(widget.locator("[data-status]")).to_have_text(
        catalog(code).text("Copied: the email text is on your clipboard, without the subject.")
    )
    assert page.evaluate("navigator.clipboard.readText()") == want["body"]
    widget.locator("[data-copy-subject]").click()
    expect(widget.locator("[data-status]")).to_have_text(
        catalog(code).text("Copied: the subject is on your clipboard.")
    )
    assert page.evaluate("navigator.clipboard.readText()") == want["subject"]
    href = widget.locator("[data-mailto]").get_attribute("href")
    query = parse_qs(urlsplit(href).query, keep_blank_values=True)
    assert urlsplit(href).scheme == "mailto"
    assert query["subject"] == [want["subject"]]
    assert query["body"][0].replace("\r\n", "\n") == want["body"]
    assert "%0D%0A" in href, "line breaks in mailto bodies are CRLF"
    page.watch.assert_clean(code)


def test_writer_choice_appears_only_where_the_language_needs_it(new_page, site):
    from parting_ways.widgets.letters import uses_writer

    for code in LANGUAGES:
        page = open_templates(new_page, site, code)
        widget = page.locator('[data-message="abuse"]')
        writer = widget.locator('[data-choice="writer"]')
        if not uses_writer(loaded()[1], catalog(code)):
            assert writer.count() == 0, code
            continue
        expect(writer).to_be_visible()
        fill_fields(page, "abuse", code)
        as_man = shown(widget)
        widget.locator('[data-setting="writer"][value="f"]').check()
        assert shown(widget) == as_shown(expected(page, code, "abuse", "i", person_form(code), writer="f"))
        assert shown(widget) != as_man, code
        # Whoever writes for a company still ends a Thai sentence with ครับ or ค่ะ.
        widget.locator('[data-setting="voice"][value="we"]').check()
        expect(writer).to_be_visible()
        page.watch.assert_clean(code)


def test_typed_markup_stays_text(new_page, site):
    page = open_templates(new_page, site, "it")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    widget = page.locator('[data-message="headache"]')
    attack = "<img src=x onerror=alert(1)>"
    widget.locator('[data-field="your_name"]').fill(attack)
    assert attack in widget.locator("[data-body]").inner_text()
    assert page.locator("[data-message] img").count() == 0
    assert dialogs == []


@pytest.mark.parametrize("stored", [
    '{"voice": "x\\"]", "address": "</script>", "writer": 7, "client_name": "\\"\'><b>"}',
    "not json",
    '["a list"]',
    '{"client_name": "' + "x" * 20000 + '"}',
])
def test_hostile_stored_values_cannot_break_the_page(new_page, site, stored):
    page = new_page(BROWSER_LOCALES["vi"])
    page.add_init_script(f"localStorage.setItem('parting-ways:message-fields', {stored!r});")
    page.goto(site.url("vi/templates.html"), wait_until="load")
    widget = page.locator('[data-message="headache"]')
    widget.locator('[data-field="your_name"]').fill("Minh Tran")
    expect(widget.locator("[data-body]")).to_contain_text("Minh Tran")
    assert widget.locator('[data-setting="voice"]:checked').count() == 1
    page.watch.assert_clean("vi")


def test_latin_name_keeps_its_order_inside_arabic(new_page, site):
    page = open_templates(new_page, site, "ar")
    widget = page.locator('[data-message="headache"]')
    widget.locator('[data-field="your_name"]').fill("Anna Bianchi")
    order = widget.locator('[data-body] bdi[data-ph="your_name"]').first.evaluate("""el => {
        const text = el.firstChild, range = document.createRange();
        range.setStart(text, 0); range.setEnd(text, 4);
        const anna = range.getBoundingClientRect().x;
        range.setStart(text, 5); range.setEnd(text, 12);
        return [anna, range.getBoundingClientRect().x, getComputedStyle(el.closest('[data-body]')).direction];
    }""")
    anna, bianchi, direction = order
    assert direction == "rtl"
    assert anna < bianchi, "the Latin name must read left to right inside the Arabic sentence"


def test_an_arabic_detail_starting_with_latin_reads_right_to_left(new_page, site):
    page = open_templates(new_page, site, "ar")
    widget = page.locator('[data-message="late-payment"]')
    typed = "INV-1047 بتاريخ 5 مارس"
    widget.locator('[data-field="invoice_refs"]').fill(typed)
    direction, first, then = widget.locator('[data-body] bdi[data-ph="invoice_refs"]').first.evaluate("""el => {
        const text = el.firstChild, range = document.createRange();
        range.setStart(text, 0); range.setEnd(text, 8);
        const inv = range.getBoundingClientRect();
        range.setStart(text, 9); range.setEnd(text, 15);
        const date = range.getBoundingClientRect();
        return [getComputedStyle(el).direction, [inv.top, -inv.right], [date.top, -date.right]];
    }""")
    assert direction == "rtl"
    # Read right to left, line by line: the reference comes first (higher, or further right).
    assert first < then, "the first words of an Arabic detail come first from the right"
    widget.locator("[data-copy]").click()
    expect(widget.locator("[data-status]")).not_to_be_empty()
    assert RLI + typed + PDI in page.evaluate("navigator.clipboard.readText()")
    page.watch.assert_clean("ar")


def test_values_are_remembered_and_shared_between_messages(new_page, site):
    page = open_templates(new_page, site, "zh")
    page.locator('[data-message="abuse"] [data-field="your_name"]').fill("Minh Tran")
    page.locator('[data-message="abuse"] [data-setting="voice"][value="we"]').check()
    assert page.locator('[data-message="headache"] [data-field="your_name"]').input_value() == "Minh Tran"
    page.reload(wait_until="load")
    assert page.locator('[data-message="grown-apart"] [data-field="your_name"]').input_value() == "Minh Tran"
    assert page.locator('[data-message="grown-apart"] [data-setting="voice"][value="we"]').is_checked()
    preview = page.locator('[data-message="grown-apart"] [data-body]')
    preview.scroll_into_view_if_needed()  # messages off screen are laid out when the reader gets there
    expect(preview).to_contain_text("Minh Tran", use_inner_text=True)
    page.locator('[data-message="grown-apart"] [data-clear]').click()
    assert page.locator('[data-message="abuse"] [data-field="your_name"]').input_value() == ""


@pytest.mark.parametrize("code", ["vi", "ar"])
def test_self_check_link_selects_and_shows_the_template(new_page, site, code):
    page = open_templates(new_page, site, code, "?template=late-payment#tpl-late-payment")
    widget = page.locator('[data-message="late-payment"]')
    assert "is-selected" in (widget.get_attribute("class") or "")
    heading = page.locator("#tpl-late-payment")
    page.wait_for_function(
        "el => { const t = el.getBoundingClientRect().top; return t >= 0 && t < innerHeight / 2; }",
        arg=heading.element_handle(),
    )
    page.watch.assert_clean(code)


def test_without_javascript_the_text_and_placeholders_are_readable(browser, site):
    context = browser.new_context(java_script_enabled=False, locale="vi-VN")
    page = context.new_page()
    page.goto(site.url("vi/templates.html"))
    preview = page.locator('[data-message="contract-end"] [data-body]')
    preview.scroll_into_view_if_needed()
    label = catalog("vi").text("Name of the person you are writing to")
    expect(preview).to_contain_text(catalog("vi").text("[{label}]").replace("{label}", label), use_inner_text=True)
    # The hint names the brackets the page shows: square ones, not braces (ngoặc nhọn).
    hint = page.locator('[data-message="contract-end"] .pw-message__nojs').inner_text()
    assert "ngoặc vuông" in hint and "nhọn" not in hint
    assert unquote(page.locator('[data-message="contract-end"] [data-mailto]').get_attribute("href")).startswith(
        "mailto:?subject="
    )
    context.close()


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_title_typed_with_the_name_chooses_its_form_of_address(new_page, site, code):
    forms = [f for f in loaded()[1].address[code].forms if f.typed_titles]
    if code == "it":
        assert forms, "Italian readers type Dott.ssa, Avv., Sig.ra with the name"
    page = open_templates(new_page, site, code)
    widget = page.locator('[data-message="abuse"]')
    # A title several forms share (Vietnamese «anh» with em or with tôi) keeps the reader's
    # choice between them; the first form that lists it is the one a title alone picks.
    claimed: set[str] = set()
    for chosen in forms:
        title = chosen.typed_titles[0].lower()
        if title in claimed:
            continue
        claimed.update(t.lower() for t in chosen.typed_titles)
        widget.locator('[data-field="client_name"]').fill(f"{chosen.typed_titles[0]} {TYPED_NAMES[code][1]['full']}")
        assert widget.locator('[data-setting="address"]').input_value() == chosen.id, chosen.typed_titles[0]
        assert page.locator('[data-message="headache"] [data-setting="address"]').input_value() == chosen.id
    page.watch.assert_clean(code)


@pytest.mark.parametrize("code", BEHAVIOUR_LANGUAGES)
def test_a_form_chosen_by_a_typed_title_goes_back_when_the_title_does(new_page, site, code):
    rules = loaded()[1].address[code]
    titled = next(f for f in rules.forms if f.typed_titles and f.id != rules.forms[0].id)
    page = open_templates(new_page, site, code)
    widget = page.locator('[data-message="abuse"]')
    address = widget.locator('[data-setting="address"]')
    first = address.input_value()
    name = widget.locator('[data-field="client_name"]')
    name.fill(f"{titled.typed_titles[0]} {TYPED_NAMES[code][1]['full']}")
    expect(address).to_have_value(titled.id)
    name.fill(TYPED_NAMES[code][1]["full"])  # another person, typed without a title
    expect(address).to_have_value(first)
    # A form the reader picks stays, whatever is typed after.
    address.select_option(titled.id)
    name.fill(TYPED_NAMES[code][1]["given"])
    expect(address).to_have_value(titled.id)
    page.watch.assert_clean(code)


@pytest.mark.parametrize("code", LANGUAGES)
def test_copying_text_with_unfilled_details_names_them(new_page, site, code):
    page = open_templates(new_page, site, code)
    widget = page.locator('[data-message="late-payment"]')
    fill_fields(page, "late-payment", code)
    missing = ["client_company", "pay_by"]
    for name in missing:
        widget.locator(f'[data-field="{name}"]').fill("")
    words = catalog(code)
    fields = loaded()[1].fields
    labels = {name: words.text(fields[name].label_text) for name in missing}
    order = widget.locator("[data-field]").evaluate_all("els => els.map(e => e.dataset.field)")

    def bracketed(name: str) -> str:
        return words.text("[{label}]").replace("{label}", labels[name])

    def status_for(copied: str, text: str) -> str:
        gaps = [labels[n] for n in order if n in labels and bracketed(n) in text]
        if not gaps:
            return words.text(copied)
        return (words.text("{copied} Still to fill in: {labels}.").replace("{copied}", words.text(copied))
                .replace("{labels}", words.text(", ").join(gaps)))

    for button, status, copied in (
        ("[data-copy]", "[data-status]", "Copied: the email text is on your clipboard, without the subject."),
        ("[data-copy-subject]", "[data-status]", "Copied: the subject is on your clipboard."),
        ("[data-copy-chat]", "[data-chat-status]", "Copied: the chat message is on your clipboard."),
    ):
        page.evaluate("navigator.clipboard.writeText('')")
        widget.locator(button).click()
        page.wait_for_function("async () => (await navigator.clipboard.readText()) !== ''")
        text = page.evaluate("navigator.clipboard.readText()")
        expect(widget.locator(status)).to_have_text(status_for(copied, text))
        if button == "[data-copy]":  # the payment deadline is in the letter: it is still copied, and named
            assert labels["pay_by"] in widget.locator(status).inner_text()
            assert bracketed("pay_by") in text
    page.watch.assert_clean(code)


@pytest.mark.parametrize("code", BEHAVIOUR_LANGUAGES)
def test_a_last_day_before_the_payment_deadline_is_flagged_beside_it(new_page, site, code):
    page = open_templates(new_page, site, code)
    widget = page.locator('[data-message="late-payment"]')
    end, pay = widget.locator('[data-field="end_date"]'), widget.locator('[data-field="pay_by"]')
    warning_text = catalog(code).text(
        "The last day of work together comes before the payment deadline. Check both dates."
    )
    end.fill("2026-12-10")
    expect(widget.get_by_role("status").filter(has_text=warning_text)).to_have_count(0)  # one date alone is fine
    pay.fill("2026-12-15")
    expect(end).to_have_accessible_description(warning_text)
    warning = widget.locator(f"#{end.get_attribute('aria-describedby')}")
    expect(warning).to_have_text(warning_text)
    assert warning.get_attribute("role") == "status"
    assert warning.evaluate("(el, input) => el.closest('p') === input.closest('p')", end.element_handle())
    end.fill("2026-12-31")  # fixed: the warning goes, and the field no longer points at it
    expect(widget.locator("[data-dates-warning]")).to_have_text("")
    assert end.get_attribute("aria-describedby") is None
    pay.fill("2027-01-15")  # wrong the other way round: the deadline moved past the last day
    expect(widget.locator("[data-dates-warning]")).to_have_text(warning_text)
    # A message that asks for no payment deadline has nothing to compare.
    assert page.locator('[data-message="headache"] [data-dates-warning]').count() == 0
    page.watch.assert_clean(code)


def test_a_name_typed_all_in_small_letters_or_capitals_is_capitalised_word_by_word(new_page, site):
    page = open_templates(new_page, site, "it")
    widget = page.locator('[data-message="headache"]')
    first = loaded()[1].address["it"].forms[0]
    for typed, given, family in (
        ("roberto galli", "Roberto", "Galli"),
        ("anna maria de santis", "Anna", "De Santis"),
        ("d'amico", "D'Amico", "D'Amico"),
        ("ROBERTO GALLI", "Roberto", "Galli"),  # as forms and ID cards write names
        ("D'AMICO", "D'Amico", "D'Amico"),
        ("Roberto galli", "Roberto", "galli"),  # a capital anywhere: left exactly as typed
        ("anna Maria de santis", "anna", "de santis"),
    ):
        widget.locator('[data-field="client_name"]').fill(typed)
        parts = {"given": given, "family": family}
        greeting, chat = widget.locator("[data-body] p").first, widget.locator("[data-chat]")
        expect(greeting).to_contain_text(fill(first.salutation, parts), use_inner_text=True)
        expect(chat).to_contain_text(fill(first.addressee, parts), use_inner_text=True)
    # The title's capital does not make the name "mixed": «Dott. marco bellini» is Dott. Bellini.
    widget.locator('[data-field="client_name"]').fill("Dott. marco bellini")
    expect(widget.locator("[data-body] p").first).to_contain_text("Dott. Bellini", use_inner_text=True)
    assert "bellini" not in widget.locator("[data-body]").inner_text() + widget.locator("[data-chat]").inner_text()
    widget.locator('[data-field="your_name"]').fill("chiara dell'acqua")
    expect(widget.locator("[data-body]")).to_contain_text("Chiara Dell'Acqua", use_inner_text=True)
    assert "Chiara Dell'Acqua" in unquote(widget.locator("[data-mailto]").get_attribute("href"))
    assert widget.locator('[data-field="your_name"]').input_value() == "chiara dell'acqua", "the field keeps it"
    page.watch.assert_clean("it")


def test_thai_title_and_a_latin_name_are_spaced_thai_names_stay_attached(new_page, site):
    page = open_templates(new_page, site, "th")
    widget = page.locator('[data-message="headache"]')
    for typed, want, never in (
        ("John Smith", "คุณ John", "คุณJohn"),
        ("คุณJohn Smith", "คุณ John", "คุณJohn"),
        ("คุณสมศรี ใจดี", "คุณสมศรี", "คุณ สมศรี"),
        ("สมศรี", "คุณสมศรี", "คุณ สมศรี"),
    ):
        widget.locator('[data-setting="address"]').select_option("khun")
        widget.locator('[data-field="client_name"]').fill(typed)
        expect(widget.locator("[data-body] p").first).to_contain_text(want, use_inner_text=True)
        expect(widget.locator("[data-chat]")).to_contain_text(want, use_inner_text=True)
        mail = unquote(widget.locator("[data-mailto]").get_attribute("href"))
        text = widget.locator("[data-body]").inner_text() + widget.locator("[data-chat]").inner_text() + mail
        assert want in mail and never not in text and "คุณคุณ" not in text, typed
    widget.locator('[data-field="client_name"]').fill("ดร.John Smith")
    expect(widget.locator("[data-body] p").first).to_contain_text("ดร. John Smith", use_inner_text=True)
    page.watch.assert_clean("th")


@pytest.mark.parametrize("typed, whole", [
    ("أستاذ عبد الله", "عبد الله"),
    ("عبد الله", "عبد الله"),
    ("أبو خالد", "أبو خالد"),
    ("أم محمد", "أم محمد"),
    ("عبد الرحمن", "عبد الرحمن"),
    ("د. عبد الرحمن", "عبد الرحمن"),
])
def test_an_arabic_compound_given_name_of_two_words_stays_whole(new_page, site, typed, whole):
    page = open_templates(new_page, site, "ar")
    widget = page.locator('[data-message="headache"]')
    widget.locator('[data-field="client_name"]').fill(typed)
    chosen = form("ar", widget.locator('[data-setting="address"]').input_value())
    expect(widget.locator("[data-chat]")).to_contain_text(fill(chosen.addressee, {"given": whole}), use_inner_text=True)
    expect(widget.locator("[data-body] p").first).to_contain_text(
        fill(chosen.salutation, {"full": whole}), use_inner_text=True
    )
    prefix = whole.split(" ")[0]
    chat = widget.locator("[data-chat]").inner_text()
    assert fill(chosen.addressee, {"given": prefix}) + "،" not in chat, "never the prefix alone"
    page.watch.assert_clean("ar")
