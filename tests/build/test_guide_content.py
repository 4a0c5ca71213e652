"""The guide itself: same pages, same section ids and markers in every language, no stubs."""

from __future__ import annotations

import re
import statistics
from pathlib import Path

import pytest
import yaml

from parting_ways.widgets.sections import ordered_ids

DOCS = Path(__file__).resolve().parents[2] / "docs"
CODES = ["th", "vi", "it", "zh", "ar"]
PAGES = ["index.md", "signs.md", "repair.md", "ending.md", "conclusion.md", "self-check.md", "templates.md"]
BRIEF_IDS = {
    "signs.md": [
        "sign-time", "sign-recommendations", "sign-respect", "sign-communication", "sign-progress",
        "sign-pessimism", "sign-money", "sign-abuse", "sign-unethical", "sign-headache", "sign-grown-apart",
    ],
    "repair.md": ["repair-perspective", "repair-channels", "repair-agreement"],
    "ending.md": ["step-contract", "step-finish-work", "step-plan-conversation", "step-tell-client", "step-transition"],
}
MARKER = re.compile(r"<!--\s*md:[^>]*-->")
FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)
# Characters of running text, so Thai and Chinese (no spaces) compare with the others.
LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
# Per-script text lengths differ (Chinese packs a word into one or two characters);
# these factors bring each language to a comparable count before the band is applied.
DENSITY = {"th": 1.0, "vi": 1.0, "it": 1.0, "zh": 3.3, "ar": 1.15}


def read(code: str, page: str) -> str:
    return (DOCS / code / page).read_text(encoding="utf-8")


def front_matter(code: str, page: str) -> dict:
    match = FRONT.match(read(code, page))
    return yaml.safe_load(match[1]) if match else {}


@pytest.mark.parametrize("code", CODES)
def test_every_language_has_every_page(code):
    missing = [p for p in PAGES if not (DOCS / code / p).is_file()]
    assert not missing, f"{code}: missing pages {missing}"


@pytest.mark.parametrize("page", PAGES)
def test_section_ids_and_markers_match_across_languages(page):
    reference = ordered_ids(DOCS / "it", page), MARKER.findall(read("it", page))
    for code in CODES:
        ids, markers = ordered_ids(DOCS / code, page), MARKER.findall(read(code, page))
        assert ids == reference[0], f"{code}/{page}: section ids {ids} differ from it/{page} {reference[0]}"
        assert markers == reference[1], f"{code}/{page}: markers {markers} differ from it/{page}"


@pytest.mark.parametrize("page", BRIEF_IDS)
def test_brief_structure_is_complete(page):
    for code in CODES:
        assert ordered_ids(DOCS / code, page) == BRIEF_IDS[page], f"{code}/{page}"


@pytest.mark.parametrize("code", CODES)
def test_titles_and_descriptions(code):
    titles = []
    for page in PAGES:
        meta = front_matter(code, page)
        assert meta.get("title"), f"{code}/{page}: no title"
        assert meta.get("description") and len(meta["description"]) >= 30, f"{code}/{page}: no description"
        titles.append(meta["title"])
    assert len(set(titles)) == len(titles), f"{code}: titles are not distinct: {titles}"


@pytest.mark.parametrize("code", CODES)
def test_deal_breakers_are_marked_as_such(code):
    text = read(code, "signs.md")
    for section in ("sign-abuse", "sign-unethical"):
        after = text.split(f"{{#{section}}}", 1)[1].lstrip("\n")
        assert after.startswith("!!! danger"), f"{code}: #{section} is not flagged as a deal-breaker"


@pytest.mark.parametrize("page", PAGES)
def test_no_translation_is_a_stub(page):
    sizes = {code: len(LETTERS.findall(FRONT.sub("", read(code, page)))) * DENSITY[code] for code in CODES}
    median = statistics.median(sizes.values())
    for code, size in sizes.items():
        assert 0.55 * median <= size <= 1.8 * median, f"{code}/{page}: {size:.0f} vs median {median:.0f} {sizes}"


@pytest.mark.parametrize("code", ["zh"])
def test_chinese_uses_full_width_punctuation(code):
    for page in PAGES:
        body = MARKER.sub("", FRONT.sub("", read(code, page)))
        prose = re.sub(r"\{#[^}]*\}|\([^)]*\.md[^)]*\)|`[^`]*`|!!! \w+", "", body)
        assert not re.search(r"[\u4e00-\u9fff][,;:?!]", prose), f"{code}/{page}: half-width punctuation after Chinese"


def test_arabic_punctuation_has_no_space_before_it():
    for page in PAGES:
        body = FRONT.sub("", read("ar", page))
        assert not re.search(r" [،؛؟]", body), f"ar/{page}: space before Arabic punctuation"
        assert not re.search(r"[\u0600-\u06ff],", body), f"ar/{page}: Latin comma after Arabic text"
