"""The farewell-message widget: one template, in one language, ready to fill in."""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from hooks.catalogs import Catalog
from hooks.definitions import Messages
from hooks.placeholders import PLACEHOLDER, fill
from hooks.templating import TEMPLATES, json_island

# How an unfilled field shows in the text; Chinese uses its own lenticular brackets.
_BRACKETS = {"zh": ("【", "】")}
_COLON = {"zh": "："}


def _marked_up(text: str, labels: dict[str, str]) -> str:
    """Escaped text with each placeholder as an isolated, labelled span."""
    out, last = [], 0
    for match in PLACEHOLDER.finditer(text):
        out.append(escape(text[last:match.start()]))
        name = match[1]
        out.append(f'<bdi class="pw-ph" data-ph="{escape(name)}">{escape(labels[name])}</bdi>')
        last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)


def _paragraphs(text: str, labels: dict[str, str]) -> str:
    return "".join(
        "<p>" + _marked_up(block, labels).replace("\n", "<br>") + "</p>"
        for block in text.split("\n\n")
    )


def render_message(
    template_id: str, messages: Messages, catalog: Catalog, code: str, date_locale: str, rtl: bool
) -> str:
    template = messages.templates[template_id]
    ui = {key.removesuffix("_text"): catalog.text(value) for key, value in messages.ui.items()}
    left, right = _BRACKETS.get(code, ("[", "]"))
    fields = []
    labels = {}
    for name in template.placeholders:
        placeholder = messages.placeholders[name]
        label = catalog.text(placeholder.label_text)
        labels[name] = f"{left}{label}{right}"
        example = catalog.text(placeholder.example_text) if placeholder.example_text else None
        fields.append({"id": name, "kind": placeholder.kind, "label": label, "example": example})
    subject = catalog.text(template.subject_text)
    body = catalog.text(template.body_text)
    points = [line for line in catalog.text(template.points_text).split("\n") if line.strip()]
    subject_prefix = ui["subject_label"] + _COLON.get(code, ": ")
    plain = fill(f"{subject}\n\n{body}", labels)
    first_line, rest = plain.split("\n\n", 1)
    mailto = "mailto:?subject=" + quote(first_line) + "&body=" + quote(rest.replace("\n", "\r\n"))
    data = {
        "subject": subject, "body": body, "points": points, "labels": labels,
        "subjectPrefix": subject_prefix, "copied": ui["copied"], "copyFailed": ui["copy_failed"],
    }
    return TEMPLATES.get_template("message.html").render(
        id=template_id, ui=ui, fields=fields, rtl=rtl, date_locale=date_locale,
        subject_prefix=subject_prefix, subject=_marked_up(subject, labels),
        body=_paragraphs(body, labels), points=[_marked_up(p, labels) for p in points],
        mailto=mailto, data_json=json_island(data),
    )
