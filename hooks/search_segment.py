"""Build-time text preparation for the search index: word segmentation and normalization.

Only text between HTML tags is touched; segments are joined with U+200B, which every
profile's separator splits on and which a reader never sees.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import cache, lru_cache

from hooks.search_profiles import SearchProfile

ZWSP = "\u200b"
_TAG = re.compile(r"(<[^>]*>)")
_THAI_RUN = re.compile(r"[\u0E00-\u0E7F]+")
_HAN_RUN = re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]+")
_ARABIC_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640]")
# The article at the start of a word (not after another Arabic letter), before at least
# two more letters; a build-time expression, so the lookbehind never reaches a browser.
_ARABIC_ARTICLE = re.compile(r"(?<![\u0621-\u064A])((?:[وفبكل]?ال|لل))(?=[\u0621-\u064A]{2})")


class ThaiWords:
    """pythainlp's default word list, looked up the way newmm looks it up.

    newmm asks its dictionary one question: which words start at this position
    (``prefixes``). pythainlp answers from a trie that takes about a second to fill with
    its 62,000 words, in every build process; a sorted list answers the same question
    (a word with the prefix sorts right after it) and takes a few milliseconds to make.
    ``tests/test_search_segment.py`` checks the answers against pythainlp's own trie.
    """

    def __init__(self, words) -> None:
        # As pythainlp's Trie.add: surrounding spaces are not part of a word.
        self._sorted = sorted({word for word in (w.strip() for w in words) if word})

    def __len__(self) -> int:
        return len(self._sorted)

    def __contains__(self, word: str) -> bool:
        at = bisect_left(self._sorted, word)
        return at < len(self._sorted) and self._sorted[at] == word

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        found = []
        words, count = self._sorted, len(self._sorted)
        for end in range(start + 1, len(text) + 1):
            piece = text[start:end]
            at = bisect_left(words, piece)
            if at == count:
                break
            if words[at] == piece:
                found.append(piece)
            elif not words[at].startswith(piece):
                break  # no word starts with this piece, so none with a longer one
        return found


@cache
def _thai_segmenter():
    # newmm: pythainlp's default dictionary-based maximal matching; pure Python, no model
    # download, deterministic (see the README section for the choice).
    from pythainlp.corpus import thai_words
    from pythainlp.tokenize import word_tokenize

    words = ThaiWords(thai_words())
    return lambda run: word_tokenize(run, custom_dict=words, engine="newmm", keep_whitespace=False)


@cache
def _segment_thai_run(run: str) -> str:
    words = _thai_segmenter()(run)
    return ZWSP.join(word for word in words if word.strip())


@cache
def _segment_han_run(run: str) -> str:
    import jieba

    return ZWSP.join(jieba.cut(run))


def _segment(text: str, pattern: re.Pattern[str], segment) -> str:
    return pattern.sub(lambda match: ZWSP + segment(match[0]) + ZWSP, text)


@lru_cache(maxsize=8192)  # a page unchanged between `mkdocs serve` rebuilds is not prepared again
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
