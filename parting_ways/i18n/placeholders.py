"""The one text format of every catalog string: ``{name}`` placeholders, plus selects.

A placeholder ``{name}`` is filled with what the reader typed (or a value the widget
derives). English never needs more, but other languages mark who writes and who reads:
Thai ผม/ดิฉัน and ครับ/ค่ะ follow the writer, Arabic agreement follows the recipient. A
translation may therefore choose words with a select, in ICU MessageFormat's spelling so
translation tools recognise it::

    {writer, select, m {ผม} other {ดิฉัน}}

The fixed selectors and their keys are in ``SELECTORS`` (``address`` takes the ids of the
language's own forms of address, so Vietnamese can say anh, chị, ông or bà). A select may
also depend on a detail the reader fills in, by its placeholder name: the case ``empty``
is taken while it is left empty (so a private client with no company reads naturally), and
a detail the reader picks from a list takes its options' ids as cases. Every select needs
``other``. A branch holds text, placeholders and at most one more level of select (a
Vietnamese greeting by form of address, and within it by whether the company is filled in);
deeper nesting is refused, since no translator can proofread it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

# What a select can depend on, and the values each can take (besides "other").
SELECTORS: dict[str, tuple[str, ...]] = {
    "writer": ("m", "f"),  # the reader writing as "I": a man or a woman
    "recipient": ("m", "f", "company"),  # a man, a woman, or a company with no named person
    "register": ("formal", "familiar"),  # set by the form of address (Vietnamese anh/chị take em)
    "address": (),  # the form of address itself, by its id in that language's address file
}
EMPTY = "empty"  # the case a select on a detail takes while the reader has left it empty
MAX_SELECT_DEPTH = 1  # how deep a select may sit inside another's branch
_FLAT_TEXT = r"(?:[^{}]|\{\w+\})*"  # text with placeholders
_INNER_SELECT = r"\{\s*\w+\s*,\s*select\s*,(?:\s*\w+\s*\{" + _FLAT_TEXT + r"\})+\s*\}"
_BRANCH_TEXT = r"(?:[^{}]|\{\w+\}|" + _INNER_SELECT + r")*"  # text, placeholders, one level of select
_SELECT = re.compile(r"\{\s*(\w+)\s*,\s*select\s*,((?:\s*\w+\s*\{" + _BRANCH_TEXT + r"\})+)\s*\}")
_BRANCH = re.compile(r"\s*(\w+)\s*\{(" + _BRANCH_TEXT + r")\}")
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class Placeholder:
    name: str


Piece = str | Placeholder


@dataclass(frozen=True)
class Select:
    selector: str
    # Tuples: parses are cached and shared, so nothing may change them. A select nested in a
    # branch has no select in its own branches.
    branches: dict[str, tuple[Segment, ...]]

    def choose(self, value: str) -> tuple[Segment, ...]:
        return self.branches.get(value, self.branches["other"])

    @property
    def on_detail(self) -> bool:
        """Whether it depends on something the reader fills in, not a fixed selector."""
        return self.selector not in SELECTORS


Segment = str | Placeholder | Select


class TextFormatError(ValueError):
    """A malformed select or brace; the message says what, for a translator."""


def parse(text: str) -> list[Segment]:
    """The text as literal strings, placeholders and selects, in order."""
    return list(_parsed_text(text))


@functools.cache
def _parsed_text(text: str) -> tuple[Segment, ...]:
    # Every string is parsed by the catalog check, then again for each page and form that
    # shows it; the texts are few (a thousand per language), the parses many.
    return tuple(_parse(text, depth=0))


def _parse(text: str, depth: int) -> list[Segment]:
    segments: list[Segment] = []
    position = 0
    while position < len(text):
        start = text.find("{", position)
        if start < 0:
            segments.append(text[position:])
            break
        if start > position:
            segments.append(text[position:start])
        select = _SELECT.match(text, start) if depth <= MAX_SELECT_DEPTH else None
        if select:
            segments.append(_select(select[1], select[2], depth))
            position = select.end()
            continue
        placeholder = PLACEHOLDER.match(text, start)
        if re.match(r"\{\s*\w+\s*,\s*select\b", text[start:]):
            raise TextFormatError(f"malformed select, or one nested two deep, near {text[start:start + 30]!r}")
        if not placeholder or not re.fullmatch(r"\w+", placeholder[1]):
            raise TextFormatError(f"unreadable braces near {text[start:start + 30]!r}")
        segments.append(Placeholder(placeholder[1]))
        position = placeholder.end()
    return segments


def _select(selector: str, body: str, depth: int) -> Select:
    branches: dict[str, tuple[Segment, ...]] = {}
    for key, words in _BRANCH.findall(body):
        if key != "other" and SELECTORS.get(selector) and key not in SELECTORS[selector]:
            allowed = ", ".join((*SELECTORS[selector], "other"))
            raise TextFormatError(f"select {selector!r} has no case {key!r} (cases: {allowed})")
        branches[key] = tuple(_parse(words, depth + 1))
    if "other" not in branches:
        raise TextFormatError(f"select {selector!r} needs an 'other' case")
    return Select(selector, branches)


def walk(segments: Sequence[Segment]) -> list[Segment]:
    """Every segment, and every segment inside each select's branches, in order."""
    out: list[Segment] = []
    for segment in segments:
        out.append(segment)
        if isinstance(segment, Select):
            for branch in segment.branches.values():
                out += walk(branch)
    return out


def names_in(segments: Sequence[Segment]) -> set[str]:
    """The placeholders among the segments, in any branch."""
    return {s.name for s in walk(segments) if isinstance(s, Placeholder)}


def names(text: str) -> set[str]:
    """The placeholders the text fills in, in any branch."""
    return names_in(parse(text))


def selects(text: str) -> list[Select]:
    """Every select in the text, nested ones included."""
    return [s for s in walk(parse(text)) if isinstance(s, Select)]


def selectors(text: str) -> set[str]:
    return {s.selector for s in selects(text)}


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
    # A translation's select on a detail: a detail the English fills in (cases: empty), or a
    # list the English chooses by (its cases).
    cases = {name: {EMPTY} for name in expected}
    cases.update({s.selector: set(s.branches) - {"other"} for s in selects(source) if s.on_detail})
    problems = detail_select_problems(translation, cases)
    return problems[0] if problems else None


def detail_select_problems(text: str, cases: dict[str, set[str]]) -> list[str]:
    """Selects on a detail that the form cannot decide: an unknown detail, or a case it never
    takes. ``cases``: each detail a select may name, and the cases it can take besides other."""
    problems = []
    for select in (s for s in selects(text) if s.on_detail):
        if select.selector not in cases:
            problems.append(f"unknown select {select.selector!r}")
            continue
        allowed = ", ".join((*sorted(cases[select.selector]), "other"))
        for case in sorted(set(select.branches) - cases[select.selector] - {"other"}):
            problems.append(f"select {select.selector!r} has no case {case!r} (cases: {allowed})")
    return problems


def resolve(segments: Sequence[Segment], choices: dict[str, str]) -> list[Piece]:
    """Selects decided by ``choices`` (selector -> value), merged into the text around them.

    A select on a detail nobody has chosen for takes ``empty``, as the page does before
    anything is typed."""
    out: list[Piece] = []
    for segment in segments:
        if isinstance(segment, Select):
            default = EMPTY if segment.on_detail else "other"
            pieces = resolve(segment.choose(choices.get(segment.selector, default)), choices)
        else:
            pieces = [segment]
        for piece in pieces:
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


def to_json(segments: Sequence[Segment]) -> list:
    """Segments for the browser: strings, ``["ph", name]`` and ``["sel", selector, branches]``."""
    return [
        s if isinstance(s, str)
        else ["ph", s.name] if isinstance(s, Placeholder)
        else ["sel", s.selector, {key: to_json(branch) for key, branch in s.branches.items()}]
        for s in segments
    ]
