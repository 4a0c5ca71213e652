"""The widgets' language-neutral definitions (content/*.yml), loaded and checked.

Structure (ids, weights, links) is defined once here; only words differ per language,
and those are msgids looked up in the catalogs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from parting_ways.errors import ContentError
from parting_ways.i18n.placeholders import EMPTY, SELECTORS, Select, TextFormatError, parse, selects
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


@dataclass(frozen=True)
class Verdict:
    id: str
    title_text: str
    advice_text: str
    links: tuple[str, ...]
    # How this verdict heads the suggested messages; None: the ui's templates_heading_text.
    templates_heading_text: str | None = None


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


@dataclass(frozen=True)
class Field:
    """Something the reader types into the message form, or picks from a list."""

    id: str
    kind: str  # one of FIELD_KINDS; "name" is the recipient's, shaped by the form of address
    label_text: str
    example_text: str | None
    options: tuple[Choice, ...] = ()  # for "choice": the first is picked until the reader changes it


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
            for segment in parse(text):
                if isinstance(segment, PlaceholderSegment):
                    seen.setdefault(segment.name, None)
                elif isinstance(segment, Select):
                    if segment.on_detail:
                        seen.setdefault(segment.selector, None)
                    for piece in (p for branch in segment.branches.values() for p in branch):
                        if isinstance(piece, PlaceholderSegment):
                            seen.setdefault(piece.name, None)
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
    date_pattern: str | None  # a letter's date from numeric parts, where the locale's long date is not it


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


class _Source:
    """A YAML file, its text for line numbers, and error reporting relative to the project."""

    def __init__(self, path: Path, shown_as: str) -> None:
        self.path = path
        self.shown_as = shown_as
        self.text = path.read_text(encoding="utf-8")
        try:
            self.data = yaml.safe_load(self.text) or {}
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            problem = getattr(error, "problem", None) or str(error).splitlines()[0]
            raise ContentError(shown_as, f"invalid YAML: {problem}", mark.line + 1 if mark else None) from None
        if not isinstance(self.data, dict):
            self.fail("expected a mapping at the top level", 1)

    def line_of(self, needle: str) -> int | None:
        for number, line in enumerate(self.text.splitlines(), 1):
            if needle in line:
                return number
        return None

    def fail(self, message: str, line: int | None = None, near: str | None = None) -> None:
        raise ContentError(self.shown_as, message, line or (self.line_of(near) if near else None))

    def need(self, item: dict, key: str, kind: type | tuple[type, ...], owner: str, near: str) -> Any:
        if not isinstance(item, dict) or key not in item or item[key] is None:
            self.fail(f"{owner}: missing '{key}'", near=near)
        value = item[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            self.fail(f"{owner}: '{key}' has the wrong type ({type(value).__name__})", near=near)
        return value


def _unique(source: _Source, ids: list[str], what: str) -> None:
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            lines = [n for n, line in enumerate(source.text.splitlines(), 1) if f"id: {item_id}" in line]
            source.fail(f"duplicate {what} id '{item_id}'", lines[-1] if lines else None)
        seen.add(item_id)


_WORDING_KEYS = ("subject_text", "body_text", "chat_text", "points_text")
_ADDRESS_PARTS = {"given", "family", "full", "company"}


def _choices(src: _Source, key: str, within: dict | None = None, owner: str = "messages") -> tuple[Choice, ...]:
    raw = src.need(src.data if within is None else within, key, list, owner, key)
    _unique(src, [str(c.get("id")) for c in raw if isinstance(c, dict)], key.rstrip("s"))
    return tuple(
        Choice(src.need(c, "id", str, key, key), src.need(c, "label_text", str, f"{key} '{c.get('id')}'", key))
        for c in raw
    )


def load_messages(path: Path, shown_as: str, address_path: Path | None = None,
                  address_shown_as: str = "") -> Messages:
    src = _Source(path, shown_as)
    fields: dict[str, Field] = {}
    raw_fields = src.need(src.data, "placeholders", list, "messages", "placeholders")
    _unique(src, [str(p.get("id")) for p in raw_fields if isinstance(p, dict)], "placeholder")
    for item in raw_fields:
        pid = src.need(item, "id", str, "placeholder", "placeholders")
        kind = item.get("kind", "text")
        if kind not in FIELD_KINDS:
            src.fail(f"placeholder '{pid}': kind must be one of {', '.join(FIELD_KINDS)}, not {kind!r}",
                     near=f"id: {pid}")
        options = _choices(src, "options", item, f"placeholder '{pid}'") if kind == "choice" else ()
        fields[pid] = Field(
            pid, kind, src.need(item, "label_text", str, f"placeholder '{pid}'", f"id: {pid}"),
            item.get("example_text"), options,
        )
    derived = {c.id: c.label_text for c in _choices(src, "derived")}
    voices = _choices(src, "voices")
    writers = _choices(src, "writers")
    if [w.id for w in writers] != list(SELECTORS["writer"]):
        src.fail(f"writers must be exactly {', '.join(SELECTORS['writer'])}", near="writers")
    templates: dict[str, MessageTemplate] = {}
    raw_templates = src.need(src.data, "templates", list, "messages", "templates")
    _unique(src, [str(t.get("id")) for t in raw_templates if isinstance(t, dict)], "template")
    for item in raw_templates:
        tid = src.need(item, "id", str, "template", "templates")
        owner, near = f"template '{tid}'", f"id: {tid}"
        wordings = {}
        for voice in voices:
            block = src.need(item, voice.id, dict, owner, near)
            wording = Wording(*(src.need(block, key, str, f"{owner} ({voice.id})", near) for key in _WORDING_KEYS))
            for part, text in wording.texts().items():
                try:
                    used = placeholder_names(text)
                except TextFormatError as error:
                    src.fail(f"{owner} ({voice.id}, {part}): {error}", near=near)
                for name in sorted(used - set(fields) - set(derived)):
                    src.fail(f"{owner} ({voice.id}, {part}): unknown placeholder {{{name}}}", near=near)
                for problem in _select_problems(text, fields):
                    src.fail(f"{owner} ({voice.id}, {part}): {problem}", near=near)
            wordings[voice.id] = wording
        for part in ("subject", "body", "chat", "points"):
            texts = [w.texts()[part] for w in wordings.values()]
            if len(set(texts)) < len(texts):
                src.fail(f"{owner}: every voice needs its own {part} (translations follow the voice)", near=near)
        note = item.get("note_text")
        templates[tid] = MessageTemplate(tid, note if isinstance(note, str) else None, wordings)
    ui = src.need(src.data, "ui", dict, "messages", "ui")
    address = load_address(address_path, address_shown_as) if address_path else {}
    return Messages(path, fields, derived, voices, writers, templates, ui, address)


def _select_problems(text: str, fields: dict[str, Field]) -> list[str]:
    """Selects on details that the form cannot decide: an unknown detail, or a case it never takes."""
    problems = []
    for select in (s for s in selects(text) if s.on_detail):
        field = fields.get(select.selector)
        if field is None:
            problems.append(f"unknown select {select.selector!r}")
            continue
        cases = {o.id for o in field.options} if field.kind == "choice" else {EMPTY}
        allowed = ", ".join((*sorted(cases), "other"))
        for case in sorted(set(select.branches) - cases - {"other"}):
            problems.append(f"select {select.selector!r} has no case {case!r} (cases: {allowed})")
    return problems


def load_address(folder: Path, shown_as: str) -> dict[str, AddressRules]:
    """One file per language (``<code>.yml``): how that market addresses a recipient."""
    return {
        path.stem: _address_rules(_Source(path, f"{shown_as}/{path.name}"), path.stem)
        for path in sorted(folder.glob("*.yml"))
    }


def _address_rules(src: _Source, code: str) -> AddressRules:
    raw = src.data
    owner = f"language '{code}'"
    order = src.need(raw, "name_order", str, owner, "name_order")
    if order not in ("given-family", "family-given"):
        src.fail(f"{owner}: name_order must be given-family or family-given", near="name_order")
    forms = []
    raw_forms = src.need(raw, "forms", list, owner, "name_order")
    for item in raw_forms:
        fid = src.need(item, "id", str, f"{owner} form", "name_order")
        form_owner = f"{owner} form '{fid}'"
        recipient = src.need(item, "recipient", str, form_owner, f"id: {fid}")
        if recipient not in ("m", "f", "other", "company"):
            src.fail(f"{form_owner}: recipient must be m, f, other or company", near=f"id: {fid}")
        register = item.get("register", "formal")
        if register not in SELECTORS["register"]:
            src.fail(f"{form_owner}: register must be {' or '.join(SELECTORS['register'])}", near=f"id: {fid}")
        patterns = {key: item.get(key) for key in ("salutation", "salutation_with_company", "addressee")}
        for key, pattern in patterns.items():
            if pattern is None and key == "salutation_with_company":
                continue
            if not isinstance(pattern, str):
                src.fail(f"{form_owner}: missing '{key}'", near=f"id: {fid}")
            unknown = placeholder_names(pattern) - _ADDRESS_PARTS
            if unknown:
                src.fail(f"{form_owner}: {key} uses {{{sorted(unknown)[0]}}} (known: "
                         f"{', '.join(sorted(_ADDRESS_PARTS))})", near=f"id: {fid}")
        forms.append(AddressForm(fid, src.need(item, "label", str, form_owner, f"id: {fid}"), recipient,
                                 register, patterns["salutation"], patterns["salutation_with_company"],
                                 patterns["addressee"], tuple(item.get("typed_titles") or ())))
    if not any(f.recipient == "company" for f in forms):
        src.fail(f"{owner}: needs a form with recipient: company (a company with no named person)",
                 near="name_order")
    date_pattern = raw.get("date_pattern")
    if date_pattern is not None and (
        not isinstance(date_pattern, str) or not placeholder_names(date_pattern) <= {"day", "month", "year"}
    ):
        src.fail(f"{owner}: date_pattern may use only {{day}}, {{month}} and {{year}}", near="date_pattern")
    return AddressRules(
        order, tuple(raw.get("family_names") or ()), tuple(raw.get("honorifics") or ()),
        raw.get("honorifics_attached"), tuple(raw.get("honorific_suffixes") or ()),
        tuple(raw.get("family_particles") or ()), tuple(raw.get("given_prefixes") or ()), tuple(forms), date_pattern,
    )


def load_selfcheck(path: Path, shown_as: str, template_ids: set[str]) -> SelfCheck:
    src = _Source(path, shown_as)
    answers = []
    for item in src.need(src.data, "answers", list, "self-check", "answers"):
        aid = src.need(item, "id", str, "answer", "answers")
        points = src.need(item, "points", int, f"answer '{aid}'", f"id: {aid}")
        answers.append(Answer(aid, points))
    if [a.points for a in answers] != sorted({a.points for a in answers}) or answers[0].points != 0:
        src.fail("answers must start at 0 points and rise strictly", near="answers")
    scales: dict[str, tuple[str, ...]] = {}
    for item in src.need(src.data, "scales", list, "self-check", "scales"):
        scale_id = src.need(item, "id", str, "scale", "scales")
        texts = src.need(item, "answers_text", list, f"scale '{scale_id}'", f"id: {scale_id}")
        if len(texts) != len(answers) or not all(isinstance(t, str) and t for t in texts):
            src.fail(f"scale '{scale_id}' needs {len(answers)} answers, one per entry of 'answers'",
                     near=f"id: {scale_id}")
        scales[scale_id] = tuple(texts)

    raw_signs = src.need(src.data, "signs", list, "self-check", "signs")
    _unique(src, [str(s.get("id")) for s in raw_signs if isinstance(s, dict)], "sign")
    signs = []
    for item in raw_signs:
        sid = src.need(item, "id", str, "sign", "signs")
        owner, near = f"sign '{sid}'", f"id: {sid}"
        weight = src.need(item, "weight", int, owner, near)
        if weight <= 0:
            src.fail(f"{owner}: weight must be a positive whole number", near=near)
        templates = tuple(item.get("templates") or ())
        scale = src.need(item, "scale", str, owner, near)
        if scale not in scales:
            src.fail(f"{owner}: unknown scale '{scale}' (known: {', '.join(scales)})", near=near)
        for tid in templates:
            if tid not in template_ids:
                src.fail(f"{owner}: unknown message template '{tid}'", near=near)
        signs.append(Sign(
            sid, weight, bool(item.get("deal_breaker", False)),
            src.need(item, "label_text", str, owner, near),
            src.need(item, "question_text", str, owner, near),
            tuple(item.get("related") or ()), templates, scales[scale],
        ))

    bands = src.need(src.data, "bands", dict, "self-check", "bands")
    repair_from = src.need(bands, "repair_from", int, "bands", "bands")
    end_from = src.need(bands, "end_from", int, "bands", "bands")
    check = SelfCheck(path, tuple(answers), tuple(signs), repair_from, end_from, {}, {})
    if not 0 < repair_from < end_from <= check.max_points:
        src.fail(
            f"bands out of order: need 0 < repair_from ({repair_from}) < end_from ({end_from}) "
            f"<= the highest possible score ({check.max_points})", near="repair_from",
        )

    verdicts: dict[str, Verdict] = {}
    for item in src.need(src.data, "verdicts", list, "self-check", "verdicts"):
        vid = src.need(item, "id", str, "verdict", "verdicts")
        owner, near = f"verdict '{vid}'", f"id: {vid}"
        verdicts[vid] = Verdict(
            vid, src.need(item, "title_text", str, owner, near),
            src.need(item, "advice_text", str, owner, near), tuple(item.get("links") or ()),
            item.get("templates_heading_text"),
        )
        if verdicts[vid].templates_heading_text is not None and not isinstance(
                verdicts[vid].templates_heading_text, str):
            src.fail(f"{owner}: templates_heading_text must be text", near=near)
    if tuple(verdicts) != VERDICT_IDS:
        src.fail(f"verdicts must be exactly {', '.join(VERDICT_IDS)} in that order", near="verdicts")
    ui = src.need(src.data, "ui", dict, "self-check", "ui")
    return SelfCheck(path, tuple(answers), tuple(signs), repair_from, end_from, verdicts, ui)


def check_section_links(check: SelfCheck, section_ids: set[str], shown_as: str) -> None:
    """Every id the self-check links to must be a section of the guide."""
    src_lines = check.path.read_text(encoding="utf-8").splitlines()

    def line_of(needle: str) -> int | None:
        return next((n for n, line in enumerate(src_lines, 1) if needle in line), None)

    for sign in check.signs:
        if sign.id not in section_ids:
            raise ContentError(shown_as, f"sign '{sign.id}' has no section '#{sign.id}' in the guide",
                               line_of(f"id: {sign.id}"))
        for target in sign.related:
            if target not in section_ids:
                raise ContentError(shown_as, f"sign '{sign.id}' links to missing section '#{target}'",
                                   line_of(f"id: {sign.id}"))
    for verdict in check.verdicts.values():
        for target in verdict.links:
            if target not in section_ids:
                raise ContentError(shown_as, f"verdict '{verdict.id}' links to missing section '#{target}'",
                                   line_of(f"id: {verdict.id}"))


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


def load_both(content: Path, shown_dir: str = "content") -> tuple[SelfCheck, Messages]:
    """Both definitions, checked against each other; paths in errors start with shown_dir."""
    messages = load_messages(content / "letters.yml", f"{shown_dir}/letters.yml",
                             content / "address", f"{shown_dir}/address")
    check = load_selfcheck(content / "selfcheck.yml", f"{shown_dir}/selfcheck.yml", set(messages.templates))
    return check, messages


def load_site_text(content: Path, shown_dir: str = "content") -> dict[str, str]:
    """The site's own msgids (content/site.yml) as ``section.key`` -> English text."""
    src = _Source(content / "site.yml", f"{shown_dir}/site.yml")
    texts: dict[str, str] = {}
    for section, entries in src.data.items():
        if not isinstance(entries, dict):
            src.fail(f"'{section}' must be a mapping of *_text keys", near=f"{section}:")
        for key, value in entries.items():
            if not isinstance(value, str):
                src.fail(f"'{section}.{key}' must be a string", near=f"{key}:")
            texts[f"{section}.{key}"] = value
    return texts
