"""How each language's search index is tokenized, in Material's index ``config`` terms.

Every profile uses lunr's plain "en" setup with an empty pipeline: the worker then
imports no lunr language file (Thai's would pull in the 677 KB wordcut.js) and indexes
tokens exactly as written, so Material's result and page highlighting, which compare
query terms with indexed terms, keep working. Word boundaries come from the separator
(plus build-time segmentation for Thai and Chinese); inflection is handled on the query
side by docs/assets/js/search-query.js.
"""

from __future__ import annotations

from dataclasses import dataclass

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
