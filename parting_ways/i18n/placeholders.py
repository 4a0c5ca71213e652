"""The one text format of every catalog string: ``{name}`` placeholders, plus selects.

A placeholder ``{name}`` is filled with what the reader typed (or a value the widget
derives). English never needs more, but other languages mark who writes and who reads:
Thai ผม/ดิฉัน and ครับ/ค่ะ follow the writer, Arabic agreement follows the recipient. A
translation may therefore choose words with a select, in ICU MessageFormat's spelling so
translation tools recognise it::

    {writer, select, m {ผม} other {ดิฉัน}}

The selectors and their keys are fixed (``SELECTORS``; ``address`` takes the ids of the
language's own forms of address, so Vietnamese can say anh, chị, ông or bà), every select needs ``other``,
and a branch holds plain text only. Selects are not placeholders: the check that a
translation uses exactly the English placeholders ignores them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# What a select can depend on, and the values each can take (besides "other").
SELECTORS: dict[str, tuple[str, ...]] = {
    "writer": ("m", "f"),  # the reader writing as "I": a man or a woman
    "recipient": ("m", "f", "company"),  # a man, a woman, or a company with no named person
    "register": ("formal", "familiar"),  # set by the form of address (Vietnamese anh/chị take em)
    "address": (),  # the form of address itself, by its id in that language's address file
}
_SELECT = re.compile(r"\{\s*(\w+)\s*,\s*select\s*,((?:\s*\w+\s*\{[^{}]*\})+)\s*\}")
_BRANCH = re.compile(r"\s*(\w+)\s*\{([^{}]*)\}")
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class Select:
    selector: str
    branches: dict[str, str]

    def choose(self, value: str) -> str:
        return self.branches.get(value, self.branches["other"])


@dataclass(frozen=True)
class Placeholder:
    name: str


Segment = str | Placeholder | Select


class TextFormatError(ValueError):
    """A malformed select or brace; the message says what, for a translator."""


def parse(text: str) -> list[Segment]:
    """The text as literal strings, placeholders and selects, in order."""
    segments: list[Segment] = []
    position = 0
    while position < len(text):
        start = text.find("{", position)
        if start < 0:
            segments.append(text[position:])
            break
        if start > position:
            segments.append(text[position:start])
        select = _SELECT.match(text, start)
        if select:
            segments.append(_select(select[1], select[2]))
            position = select.end()
            continue
        placeholder = PLACEHOLDER.match(text, start)
        if not placeholder or not re.fullmatch(r"\w+", placeholder[1]):
            raise TextFormatError(f"unreadable braces near {text[start:start + 30]!r}")
        segments.append(Placeholder(placeholder[1]))
        position = placeholder.end()
    return segments


def _select(selector: str, body: str) -> Select:
    if selector not in SELECTORS:
        raise TextFormatError(f"unknown select {selector!r} (known: {', '.join(SELECTORS)})")
    branches: dict[str, str] = {}
    for key, words in _BRANCH.findall(body):
        if key != "other" and SELECTORS[selector] and key not in SELECTORS[selector]:
            allowed = ", ".join((*SELECTORS[selector], "other"))
            raise TextFormatError(f"select {selector!r} has no case {key!r} (cases: {allowed})")
        branches[key] = words
    if "other" not in branches:
        raise TextFormatError(f"select {selector!r} needs an 'other' case")
    return Select(selector, branches)


def names(text: str) -> set[str]:
    return {s.name for s in parse(text) if isinstance(s, Placeholder)}


def selectors(text: str) -> set[str]:
    return {s.selector for s in parse(text) if isinstance(s, Select)}


def mismatch(source: str, translation: str) -> str | None:
    """What is wrong with the translation's placeholders and selects, or None."""
    try:
        found = names(translation)
    except TextFormatError as error:
        return str(error)
    expected = names(source)
    missing = sorted(expected - found)
    extra = sorted(found - expected)
    if missing:
        return f"missing placeholder {{{missing[0]}}}"
    if extra:
        return f"unknown placeholder {{{extra[0]}}}"
    return None


def resolve(segments: list[Segment], choices: dict[str, str]) -> list[str | Placeholder]:
    """Selects decided by ``choices`` (selector -> value), merged into the text around them."""
    out: list[str | Placeholder] = []
    for segment in segments:
        piece = segment.choose(choices.get(segment.selector, "other")) if isinstance(segment, Select) else segment
        if isinstance(piece, str) and out and isinstance(out[-1], str):
            out[-1] += piece
        else:
            out.append(piece)
    return out


def fill(text: str, values: dict[str, str], choices: dict[str, str] | None = None) -> str:
    """The text with selects decided and placeholders filled (unknown ones left as typed)."""
    return "".join(
        piece if isinstance(piece, str) else values.get(piece.name, "{" + piece.name + "}")
        for piece in resolve(parse(text), choices or {})
    )


def to_json(segments: list[Segment]) -> list:
    """Segments for the browser: strings, ``["ph", name]`` and ``["sel", selector, branches]``."""
    return [
        s if isinstance(s, str)
        else ["ph", s.name] if isinstance(s, Placeholder)
        else ["sel", s.selector, s.branches]
        for s in segments
    ]
