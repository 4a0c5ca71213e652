"""Unit tests of the widget hooks: definitions, markers and rendering."""

from __future__ import annotations

import copy
import json
import re
from html import unescape
from pathlib import Path

import pytest

from parting_ways.errors import ContentError, shown
from parting_ways.i18n.catalogs import load_catalog, read_template
from parting_ways.i18n.placeholders import fill
from parting_ways.widgets import definitions, markers
from parting_ways.widgets.letters import render_letter, uses_writer
from parting_ways.widgets.sections import read_sections
from parting_ways.widgets.selfcheck import render_selfcheck

PROJECT = Path(__file__).resolve().parents[2]
DATA = PROJECT / "content"
SELFCHECK_TEXT = (DATA / "selfcheck.yml").read_text(encoding="utf-8")
MESSAGES_TEXT = (DATA / "letters.yml").read_text(encoding="utf-8")


def load_real():
    return definitions.load_both(PROJECT / "content")


def broken_selfcheck(tmp_path: Path, old: str, new: str, count: int = 1) -> Path:
    assert old in SELFCHECK_TEXT, old
    path = tmp_path / "selfcheck.yml"
    path.write_text(SELFCHECK_TEXT.replace(old, new, count), encoding="utf-8")
    return path


def line_of(path: Path, needle: str, occurrence: int = 1) -> int:
    lines = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line]
    return lines[occurrence - 1]


def test_real_definitions_load():
    check, messages = load_real()
    assert len(check.signs) == 11
    assert {s.id for s in check.signs if s.deal_breaker} == {"sign-abuse", "sign-unethical"}
    assert set(messages.templates) == {"headache", "abuse", "unethical", "late-payment", "grown-apart", "contract-end"}


def test_duplicate_sign_id(tmp_path):
    path = broken_selfcheck(tmp_path, "id: sign-respect", "id: sign-time")
    with pytest.raises(
        ContentError, match=rf"selfcheck.yml:{line_of(path, 'id: sign-time', 2)}: duplicate sign id 'sign-time'"
    ):
        definitions.load_selfcheck(
            path, {"headache", "contract-end", "grown-apart", "late-payment", "abuse", "unethical"}
        )


@pytest.mark.parametrize(("old", "new", "at", "problem"), [
    ("  - id: sign-pessimism\n    weight: 1\n", "  - id: sign-pessimism\n", "id: sign-pessimism",
     "sign 'sign-pessimism': missing 'weight'"),
    # Lines come from the YAML node marks: the key at fault, not the entry's first line.
    ("  - id: sign-communication\n    weight: 2\n", '  - id: sign-communication\n    weight: "2"\n',
     'weight: "2"', r"sign 'sign-communication': 'weight' has the wrong type \(str\)"),
    ("  - id: sign-communication\n", "  - sign-oops\n  - id: sign-communication\n", "- sign-oops",
     "sign: missing 'id'"),
])
def test_errors_name_the_exact_line(tmp_path, old, new, at, problem):
    path = broken_selfcheck(tmp_path, old, new)
    with pytest.raises(ContentError, match=rf"selfcheck.yml:{line_of(path, at)}: {problem}"):
        definitions.load_selfcheck(path, set(load_real()[1].templates))


def test_thresholds_out_of_order(tmp_path):
    path = broken_selfcheck(tmp_path, "repair_from: 9", "repair_from: 30")
    with pytest.raises(ContentError, match=r"selfcheck.yml:\d+: bands out of order"):
        definitions.load_selfcheck(path, set(load_real()[1].templates))


def test_unknown_template_in_a_sign(tmp_path):
    path = broken_selfcheck(tmp_path, "templates: [unethical]", "templates: [unethicall]")
    with pytest.raises(ContentError, match=r"sign 'sign-unethical': unknown message template 'unethicall'"):
        definitions.load_selfcheck(path, set(load_real()[1].templates))


def test_invalid_yaml_names_the_line(tmp_path):
    path = broken_selfcheck(tmp_path, "    weight: 2\n", "    weight: [2\n")
    with pytest.raises(ContentError, match=r"selfcheck.yml:\d+: invalid YAML"):
        definitions.load_selfcheck(path, set())


def test_unknown_section_id():
    check, _ = load_real()
    ids = {s.id for s in check.signs} | {"repair-perspective", "repair-channels", "repair-agreement"}
    ids |= {"step-contract", "step-finish-work", "step-plan-conversation", "step-tell-client"}
    with pytest.raises(ContentError, match=r"selfcheck.yml:\d+: .*missing section '#step-transition'"):
        definitions.check_section_links(check, ids)


def test_a_missing_related_section_names_the_related_line(tmp_path):
    path = broken_selfcheck(tmp_path, "related: [repair-channels]", "related: [repair-channel]")
    check = definitions.load_selfcheck(path, set(load_real()[1].templates))
    ids = {s.id for s in check.signs} | {t for s in check.signs for t in s.related} | {
        t for v in check.verdicts.values() for t in v.links}
    line = line_of(path, "related: [repair-channel]")
    with pytest.raises(ContentError, match=rf"selfcheck.yml:{line}: "
                       r"sign 'sign-communication' links to missing section '#repair-channel'"):
        definitions.check_section_links(check, ids - {"repair-channel"})


def test_paths_are_shown_as_a_contributor_types_them(tmp_path):
    assert shown(tmp_path / "docs" / "it" / "x.md", tmp_path) == "docs/it/x.md"
    assert shown(Path("docs/it") / "x.md") == "docs/it/x.md"
    assert shown(PROJECT / "content" / "letters.yml", PROJECT) == "content/letters.yml"
    outside = tmp_path / "elsewhere.yml"
    assert shown(outside, PROJECT) == str(outside)
    assert str(ContentError(outside.resolve(), "bad", 3)) == f"{shown(outside.resolve())}:3: bad"


def test_message_text_using_an_undeclared_placeholder(tmp_path):
    path = tmp_path / "messages.yml"
    path.write_text(MESSAGES_TEXT.replace("until then I will complete", "until then I will complete {remaning}", 1)
                    .replace("Until then I will complete", "Until then I will complete {remaning}", 1),
                    encoding="utf-8")
    with pytest.raises(ContentError, match=r"template 'headache' \(i, body\): unknown placeholder \{remaning\}"):
        definitions.load_messages(path)


def test_a_value_can_be_the_name_only_of_a_person_or_a_company(tmp_path):
    path = tmp_path / "messages.yml"
    assert "    name_of: company\n" in MESSAGES_TEXT
    path.write_text(MESSAGES_TEXT.replace("    name_of: company\n", "    name_of: firm\n", 1), encoding="utf-8")
    line = MESSAGES_TEXT.splitlines().index("    name_of: company") + 1
    with pytest.raises(ContentError, match=rf"messages.yml:{line}: placeholder 'client_company': name_of must be "
                       r"one of person, company, on a text or name field, not 'firm' on a text field"):
        definitions.load_messages(path)


def test_each_voice_needs_its_own_text(tmp_path):
    path = tmp_path / "messages.yml"
    we_subject = '"Our collaboration: a note from {your_company}"'
    assert we_subject in MESSAGES_TEXT
    path.write_text(MESSAGES_TEXT.replace(we_subject, '"Our collaboration: a note from {your_name}"', 1),
                    encoding="utf-8")
    with pytest.raises(ContentError, match=r"template 'headache': every voice needs its own subject"):
        definitions.load_messages(path)


@pytest.mark.parametrize(("text", "problem"), [
    ("{writr, select, m {a} other {b}}", "unknown select 'writr'"),
    ("{writer, select, m {a} f {b}}", "needs an 'other' case"),
    ("{recipient, select, x {a} other {b}}", "has no case 'x'"),
    ("{writer select}", "unreadable braces"),
])
def test_a_broken_select_is_named(text, problem):
    from parting_ways.i18n.placeholders import mismatch

    assert problem in (mismatch("Hello", text) or "")


def test_selects_follow_the_choices_and_are_not_placeholders():
    from parting_ways.i18n.placeholders import fill, mismatch

    text = "{writer, select, m {ผม} other {ดิฉัน}}ขอแจ้ง{recipient, select, company {บริษัท} other {คุณ}}{name}"
    assert mismatch("Dear {name}", text) is None
    assert fill(text, {"name": "X"}, {"writer": "f", "recipient": "m"}) == "ดิฉันขอแจ้งคุณX"
    assert fill(text, {"name": "X"}, {"writer": "m", "recipient": "company"}) == "ผมขอแจ้งบริษัทX"

def test_a_select_on_a_detail_reads_naturally_when_it_is_left_empty():
    from parting_ways.i18n.placeholders import fill, mismatch

    text = "Auguro {client_company, select, empty {a Lei} other {a Lei e a {client_company}}} ogni successo."
    assert mismatch("I wish you and {client_company} every success.", text) is None
    assert fill(text, {}, {}) == "Auguro a Lei ogni successo."
    assert fill(text, {"client_company": "Ferri S.r.l."}, {"client_company": "filled"}) == (
        "Auguro a Lei e a Ferri S.r.l. ogni successo.")


def test_a_select_inside_a_select_decides_both_ways():
    from parting_ways.i18n.placeholders import fill, mismatch

    text = ("{address, select, cty {Kính gửi {client_company, select, empty {Quý công ty} "
            "other {Công ty {client_company}}},} other {Chào {addressee},}}")
    assert mismatch("Dear {addressee} at {client_company},", text) is None
    assert fill(text, {}, {"address": "cty"}) == "Kính gửi Quý công ty,"
    assert fill(text, {"client_company": "ABC"}, {"address": "cty", "client_company": "filled"}) == (
        "Kính gửi Công ty ABC,")
    assert fill(text, {"addressee": "anh Nam"}, {"address": "anh"}) == "Chào anh Nam,"


@pytest.mark.parametrize(("text", "problem"), [
    ("{address, select, a {{client_firm, select, empty {x} other {y}}} other {z}} {client_company}",
     "unknown select 'client_firm'"),
    ("{writer, select, m {{recipient, select, x {a} other {b}}} other {c}}", "has no case 'x'"),
    ("{writer, select, m {{recipient, select, m {{register, select, formal {a} other {b}}} other {c}}} other {d}}",
     "nested two deep"),
])
def test_a_select_inside_a_select_is_checked_like_any_other(text, problem):
    from parting_ways.i18n.placeholders import mismatch

    assert problem in (mismatch("Dear {client_company}", text) or "")


@pytest.mark.parametrize(("text", "problem"), [
    ("{client_firm, select, empty {a} other {b}} {client_company}", "unknown select 'client_firm'"),
    ("{client_company, select, blank {a} other {b {client_company}}}", "has no case 'blank'"),
    ("{client_company, select, empty {a {client_firm}} other {b {client_company}}}",
     "unknown placeholder {client_firm}"),
])
def test_a_select_on_a_detail_the_english_does_not_use_is_named(text, problem):
    from parting_ways.i18n.placeholders import mismatch

    assert problem in (mismatch("Dear {client_company}", text) or "")


def test_a_translation_takes_the_cases_of_the_english_choice():
    from parting_ways.i18n.placeholders import mismatch

    source = "{ending, select, expiry {Not renewed: {ref}} other {Notice: {ref}}}"
    assert mismatch(source, "{ending, select, expiry {Non rinnovato: {ref}} other {Recesso: {ref}}}") is None
    assert "has no case 'expired'" in mismatch(source, "{ending, select, expired {x {ref}} other {y {ref}}}")


@pytest.mark.parametrize(("select", "problem"), [
    ("{client_firm, select, empty {A} other {B}}", "unknown select 'client_firm'"),
    ("{your_name, select, ended {A} other {B}}", "select 'your_name' has no case 'ended' \\(cases: empty, other\\)"),
])
def test_an_english_select_on_a_detail_must_be_decidable(tmp_path, select, problem):
    path = tmp_path / "messages.yml"
    subject = '"Our collaboration: a note from {your_name}"'
    assert subject in MESSAGES_TEXT
    path.write_text(MESSAGES_TEXT.replace(subject, f'"{select} {{your_name}}"', 1), encoding="utf-8")
    with pytest.raises(ContentError, match=r"template 'headache' \(i, subject\): " + problem):
        definitions.load_messages(path)


def test_unknown_marker_names_file_and_line():
    source = "# Title\n\nText\n\n<!-- md:selfchek -->\n"
    with pytest.raises(ContentError, match=r"^docs/it/x.md:9: unknown marker 'md:selfchek'"):
        markers.replace_markers(source, {"selfcheck": lambda m: ""}, "docs/it/x.md", line_offset=4)


def test_markers_in_code_fences_are_left_alone():
    source = "```\n<!-- md:whatever -->\n```\n\n<!-- md:selfcheck -->\n"
    out, rendered = markers.replace_markers(source, {"selfcheck": lambda m: "<div>W</div>"}, "x.md")
    assert "md:whatever" in out and rendered == ["<div>W</div>"]
    assert markers.fill_slots(out.split("\n\n")[1], rendered) == "<div>W</div>\n"


def italian():
    check, messages = load_real()
    locales = PROJECT / "locales"
    catalog = load_catalog(locales, "it", read_template(locales), definitions.text_owners(check, messages))
    return check, messages, catalog


def test_selfcheck_renders_every_question_with_graded_answers():
    check, messages, catalog = italian()
    sections = read_sections(PROJECT / "docs" / "it")
    html = render_selfcheck(check, messages, catalog, "it", sections, "templates.md")
    assert html.count("<fieldset") == 11
    assert html.count('type="radio"') == 33
    assert html.count("<legend>") == 11
    # Each question's answers are worded by its scale: a frequency only where it asks how often.
    time_question = re.search(r'data-sign="sign-time".*?</fieldset>', html, re.S)[0]
    money_question = re.search(r'data-sign="sign-money".*?</fieldset>', html, re.S)[0]
    assert catalog.text("Often") in time_question and catalog.text("Often") not in money_question
    assert catalog.text("Yes, clearly") in money_question
    assert "data-deal-breaker" in html and html.count("data-deal-breaker") == 2
    # The paper rule (the paragraph a reader without JavaScript sees, not the JSON island)
    # carries the real thresholds.
    paper = re.search(r'<div class="pw-selfcheck__paper">.*?<p>(.*?)</p>', html, re.S)[1]
    assert unescape(paper) == fill(catalog.text(check.ui["paper_rule_text"]), {
        "repair_from": str(check.repair_from), "end_below": str(check.end_from - 1), "end_from": str(check.end_from),
    })
    assert re.search(rf"\b{check.repair_from}\b", paper) and re.search(rf"\b{check.end_from}\b", paper)
    assert '"signs.html#sign-time"' in html


def test_message_renders_fields_preview_and_escapes():
    _, messages, catalog = italian()
    template = messages.templates["contract-end"]
    # Catalog text is text: a translator's "<" or "&" must reach the reader as written.
    catalog = copy.copy(catalog)
    catalog._strings = dict(catalog._strings)
    for msgid in (template.voices["i"].subject_text, template.voices["i"].body_text):
        catalog._strings[msgid] += " <b>Tom & Jerry</b>"
    html = render_letter("contract-end", messages, catalog, "it", "it", rtl=False,
                         writer_used=uses_writer(messages, catalog))
    page = html.split("<script")[0]
    assert page.count("&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;") >= 2, "subject and body, escaped"
    assert "<b>Tom" not in page
    typed = {n for v in ("i", "we") for n in messages.templates["contract-end"].details(v)} & set(messages.fields)
    lists = {n for n in typed if messages.fields[n].options}
    assert html.count('type="text"') + html.count('type="date"') + len(lists) == len(
        typed | {"client_name", "client_company"})
    assert html.count('data-setting="voice"') == 2
    assert html.count('<option value=') == len(messages.address["it"].forms) + sum(
        len(messages.fields[n].options) for n in lists)
    assert 'type="date"' in html
    assert "{client_name}" not in html.split("<script")[0], "placeholders show as labels, not ids"
    assert html.count('class="pw-ph"') >= 5
    assert "mailto:?subject=" in html
    # Button labels come from the catalog (a dict method name must never leak through).
    assert f">{catalog.text('Copy email')}</button>" in html
    assert f">{catalog.text('Clear fields')}</button>" in html
    assert "built-in method" not in html


def test_widget_data_cannot_close_its_script_element():
    from parting_ways.widgets.render import json_island

    island = json_island({"text": "a </script><b>x</b>"})
    assert "</" not in island
    assert json.loads(island) == {"text": "a </script><b>x</b>"}
