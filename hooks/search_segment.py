"""Build-time text preparation for the search index: word segmentation and normalization.

Only text between HTML tags is touched; segments are joined with U+200B, which every
profile's separator splits on and which a reader never sees.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from hooks.search_profiles import SearchProfile

ZWSP = "\u200b"
_TAG = re.compile(r"(<[^>]*>)")
_THAI_RUN = re.compile(r"[\u0E00-\u0E7F]+")
_HAN_RUN = re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]+")
_ARABIC_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640]")
# The article at the start of a word (not after another Arabic letter), before at least
# two more letters; a build-time expression, so the lookbehind never reaches a browser.
_ARABIC_ARTICLE = re.compile(r"(?<![\u0621-\u064A])((?:[وفبكل]?ال|لل))(?=[\u0621-\u064A]{2})")


@cache
def _thai_tokenizer():
    # newmm: pythainlp's default dictionary-based maximal matching; pure Python, no model
    # download, deterministic (see the README section for the choice).
    from pythainlp.tokenize import word_tokenize

    return word_tokenize


@cache
def _segment_thai_run(run: str) -> str:
    words = _thai_tokenizer()(run, engine="newmm", keep_whitespace=False)
    return ZWSP.join(word for word in words if word.strip())


@cache
def _segment_han_run(run: str) -> str:
    import jieba

    return ZWSP.join(jieba.cut(run))


def _segment(text: str, pattern: re.Pattern[str], segment) -> str:
    return pattern.sub(lambda match: ZWSP + segment(match[0]) + ZWSP, text)


def _prepare_text(text: str, profile: SearchProfile) -> str:
    text = unicodedata.normalize("NFC", text)
    if profile.segmenter == "thai":
        text = _segment(text, _THAI_RUN, _segment_thai_run)
    elif profile.segmenter == "chinese" and ZWSP not in text:
        # Material's plugin already runs jieba when it is installed; never cut twice.
        text = _segment(text, _HAN_RUN, _segment_han_run)
    if profile.strip_marks:
        text = _ARABIC_MARKS.sub("", text)
    if profile.cut_article:
        # A word break the reader never sees: "العميل" shows as written, indexes as ال + عميل.
        text = _ARABIC_ARTICLE.sub(lambda match: match[1] + ZWSP, text)
    return re.sub(f"{ZWSP}{{2,}}", ZWSP, text)


def prepare(markup: str, profile: SearchProfile) -> str:
    """Segment and normalize the text of an index field, leaving its tags alone."""
    parts = _TAG.split(markup)
    return "".join(part if part.startswith("<") else _prepare_text(part, profile) for part in parts)
