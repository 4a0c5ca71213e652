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

# Punctuation shared by every script. No "|" and no parentheses around lookarounds:
# Material's in-page highlighter splits the separator on "|" and strips "(?=...)" groups.
_PUNCTUATION = r"\s\u200b\-.,;:!?()\[\]\"'“”‘’«»…/"


@dataclass(frozen=True)
class SearchProfile:
    code: str
    separator: str
    segmenter: str | None = None  # "thai" or "chinese": build-time word segmentation
    strip_marks: bool = False  # drop Arabic diacritics (harakat) and tatweel


PROFILES: dict[str, SearchProfile] = {
    "th": SearchProfile("th", rf"[{_PUNCTUATION}]+", segmenter="thai"),
    "zh": SearchProfile("zh", rf"[{_PUNCTUATION}\u3000、。，．？！；：（）《》「」『』]+",
                        segmenter="chinese"),
    "vi": SearchProfile("vi", rf"[{_PUNCTUATION}]+"),
    "it": SearchProfile("it", rf"[{_PUNCTUATION}]+"),
    # The article (with a clinging wa/fa/bi/ka/li) is a separator at the start of a word,
    # so "العميل", "والعميل" and "للعميل" all index, and query, as "عميل".
    "ar": SearchProfile(
        "ar",
        rf"[{_PUNCTUATION}،؛؟]+|(?<=^|[\s\u200b«\"])(?:[وفبكل]?ال|لل)(?=[\u0621-\u064A]{{2}})",
        strip_marks=True,
    ),
}


def profile_for(code: str) -> SearchProfile:
    """A language without its own profile gets space-and-punctuation words, no stemming."""
    return PROFILES.get(code) or SearchProfile(code, rf"[{_PUNCTUATION}]+")


def index_config(profile: SearchProfile, fields: dict) -> dict:
    return {"lang": ["en"], "separator": profile.separator, "pipeline": [], "fields": fields}
