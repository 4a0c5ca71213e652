"""How each language's search index is tokenized, in Material's index ``config`` terms.

Every profile uses lunr's plain "en" setup with an empty pipeline: the worker then
imports no lunr language file (Thai's would pull in the 677 KB wordcut.js) and indexes
tokens exactly as written, so Material's result and page highlighting, which compare
query terms with indexed terms, keep working. Word boundaries come from the separator
(plus build-time segmentation for Thai and Chinese); inflection is handled on the query
side by docs/assets/js/search-query.js.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache

# Punctuation shared by every script. No "|", no lookarounds: Material's in-page
# highlighter splits the separator on "|" and strips "(?=...)" groups, and the browser
# compiles it (no lookbehind: Safari before 16.4 rejects the whole expression).
_PUNCTUATION = r"\s\u200b\-.,;:!?()\[\]\"'“”‘’«»…/"


@dataclass(frozen=True)
class SearchProfile:
    code: str
    separator: str
    segmenter: str | None = None  # "thai" or "chinese": build-time word segmentation
    strip_marks: bool = False  # drop Arabic diacritics (harakat) and tatweel
    # Cut the Arabic article (ال with a clinging و/ف/ب/ك/ل, or لل) off the word at index
    # time, so "العميل", "والعميل" and "للعميل" all index "عميل"; search-query.js does the
    # same to the query. Not in the separator: that needs a lookbehind ("at the start of a
    # word"), which Safari before 16.4 cannot compile, and lunr compiles the separator in
    # the browser (tests/test_hardening.py scans every separator for lookbehind).
    cut_article: bool = False


PROFILES: dict[str, SearchProfile] = {
    "th": SearchProfile("th", rf"[{_PUNCTUATION}]+", segmenter="thai"),
    "zh": SearchProfile("zh", rf"[{_PUNCTUATION}\u3000、。，．？！；：（）《》「」『』]+",
                        segmenter="chinese"),
    "vi": SearchProfile("vi", rf"[{_PUNCTUATION}]+"),
    "it": SearchProfile("it", rf"[{_PUNCTUATION}]+"),
    "ar": SearchProfile("ar", rf"[{_PUNCTUATION}،؛؟]+", strip_marks=True, cut_article=True),
}


def profile_for(code: str) -> SearchProfile:
    """A language without its own profile gets space-and-punctuation words, no stemming."""
    return PROFILES.get(code) or SearchProfile(code, rf"[{_PUNCTUATION}]+")


def index_config(profile: SearchProfile, fields: dict) -> dict:
    return {"lang": ["en"], "separator": profile.separator, "pipeline": [], "fields": fields}


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
