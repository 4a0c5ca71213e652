"""The widgets' language-neutral definitions (hooks/data/*.yml), loaded and checked.

Structure (ids, weights, links) is defined once here; only words differ per language,
and those are msgids looked up in the catalogs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from hooks.errors import ContentError
from hooks.placeholders import names as placeholder_names

DATA_DIR = Path(__file__).resolve().parent / "data"
VERDICT_IDS = ("keep", "repair", "end")


@dataclass(frozen=True)
class Answer:
    id: str
    points: int
    text: str


@dataclass(frozen=True)
class Sign:
    id: str
    weight: int
    deal_breaker: bool
    label_text: str
    question_text: str
    related: tuple[str, ...]
    templates: tuple[str, ...]


@dataclass(frozen=True)
class Verdict:
    id: str
    title_text: str
    advice_text: str
    links: tuple[str, ...]


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
class Placeholder:
    id: str
    kind: str  # "text" or "date"
    label_text: str
    example_text: str | None


@dataclass(frozen=True)
class MessageTemplate:
    id: str
    placeholders: tuple[str, ...]
    title_text: str
    subject_text: str
    body_text: str
    points_text: str


@dataclass(frozen=True)
class Messages:
    path: Path
    placeholders: dict[str, Placeholder]
    templates: dict[str, MessageTemplate]
    ui: dict[str, str]


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


def load_messages(path: Path, shown_as: str) -> Messages:
    src = _Source(path, shown_as)
    placeholders: dict[str, Placeholder] = {}
    raw_placeholders = src.need(src.data, "placeholders", list, "messages", "placeholders")
    _unique(src, [str(p.get("id")) for p in raw_placeholders if isinstance(p, dict)], "placeholder")
    for item in raw_placeholders:
        pid = src.need(item, "id", str, "placeholder", "placeholders")
        kind = item.get("kind", "text")
        if kind not in ("text", "date"):
            src.fail(f"placeholder '{pid}': kind must be 'text' or 'date', not {kind!r}", near=f"id: {pid}")
        placeholders[pid] = Placeholder(
            pid, kind, src.need(item, "label_text", str, f"placeholder '{pid}'", f"id: {pid}"),
            item.get("example_text"),
        )
    templates: dict[str, MessageTemplate] = {}
    raw_templates = src.need(src.data, "templates", list, "messages", "templates")
    _unique(src, [str(t.get("id")) for t in raw_templates if isinstance(t, dict)], "template")
    for item in raw_templates:
        tid = src.need(item, "id", str, "template", "templates")
        owner, near = f"template '{tid}'", f"id: {tid}"
        names = tuple(src.need(item, "placeholders", list, owner, near))
        for name in names:
            if name not in placeholders:
                src.fail(f"{owner}: unknown placeholder '{name}'", near=near)
        template = MessageTemplate(
            tid, names,
            *(src.need(item, key, str, owner, near)
              for key in ("title_text", "subject_text", "body_text", "points_text")),
        )
        used = placeholder_names(template.subject_text + template.body_text + template.points_text)
        for name in sorted(used - set(names)):
            src.fail(f"{owner}: text uses {{{name}}}, which is not in its placeholders", near=near)
        templates[tid] = template
    ui = src.need(src.data, "ui", dict, "messages", "ui")
    return Messages(path, placeholders, templates, ui)


def load_selfcheck(path: Path, shown_as: str, template_ids: set[str]) -> SelfCheck:
    src = _Source(path, shown_as)
    answers = []
    for item in src.need(src.data, "answers", list, "self-check", "answers"):
        aid = src.need(item, "id", str, "answer", "answers")
        points = src.need(item, "points", int, f"answer '{aid}'", f"id: {aid}")
        answers.append(Answer(aid, points, src.need(item, "text", str, f"answer '{aid}'", f"id: {aid}")))
    if [a.points for a in answers] != sorted({a.points for a in answers}) or answers[0].points != 0:
        src.fail("answers must start at 0 points and rise strictly", near="answers")

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
        for tid in templates:
            if tid not in template_ids:
                src.fail(f"{owner}: unknown message template '{tid}'", near=near)
        signs.append(Sign(
            sid, weight, bool(item.get("deal_breaker", False)),
            src.need(item, "label_text", str, owner, near),
            src.need(item, "question_text", str, owner, near),
            tuple(item.get("related") or ()), templates,
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
        )
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
        for part in ("title", "subject", "body", "points"):
            owners[getattr(template, f"{part}_text")] = f"template '{template.id}' ({part})"
    for sign in check.signs:
        owners[sign.question_text] = f"self-check question '{sign.id}'"
        owners[sign.label_text] = f"self-check label '{sign.id}'"
    for key, value in check.ui.items():
        if isinstance(value, str):
            owners[value] = f"self-check '{key}'"
        elif isinstance(value, dict) and isinstance(value.get("plural"), list):
            owners[value["plural"][1]] = f"self-check '{key}'"
    return owners


def load_both(shown_dir: str = "hooks/data") -> tuple[SelfCheck, Messages]:
    """Both definitions, checked against each other; paths in errors start with shown_dir."""
    messages = load_messages(DATA_DIR / "messages.yml", f"{shown_dir}/messages.yml")
    check = load_selfcheck(DATA_DIR / "selfcheck.yml", f"{shown_dir}/selfcheck.yml", set(messages.templates))
    return check, messages
