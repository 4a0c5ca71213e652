"""The Thai word list the search index uses answers newmm exactly as pythainlp's own trie does."""

from __future__ import annotations

import re

from pythainlp.corpus import thai_words
from pythainlp.tokenize import word_dict_trie, word_tokenize

from parting_ways.search.text import ThaiWords, _segment_thai_run
from tests.support.site_server import PROJECT

_THAI_RUN = re.compile(r"[\u0E00-\u0E7F]+")


def _thai_runs() -> list[str]:
    catalog = PROJECT / "locales" / "th" / "LC_MESSAGES" / "messages.po"
    sources = [*sorted((PROJECT / "docs" / "th").glob("*.md")), catalog]
    text = "".join(path.read_text(encoding="utf-8") for path in sources)
    return sorted(set(_THAI_RUN.findall(text)))


def test_thai_words_answer_every_prefix_question_as_the_trie_does() -> None:
    trie, words = word_dict_trie(), ThaiWords(thai_words())
    runs = _thai_runs()
    assert len(runs) > 300
    assert len(words) == len(trie)
    for run in runs:
        for start in range(len(run)):
            assert words.prefixes(run, start) == trie.prefixes(run, start), (run, start)
    for word in ("ลูกค้า", "สัญญา", "ลูกค้าสัญญา", "", " "):
        assert (word in words) == (word in trie)


def test_thai_runs_segment_as_pythainlp_default_newmm() -> None:
    for run in _thai_runs():
        expected = [w for w in word_tokenize(run, engine="newmm", keep_whitespace=False) if w.strip()]
        assert _segment_thai_run(run) == "\u200b".join(expected), run
