"""The widgets' language-neutral definitions (content/*.yml), loaded and checked.

Structure (ids, weights, links) is defined once here; only words differ per language,
and those are msgids looked up in the catalogs.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from parting_ways.errors import ContentError
from parting_ways.i18n.placeholders import (
    EMPTY,
    SELECTORS,
    Select,
    TextFormatError,
    detail_select_problems,
    parse,
    walk,
)
from parting_ways.i18n.placeholders import Placeholder as PlaceholderSegment
from parting_ways.i18n.placeholders import names as placeholder_names

VERDICT_IDS = ("keep", "repair", "end")


@dataclass(frozen=True)
class Answer:
    id: str
    points: int


@dataclass(frozen=True)
class Sign:
    id: str
    weight: int
    deal_breaker: bool
    label_text: str
    question_text: str
    related: tuple[str, ...]
    templates: tuple[str, ...]
    answer_texts: tuple[str, ...]  # the answers, worded to fit the question (its scale)
    line: int = field(default=0, compare=False)  # where content/selfcheck.yml defines it, for errors
    related_line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Verdict:
    id: str
    title_text: str
    advice_text: str
    links: tuple[str, ...]
    # How this verdict heads the suggested messages; None: the ui's templates_heading_text.
    templates_heading_text: str | None = None
    line: int = field(default=0, compare=False)
    links_line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class SelfCheck:
    path: Path
    answers: tuple[Answer, ...]
    signs: tuple[Sign, ...]
    repair_from: int
    end_from: int
    verdicts: dict[str, Verdict]
    ui: dict[str, Any]

    @property
    def max_points(self) -> int:
        return max(a.points for a in self.answers) * sum(s.weight for s in self.signs)


@dataclass(frozen=True)
class Choice:
    id: str
    label_text: str


FIELD_KINDS = ("text", "date", "name", "choice")
# Whose name a typed value may be. Names keep their own writing direction inside a
# right-to-left letter; a person's name typed all in small letters is capitalised.
NAME_OF = ("person", "company")


@dataclass(frozen=True)
class Field:
    """Something the reader types into the message form, or picks from a list."""

    id: str
    kind: str  # one of FIELD_KINDS; "name" is the recipient's, shaped by the form of address
    label_text: str
    example_text: str | None
    options: tuple[Choice, ...] = ()  # for "choice": the first is picked until the reader changes it
    hint_text: str | None = None  # said under the field; the bracket in the text shows the label only
    name_of: str | None = None  # one of NAME_OF, or None for anything else (a date, an amount, a work)


@dataclass(frozen=True)
class Wording:
    """One situation in one voice: the email, the chat message and the talking points."""

    subject_text: str
    body_text: str
    chat_text: str
    points_text: str

    def texts(self) -> dict[str, str]:
        return {"subject": self.subject_text, "body": self.body_text, "chat": self.chat_text,
                "points": self.points_text}


@dataclass(frozen=True)
class MessageTemplate:
    """One situation; its name is the heading of its section on the templates page."""

    id: str
    note_text: str | None
    voices: dict[str, Wording]  # voice id -> wording

    def details(self, voice: str) -> list[str]:
        """What this voice's texts fill in or choose by, in order of first use: placeholders,
        and the details a select depends on."""
        seen: dict[str, None] = {}
        for text in self.voices[voice].texts().values():
            for segment in walk(parse(text)):
                if isinstance(segment, PlaceholderSegment):
                    seen.setdefault(segment.name, None)
                elif isinstance(segment, Select) and segment.on_detail:
                    seen.setdefault(segment.selector, None)
        return list(seen)


@dataclass(frozen=True)
class AddressForm:
    id: str
    label: str
    recipient: str  # m, f, other or company
    register: str  # formal or familiar
    salutation: str
    salutation_with_company: str | None
    addressee: str
    typed_titles: tuple[str, ...] = ()  # a title typed with the name that picks this form (Dott.ssa)


@dataclass(frozen=True)
class AddressRules:
    """How one market addresses the recipient: name order, honorifics, forms of address."""

    name_order: str
    family_names: tuple[str, ...]
    honorifics: tuple[str, ...]
    honorifics_attached: str | None
    honorific_suffixes: tuple[str, ...]
    family_particles: tuple[str, ...]  # words that belong to the family name before it (De Luca)
    given_prefixes: tuple[str, ...]  # words that open a two-word given name (Arabic عبد الله)
    forms: tuple[AddressForm, ...]
    date_pattern: str | None  # a letter's date from numeric parts (DATE_PATTERN_PARTS), not the locale's long date
    first_day: str | None = None  # the first of a month, where letters write it otherwise («1°» in Italian)
    # Family name first: a middle name after which every word is the given name (Vietnamese
    # «Phạm Thị Lan Anh» is called Lan Anh).
    middle_names: tuple[str, ...] = ()
    # Family name first: words that close a two-word given name (Vietnamese «Tuấn Anh»: «anh Anh»
    # would greet someone else).
    given_endings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Messages:
    path: Path
    fields: dict[str, Field]
    derived: dict[str, str]  # placeholder id -> label msgid; built by the widget, not typed
    voices: tuple[Choice, ...]
    writers: tuple[Choice, ...]
    templates: dict[str, MessageTemplate]
    ui: dict[str, str]
    address: dict[str, AddressRules]  # language code -> rules


class _Mapping(dict):
    """A YAML mapping that knows its line and the line of each of its keys (1-based)."""

    line: int
    key_lines: dict[str, int]

    def line_of(self, key: str | None = None) -> int:
        return self.key_lines.get(key, self.line) if key is not None else self.line


class _List(list):
    """A YAML sequence that knows the line of each of its entries."""

    entry_lines: list[int]


# libyaml's loader where it is installed (PyYAML's wheels carry it): the same node marks,
# several times faster than the pure-Python one on every page of every language.
class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's safe loader, keeping the node marks so an error names the exact line."""


def _construct_mapping(loader: _Loader, node: yaml.MappingNode):
    data = _Mapping()
    data.line = node.start_mark.line + 1
    yield data
    data.update(loader.construct_mapping(node))
    data.key_lines = {str(key.value): key.start_mark.line + 1 for key, _ in node.value
                      if isinstance(key, yaml.ScalarNode)}


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode):
    data = _List()
    data.entry_lines = [item.start_mark.line + 1 for item in node.value]
    yield data
    data.extend(loader.construct_sequence(node))


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)


def _line(value: Any, key: str | None = None) -> int | None:
    """Where a value read by _Loader starts, or where its ``key`` is written."""
    return value.line_of(key) if isinstance(value, _Mapping) else None


@functools.lru_cache(maxsize=64)
def _parsed(path: Path, mtime_ns: int) -> Any:
    """A content file read once per change (``mkdocs serve`` edits included), not once for
    every page that needs it. Callers read it and never change it."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or _empty_at(1)


class _Source:
    """A YAML file read with node marks; its errors name the file and the exact line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.data = _parsed(path, path.stat().st_mtime_ns)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            problem = getattr(error, "problem", None) or str(error).splitlines()[0]
            raise ContentError(path, f"invalid YAML: {problem}", mark.line + 1 if mark else None) from None
        if not isinstance(self.data, _Mapping):
            self.fail("expected a mapping at the top level", 1)

    def fail(self, message: str, line: int | None = None) -> None:
        raise ContentError(self.path, message, line)

    def entries(self, items: list) -> list[_Mapping]:
        """A list's entries as mappings: an entry written as a bare value becomes an empty
        mapping at its own line, so the error says what it lacks, there."""
        lines = getattr(items, "entry_lines", [None] * len(items))
        return [item if isinstance(item, _Mapping) else _empty_at(line)
                for item, line in zip(items, lines, strict=True)]

    def need(self, item: dict, key: str, kind: type | tuple[type, ...], owner: str) -> Any:
        if key not in item or item[key] is None:
            self.fail(f"{owner}: missing '{key}'", _line(item))
        value = item[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            self.fail(f"{owner}: '{key}' has the wrong type ({type(value).__name__})", _line(item, key))
        return value


def _empty_at(line: int | None) -> _Mapping:
    empty = _Mapping()
    empty.line = line or 0
    empty.key_lines = {}
    return empty


def _unique(source: _Source, items: list[_Mapping], what: str) -> None:
    seen: set[str] = set()
    for item in items:
        item_id = str(item.get("id"))
        if item_id in seen:
            source.fail(f"duplicate {what} id '{item_id}'", _line(item, "id"))
        seen.add(item_id)


_WORDING_KEYS = ("subject_text", "body_text", "chat_text", "points_text")
_ADDRESS_PARTS = {"given", "family", "full", "company"}
# {dd} and {mm} are the day and month in two digits («01/12/2026»), as contracts write them.
DATE_PATTERN_PARTS = {"day", "dd", "month", "mm", "year"}


def _choices(src: _Source, key: str, within: dict | None = None, owner: str = "messages") -> tuple[Choice, ...]:
    raw = src.entries(src.need(src.data if within is None else within, key, list, owner))
    _unique(src, raw, key.rstrip("s"))
    return tuple(
        Choice(src.need(c, "id", str, key), src.need(c, "label_text", str, f"{key} '{c.get('id')}'"))
        for c in raw
    )


def load_messages(path: Path, address_path: Path | None = None) -> Messages:
    src = _Source(path)
    fields: dict[str, Field] = {}
    raw_fields = src.entries(src.need(src.data, "placeholders", list, "messages"))
    _unique(src, raw_fields, "placeholder")
    for item in raw_fields:
        pid = src.need(item, "id", str, "placeholder")
        kind = item.get("kind", "text")
        if kind not in FIELD_KINDS:
            src.fail(f"placeholder '{pid}': kind must be one of {', '.join(FIELD_KINDS)}, not {kind!r}",
                     _line(item, "kind"))
        options = _choices(src, "options", item, f"placeholder '{pid}'") if kind == "choice" else ()
        name_of = item.get("name_of")
        if name_of is not None and (name_of not in NAME_OF or kind not in ("text", "name")):
            src.fail(f"placeholder '{pid}': name_of must be one of {', '.join(NAME_OF)}, on a text or "
                     f"name field, not {name_of!r} on a {kind} field", _line(item, "name_of"))
        fields[pid] = Field(pid, kind, src.need(item, "label_text", str, f"placeholder '{pid}'"),
                            item.get("example_text"), options, item.get("hint_text"), name_of)
    derived = {c.id: c.label_text for c in _choices(src, "derived")}
    voices = _choices(src, "voices")
    writers = _choices(src, "writers")
    if [w.id for w in writers] != list(SELECTORS["writer"]):
        src.fail(f"writers must be exactly {', '.join(SELECTORS['writer'])}", _line(src.data, "writers"))
    templates: dict[str, MessageTemplate] = {}
    raw_templates = src.entries(src.need(src.data, "templates", list, "messages"))
    _unique(src, raw_templates, "template")
    for item in raw_templates:
        tid = src.need(item, "id", str, "template")
        owner = f"template '{tid}'"
        wordings = {}
        for voice in voices:
            block = src.need(item, voice.id, dict, owner)
            wording = Wording(*(src.need(block, key, str, f"{owner} ({voice.id})") for key in _WORDING_KEYS))
            for part, text in wording.texts().items():
                at = _line(block, f"{part}_text")
                try:
                    used = placeholder_names(text)
                except TextFormatError as error:
                    src.fail(f"{owner} ({voice.id}, {part}): {error}", at)
                for name in sorted(used - set(fields) - set(derived)):
                    src.fail(f"{owner} ({voice.id}, {part}): unknown placeholder {{{name}}}", at)
                for problem in _select_problems(text, fields):
                    src.fail(f"{owner} ({voice.id}, {part}): {problem}", at)
            wordings[voice.id] = wording
        for part in ("subject", "body", "chat", "points"):
            texts = [w.texts()[part] for w in wordings.values()]
            if len(set(texts)) < len(texts):
                src.fail(f"{owner}: every voice needs its own {part} (translations follow the voice)", _line(item))
        note = item.get("note_text")
        templates[tid] = MessageTemplate(tid, note if isinstance(note, str) else None, wordings)
    ui = src.need(src.data, "ui", dict, "messages")
    address = load_address(address_path) if address_path else {}
    return Messages(path, fields, derived, voices, writers, templates, ui, address)


def _select_problems(text: str, fields: dict[str, Field]) -> list[str]:
    """The English text's selects on details, checked as a translation's are (placeholders)."""
    return detail_select_problems(
        text, {f.id: {o.id for o in f.options} if f.options else {EMPTY} for f in fields.values()})


def load_address(folder: Path) -> dict[str, AddressRules]:
    """One file per language (``<code>.yml``): how that market addresses a recipient."""
    return {path.stem: _address_rules(_Source(path), path.stem) for path in sorted(folder.glob("*.yml"))}


def _address_rules(src: _Source, code: str) -> AddressRules:
    raw = src.data
    owner = f"language '{code}'"
    order = src.need(raw, "name_order", str, owner)
    if order not in ("given-family", "family-given"):
        src.fail(f"{owner}: name_order must be given-family or family-given", _line(raw, "name_order"))
    forms = []
    raw_forms = src.entries(src.need(raw, "forms", list, owner))
    for item in raw_forms:
        fid = src.need(item, "id", str, f"{owner} form")
        form_owner = f"{owner} form '{fid}'"
        recipient = src.need(item, "recipient", str, form_owner)
        if recipient not in ("m", "f", "other", "company"):
            src.fail(f"{form_owner}: recipient must be m, f, other or company", _line(item, "recipient"))
        register = item.get("register", "formal")
        if register not in SELECTORS["register"]:
            src.fail(f"{form_owner}: register must be {' or '.join(SELECTORS['register'])}",
                     _line(item, "register"))
        patterns = {key: item.get(key) for key in ("salutation", "salutation_with_company", "addressee")}
        for key, pattern in patterns.items():
            if pattern is None and key == "salutation_with_company":
                continue
            if not isinstance(pattern, str):
                src.fail(f"{form_owner}: missing '{key}'", _line(item, key))
            unknown = placeholder_names(pattern) - _ADDRESS_PARTS
            if unknown:
                src.fail(f"{form_owner}: {key} uses {{{sorted(unknown)[0]}}} (known: "
                         f"{', '.join(sorted(_ADDRESS_PARTS))})", _line(item, key))
        forms.append(AddressForm(fid, src.need(item, "label", str, form_owner), recipient,
                                 register, patterns["salutation"], patterns["salutation_with_company"],
                                 patterns["addressee"], tuple(item.get("typed_titles") or ())))
    if not any(f.recipient == "company" for f in forms):
        src.fail(f"{owner}: needs a form with recipient: company (a company with no named person)",
                 _line(raw, "forms"))
    date_pattern = raw.get("date_pattern")
    if date_pattern is not None and (
        not isinstance(date_pattern, str) or not placeholder_names(date_pattern) <= DATE_PATTERN_PARTS
    ):
        src.fail(f"{owner}: date_pattern may use only {{day}}, {{dd}}, {{month}}, {{mm}} and {{year}}",
                 _line(raw, "date_pattern"))
    first_day = raw.get("first_day")
    if first_day is not None and not (isinstance(first_day, str) and first_day.startswith("1")):
        src.fail(f"{owner}: first_day must be how the 1st is written, starting with 1 (e.g. «1°»)",
                 _line(raw, "first_day"))
    return AddressRules(
        order, tuple(raw.get("family_names") or ()), tuple(raw.get("honorifics") or ()),
        raw.get("honorifics_attached"), tuple(raw.get("honorific_suffixes") or ()),
        tuple(raw.get("family_particles") or ()), tuple(raw.get("given_prefixes") or ()), tuple(forms), date_pattern,
        first_day, tuple(raw.get("middle_names") or ()), tuple(raw.get("given_endings") or ()),
    )


def load_selfcheck(path: Path, template_ids: set[str]) -> SelfCheck:
    src = _Source(path)
    answers = []
    raw_answers = src.entries(src.need(src.data, "answers", list, "self-check"))
    for item in raw_answers:
        aid = src.need(item, "id", str, "answer")
        answers.append(Answer(aid, src.need(item, "points", int, f"answer '{aid}'")))
    if [a.points for a in answers] != sorted({a.points for a in answers}) or answers[0].points != 0:
        src.fail("answers must start at 0 points and rise strictly", _line(src.data, "answers"))
    scales: dict[str, tuple[str, ...]] = {}
    for item in src.entries(src.need(src.data, "scales", list, "self-check")):
        scale_id = src.need(item, "id", str, "scale")
        texts = src.need(item, "answers_text", list, f"scale '{scale_id}'")
        if len(texts) != len(answers) or not all(isinstance(t, str) and t for t in texts):
            src.fail(f"scale '{scale_id}' needs {len(answers)} answers, one per entry of 'answers'",
                     _line(item, "answers_text"))
        scales[scale_id] = tuple(texts)

    raw_signs = src.entries(src.need(src.data, "signs", list, "self-check"))
    _unique(src, raw_signs, "sign")
    signs = []
    for item in raw_signs:
        sid = src.need(item, "id", str, "sign")
        owner = f"sign '{sid}'"
        weight = src.need(item, "weight", int, owner)
        if weight <= 0:
            src.fail(f"{owner}: weight must be a positive whole number", _line(item, "weight"))
        templates = tuple(item.get("templates") or ())
        scale = src.need(item, "scale", str, owner)
        if scale not in scales:
            src.fail(f"{owner}: unknown scale '{scale}' (known: {', '.join(scales)})", _line(item, "scale"))
        for tid in templates:
            if tid not in template_ids:
                src.fail(f"{owner}: unknown message template '{tid}'", _line(item, "templates"))
        signs.append(Sign(
            sid, weight, bool(item.get("deal_breaker", False)),
            src.need(item, "label_text", str, owner),
            src.need(item, "question_text", str, owner),
            tuple(item.get("related") or ()), templates, scales[scale],
            line=_line(item, "id") or 0, related_line=_line(item, "related") or 0,
        ))

    bands = src.need(src.data, "bands", dict, "self-check")
    repair_from = src.need(bands, "repair_from", int, "bands")
    end_from = src.need(bands, "end_from", int, "bands")
    check = SelfCheck(path, tuple(answers), tuple(signs), repair_from, end_from, {}, {})
    if not 0 < repair_from < end_from <= check.max_points:
        src.fail(
            f"bands out of order: need 0 < repair_from ({repair_from}) < end_from ({end_from}) "
            f"<= the highest possible score ({check.max_points})", _line(bands, "repair_from"),
        )

    verdicts: dict[str, Verdict] = {}
    for item in src.entries(src.need(src.data, "verdicts", list, "self-check")):
        vid = src.need(item, "id", str, "verdict")
        owner = f"verdict '{vid}'"
        verdicts[vid] = Verdict(
            vid, src.need(item, "title_text", str, owner),
            src.need(item, "advice_text", str, owner), tuple(item.get("links") or ()),
            item.get("templates_heading_text"),
            line=_line(item, "id") or 0, links_line=_line(item, "links") or 0,
        )
        if verdicts[vid].templates_heading_text is not None and not isinstance(
                verdicts[vid].templates_heading_text, str):
            src.fail(f"{owner}: templates_heading_text must be text", _line(item, "templates_heading_text"))
    if tuple(verdicts) != VERDICT_IDS:
        src.fail(f"verdicts must be exactly {', '.join(VERDICT_IDS)} in that order", _line(src.data, "verdicts"))
    ui = src.need(src.data, "ui", dict, "self-check")
    return SelfCheck(path, tuple(answers), tuple(signs), repair_from, end_from, verdicts, ui)


def check_section_links(check: SelfCheck, section_ids: set[str]) -> None:
    """Every id the self-check links to must be a section of the guide."""
    for sign in check.signs:
        if sign.id not in section_ids:
            raise ContentError(check.path, f"sign '{sign.id}' has no section '#{sign.id}' in the guide", sign.line)
        for target in sign.related:
            if target not in section_ids:
                raise ContentError(check.path, f"sign '{sign.id}' links to missing section '#{target}'",
                                   sign.related_line)
    for verdict in check.verdicts.values():
        for target in verdict.links:
            if target not in section_ids:
                raise ContentError(check.path, f"verdict '{verdict.id}' links to missing section '#{target}'",
                                   verdict.links_line)


def text_owners(check: SelfCheck, messages: Messages) -> dict[str, str]:
    """Which widget part each msgid belongs to, for precise catalog errors."""
    owners: dict[str, str] = {}
    for template in messages.templates.values():
        if template.note_text:
            owners[template.note_text] = f"template '{template.id}' (note)"
        for voice, wording in template.voices.items():
            for part, text in wording.texts().items():
                owners[text] = f"template '{template.id}' ({voice}, {part})"
    for sign in check.signs:
        owners[sign.question_text] = f"self-check question '{sign.id}'"
        owners[sign.label_text] = f"self-check label '{sign.id}'"
    for key, value in check.ui.items():
        if isinstance(value, str):
            owners[value] = f"self-check '{key}'"
        elif isinstance(value, dict) and isinstance(value.get("plural"), list):
            owners[value["plural"][1]] = f"self-check '{key}'"
    return owners


def definition_paths(content: Path) -> list[Path]:
    """The files load_both reads (for caches that reload them when one is edited)."""
    return [content / "letters.yml", content / "selfcheck.yml", *sorted((content / "address").glob("*.yml"))]


def load_both(content: Path) -> tuple[SelfCheck, Messages]:
    """Both definitions, checked against each other."""
    messages = load_messages(content / "letters.yml", content / "address")
    check = load_selfcheck(content / "selfcheck.yml", set(messages.templates))
    return check, messages


def load_site_text(content: Path) -> dict[str, str]:
    """The site's own msgids (content/site.yml) as ``section.key`` -> English text."""
    src = _Source(content / "site.yml")
    texts: dict[str, str] = {}
    for section, entries in src.data.items():
        if not isinstance(entries, dict):
            src.fail(f"'{section}' must be a mapping of *_text keys", _line(src.data, section))
        for key, value in entries.items():
            if not isinstance(value, str):
                src.fail(f"'{section}.{key}' must be a string", _line(entries, key))
            texts[f"{section}.{key}"] = value
    return texts
