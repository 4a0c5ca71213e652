"""Catalog loading, CLDR plural selection and the checks that protect translators."""

from __future__ import annotations

import pytest

from parting_ways.errors import ContentError
from parting_ways.i18n import plurals
from parting_ways.i18n.catalogs import load_catalog, read_template
from tests.support.catalog_fixtures import write_catalogs

CODES = ["th", "vi", "it", "zh", "ar"]
COUNTS = (0, 1, 2, 3, 11, 100)
# CLDR categories, written out by hand from the CLDR plural rules charts (CLDR 49:
# Vietnamese gained "one" for 0 and 1).
EXPECTED = {
    "th": ["other"] * 6,
    "vi": ["one", "one", "other", "other", "other", "other"],
    "zh": ["other"] * 6,
    "it": ["other", "one", "other", "other", "other", "other"],
    "ar": ["zero", "one", "two", "few", "many", "other"],
}
BABEL_IDS = {"th": "th", "vi": "vi", "it": "it", "zh": "zh_Hans", "ar": "ar"}


@pytest.mark.parametrize("code", CODES)
def test_plural_category_for_each_count(code):
    babel_id = BABEL_IDS[code]
    assert [plurals.category(babel_id, n) for n in COUNTS] == EXPECTED[code]


@pytest.mark.parametrize("code", CODES)
def test_catalog_picks_the_cldr_form(tmp_path, code):
    forms = {
        "th": ("ท{n}",),
        "vi": ("v1 {n}", "v {n}"),
        "zh": ("z{n}",),
        "it": ("uno {n}", "altri {n}"),
        "ar": ("صفر {n}", "واحد {n}", "اثنان {n}", "قليل {n}", "كثير {n}", "غير {n}"),
    }
    locales = write_catalogs(tmp_path, {("{n} sign", "{n} signs"): {code: forms[code]}}, [code])
    catalog = load_catalog(locales, code, read_template(locales))
    chosen = [catalog.plural("{n} sign", n) for n in COUNTS]
    by_category = dict(zip(plurals.categories(BABEL_IDS[code]), forms[code], strict=True))
    assert chosen == [by_category[c] for c in EXPECTED[code]]


def test_arabic_eleven_and_hundred_use_many_and_other():
    assert plurals.form_index("ar", 11) == 4
    assert plurals.form_index("ar", 100) == 5
    assert plurals.form_index("ar", 102) == 5
    assert plurals.form_index("ar", 111) == 4


# The header Babel released up to 2.18: it swaps forms 4 and 5 against CLDR.
BABEL_2_18_ARABIC_HEADER = (
    "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=0 && n%100<=2 ? 4 : 5);"
)


def test_babels_old_arabic_header_is_rejected(tmp_path):
    buggy = BABEL_2_18_ARABIC_HEADER
    locales = write_catalogs(tmp_path, {"Hi": {"ar": "مرحبا"}}, ["ar"], plural_header={"ar": buggy})
    with pytest.raises(ContentError, match=r"messages\.po:1: Plural-Forms sends 11 to form 5"):
        load_catalog(locales, "ar", read_template(locales))


def test_missing_translation_names_language_file_and_msgid(tmp_path):
    locales = write_catalogs(
        tmp_path, {"Start over": {"it": "Ricominci"}, "Often": {"vi": "Thường xuyên"}}, ["it", "vi"]
    )
    with pytest.raises(ContentError, match=r"vi/LC_MESSAGES/messages\.po.*missing translation for msgid 'Start over'"):
        load_catalog(locales, "vi", read_template(locales))


def test_fuzzy_translation_fails_with_its_line(tmp_path):
    locales = write_catalogs(tmp_path, {"Often": {"it": "Spesso"}}, ["it"], fuzzy={"Often"})
    with pytest.raises(ContentError, match=r"it/LC_MESSAGES/messages\.po:\d+: fuzzy translation for msgid 'Often'"):
        load_catalog(locales, "it", read_template(locales))


def test_a_sentence_left_in_english_fails_with_its_line(tmp_path):
    sentence = "Thank you for your trust."
    locales = write_catalogs(tmp_path, {sentence: {"it": sentence}, "PEC": {"it": "PEC"}}, ["it"])
    with pytest.raises(ContentError, match=r"messages\.po:\d+: translation still in English for msgid 'Thank you"):
        load_catalog(locales, "it", read_template(locales))


def test_po_syntax_error_names_the_line(tmp_path):
    locales = write_catalogs(tmp_path, {"Often": {"it": "Spesso"}}, ["it"])
    po = locales / "it" / "LC_MESSAGES" / "messages.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Spesso"', 'msgstr "Spesso'), encoding="utf-8")
    with pytest.raises(ContentError, match=r"messages\.po:\d+: PO syntax error"):
        load_catalog(locales, "it", read_template(locales))


@pytest.mark.parametrize(
    ("translation", "problem"),
    [
        ("Gentile {client}", r"missing placeholder \{client_name\}"),
        ("Gentile {client_name} {your_name}", r"unknown placeholder \{your_name\}"),
    ],
)
def test_placeholder_mismatch_in_each_direction(tmp_path, translation, problem):
    locales = write_catalogs(tmp_path, {"Dear {client_name}": {"it": translation}}, ["it"])
    owners = {"Dear {client_name}": "template 'headache' (body)"}
    with pytest.raises(ContentError, match=problem + r" in template 'headache' \(body\) \(it\)"):
        load_catalog(locales, "it", read_template(locales), owners)


@pytest.mark.parametrize("babel_id", ["pl", "ru", "he", "lv", "uk", "cs", "fr", "ga", "cy", "it", "vi", "ar"])
def test_a_header_is_derived_from_cldr_for_any_language(babel_id):
    assert plurals.header_mismatch(babel_id, plurals.plural_forms_header(babel_id)) is None


def test_every_real_catalog_has_a_correct_plural_header():
    from parting_ways.i18n.cli import check

    assert [line for line in check() if "Plural-Forms" in line] == []
