"""The farewell-message widget: one situation, in one language, ready to fill in.

The page arrives showing the first choices (writing as "I", the market's most common form
of address, every detail as its bracketed label), so it reads correctly without
JavaScript; ``messages.js`` then redraws it from the same segments as the reader types.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from parting_ways.i18n.catalogs import Catalog
from parting_ways.i18n.placeholders import (
    Placeholder,
    Segment,
    Select,
    names_in,
    parse,
    resolve,
    selectors,
    to_json,
)
from parting_ways.widgets.definitions import AddressForm, AddressRules, Field, Messages, MessageTemplate
from parting_ways.widgets.render import HTML, json_island

_NAME_PARTS = ("given", "family", "full")


def _html(pieces: list[str | Placeholder], values: dict[str, str]) -> str:
    """Escaped text with each placeholder as an isolated, labelled span."""
    out = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(escape(piece).replace("\n", "<br>"))
        else:
            shown = escape(values.get(piece.name, "{" + piece.name + "}")).replace("\n", "<br>")
            out.append(f'<bdi class="pw-ph" data-ph="{escape(piece.name)}">{shown}</bdi>')
    return "".join(out)


def _plain(pieces: list[str | Placeholder], values: dict[str, str]) -> str:
    return "".join(p if isinstance(p, str) else values.get(p.name, "{" + p.name + "}") for p in pieces)


def _split(pieces: list[str | Placeholder], separator: str) -> list[list[str | Placeholder]]:
    """The pieces cut where the literal text holds the separator; empty blocks dropped."""
    blocks: list[list[str | Placeholder]] = [[]]
    for piece in pieces:
        if isinstance(piece, str):
            for i, part in enumerate(piece.split(separator)):
                if i:
                    blocks.append([])
                if part:
                    blocks[-1].append(part)
        else:
            blocks[-1].append(piece)
    return [block for block in blocks if any(not isinstance(p, str) or p.strip() for p in block)]


def _paragraphs(pieces: list[str | Placeholder], values: dict[str, str]) -> str:
    return "".join(f"<p>{_html(block, values)}</p>" for block in _split(pieces, "\n\n"))


def _address_json(rules: AddressRules) -> dict:
    return {
        "order": rules.name_order,
        "familyNames": list(rules.family_names),
        "honorifics": sorted(rules.honorifics, key=len, reverse=True),
        "attached": rules.honorifics_attached,
        "suffixes": sorted(rules.honorific_suffixes, key=len, reverse=True),
        "datePattern": rules.date_pattern,
        "firstDay": rules.first_day,
        "particles": [p.lower() for p in rules.family_particles],
        "givenPrefixes": list(rules.given_prefixes),
        "middleNames": [m.lower() for m in rules.middle_names],
        "givenEndings": [e.lower() for e in rules.given_endings],
        "forms": {
            form.id: {
                "recipient": form.recipient, "register": form.register,
                "salutation": to_json(parse(form.salutation)),
                "withCompany": to_json(parse(form.salutation_with_company)) if form.salutation_with_company else None,
                "addressee": to_json(parse(form.addressee)),
                "typedTitles": [t.lower() for t in form.typed_titles],
            }
            for form in rules.forms
        },
    }


def _choices(form: AddressForm, writer: str, fields: dict[str, Field]) -> dict[str, str]:
    """The choices of a page nothing has been typed in yet: every detail empty, every list
    at its first option."""
    picked = {f.id: f.options[0].id for f in fields.values() if f.options}
    return {**picked, "writer": writer, "recipient": form.recipient, "register": form.register, "address": form.id}


def _asked_when(name: str, texts: list[list[Segment]], messages: Messages) -> str | None:
    """``"<choice> <option> …"`` when the detail is filled in only under those options of a
    list (the contract's clause, when the contract ends by notice), so the form asks for it
    only then; None when some text always uses it."""
    found: dict[str, set[str]] = {}
    for segments in texts:
        for segment in segments:
            if isinstance(segment, Placeholder):
                if segment.name == name:
                    return None
                continue
            if not isinstance(segment, Select):
                continue
            keys = {key for key, branch in segment.branches.items() if name in names_in(branch)}
            if not keys:
                continue
            field = messages.fields.get(segment.selector)
            if field is None or not field.options:
                return None
            options = {o.id for o in field.options}
            explicit = set(segment.branches) - {"other"}
            found.setdefault(segment.selector, set()).update(
                (keys - {"other"}) | (options - explicit if "other" in keys else set()))
    if len(found) != 1:
        return None
    (selector, options), = found.items()
    chosen = [o.id for o in messages.fields[selector].options if o.id in options]
    if len(chosen) == len(messages.fields[selector].options):
        return None
    return " ".join([selector, *chosen])


def uses_writer(messages: Messages, catalog: Catalog) -> bool:
    """Whether this language's messages change with the writer's gender (Thai ผม/ดิฉัน)."""
    return any(
        "writer" in selectors(catalog.text(text))
        for template in messages.templates.values()
        for wording in template.voices.values()
        for text in wording.texts().values()
    )


def render_letter(
    template_id: str, messages: Messages, catalog: Catalog, code: str, date_locale: str, rtl: bool, *,
    writer_used: bool, first_on_page: bool = True,
) -> str:
    """One message's form and texts. The market's forms of address are the same for every
    message, so only the first message on a page carries them (messages.js shares them);
    ``writer_used`` (uses_writer) is the language's too, worked out once by the caller."""
    template: MessageTemplate = messages.templates[template_id]
    rules = messages.address[code]
    ui = {key.removesuffix("_text"): catalog.text(value) for key, value in messages.ui.items()}

    def unfilled(label: str) -> str:
        return ui["unfilled"].replace("{label}", label)

    # The recipient's name and company shape the greeting, so every form asks for them.
    by_voice = {
        voice: ["client_name", "client_company", *template.details(voice)] for voice in template.voices
    }
    shown_fields: list[str] = []
    for names in by_voice.values():
        shown_fields += [n for n in dict.fromkeys(names) if n in messages.fields and n not in shown_fields]
    texts = {
        voice: {part: parse(catalog.text(text)) for part, text in wording.texts().items()}
        for voice, wording in template.voices.items()
    }
    fields, labels = [], {}
    for name in shown_fields:
        field = messages.fields[name]
        label = catalog.text(field.label_text)
        labels[name] = unfilled(label)
        fields.append({
            "id": name, "kind": field.kind, "label": label,
            "example": catalog.text(field.example_text) if field.example_text else None,
            "hint": catalog.text(field.hint_text) if field.hint_text else None,
            "options": [{"id": o.id, "label": catalog.text(o.label_text)} for o in field.options],
            "voices": " ".join(v for v, names in by_voice.items() if name in names),
            "when": _asked_when(name, [seg for parts in texts.values() for seg in parts.values()], messages),
            # The last day of work is checked against the payment deadline where both are asked for.
            "dates_warning": name == "end_date" and "pay_by" in shown_fields,
        })

    # The page as it arrives: first voice, first writer, first form of address, nothing typed.
    voice, writer, form = messages.voices[0].id, messages.writers[0].id, rules.forms[0]
    name_label, company_label = labels["client_name"], labels["client_company"]
    parts = {**dict.fromkeys(_NAME_PARTS, name_label), "company": company_label}
    values = dict(labels)
    for derived, pattern in (("salutation", form.salutation), ("addressee", form.addressee)):
        values[derived] = _plain(resolve(parse(pattern), {}), parts)
    choices = _choices(form, writer, messages.fields)
    shown = {part: resolve(segments, choices) for part, segments in texts[voice].items()}
    subject_prefix = ui["subject_label"] + ui["subject_separator"]
    subject_plain = _plain(shown["subject"], values)
    body_plain = _plain(shown["body"], values)
    mailto = "mailto:?subject=" + quote(subject_plain) + "&body=" + quote(body_plain.replace("\n", "\r\n"))

    data = {
        "voices": {
            v: {
                "subject": to_json(t["subject"]), "body": to_json(t["body"]), "chat": to_json(t["chat"]),
                "points": to_json(t["points"]),
            }
            for v, t in texts.items()
        },
        "labels": labels,
        # Whose name each name-like value is: a person's, a company's, or a greeting built from
        # the recipient's name (the derived placeholders), which the page treats as a name too.
        "nameOf": {**{n: messages.fields[n].name_of for n in shown_fields if messages.fields[n].name_of},
                   **dict.fromkeys(messages.derived, "greeting")},
        "picks": {f["id"]: [o["id"] for o in f["options"]] for f in fields if f["options"]},
        "copied": ui["copied"], "subjectCopied": ui["subject_copied"], "chatCopied": ui["chat_copied"],
        "copyFailed": ui["copy_failed"], "stillToFill": ui["still_to_fill"], "listSeparator": ui["list_separator"],
    }
    return HTML.get_template("letter.html").render(
        id=template_id, ui=ui, fields=fields, rtl=rtl, date_locale=date_locale,
        voices=[{"id": v.id, "label": catalog.text(v.label_text)} for v in messages.voices],
        writers=[{"id": w.id, "label": catalog.text(w.label_text)} for w in messages.writers] if writer_used else [],
        forms=[{"id": f.id, "label": f.label} for f in rules.forms],
        subject_prefix=subject_prefix, subject=_html(shown["subject"], values),
        body=_paragraphs(shown["body"], values), chat=_paragraphs(shown["chat"], values),
        points=[_html(p, values) for p in _split(shown["points"], "\n")],
        note=catalog.text(template.note_text) if template.note_text else None,
        mailto=mailto, data_json=json_island(data),
        address_json=json_island(_address_json(rules)) if first_on_page else None,
    )
