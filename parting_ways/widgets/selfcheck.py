"""The self-check widget: HTML for one language from the definition and its catalog.

Everything language-dependent that the script needs (plural sentences for every
possible count, formatted numbers, link targets) is computed here with Babel, so the
browser needs no i18n library.
"""

from __future__ import annotations

from babel.numbers import format_decimal

from parting_ways.i18n.catalogs import Catalog
from parting_ways.i18n.placeholders import fill
from parting_ways.widgets.definitions import Messages, SelfCheck
from parting_ways.widgets.render import HTML, json_island
from parting_ways.widgets.sections import Section


def _plural_text(catalog: Catalog, spec: dict, n: int, values: dict[str, str]) -> str:
    singular = spec["plural"][0]
    return fill(catalog.plural(singular, n), values)


def _template_title(sections: dict[str, Section], template_id: str, templates_page: str) -> str:
    """The heading of the message's section; a missing section is reported by the link check,
    which names the page and line of the link."""
    found = sections.get(f"tpl-{template_id}")
    return found.title if found is not None and found.page == templates_page else template_id


def render_selfcheck(
    check: SelfCheck, messages: Messages, catalog: Catalog, babel_id: str,
    sections: dict[str, Section], templates_page: str,
) -> str:
    def number(n: int) -> str:
        return format_decimal(n, locale=babel_id)

    ui = {
        key.removesuffix("_text"): catalog.text(value)
        for key, value in check.ui.items() if isinstance(value, str)
    }
    total = len(check.signs)
    ui["paper_rule"] = fill(ui["paper_rule"], {
        "repair_from": number(check.repair_from),
        "end_below": number(check.end_from - 1),
        "end_from": number(check.end_from),
    })

    questions = [
        {
            "id": sign.id, "number": number(i), "question": catalog.text(sign.question_text),
            "weight": sign.weight, "deal_breaker": sign.deal_breaker,
            "weight_text": fill(ui["weight"], {"weight": number(sign.weight)}),
            "answers": [
                {"id": a.id, "points": a.points, "text": catalog.text(text)}
                for a, text in zip(check.answers, sign.answer_texts, strict=True)
            ],
        }
        for i, sign in enumerate(check.signs, 1)
    ]
    verdicts = [
        {
            "id": v.id, "title": catalog.text(v.title_text), "advice": catalog.text(v.advice_text),
            "templates_heading": catalog.text(v.templates_heading_text) if v.templates_heading_text
            else ui["templates_heading"],
            "links": [{"href": sections[t].href, "title": sections[t].title} for t in v.links],
        }
        for v in check.verdicts.values()
    ]
    template_href = templates_page[:-3] + ".html"
    data = {
        "repairFrom": check.repair_from,
        "endFrom": check.end_from,
        "numbers": [number(n) for n in range(check.max_points + 1)],
        "max": number(check.max_points),
        "score": ui["score"],
        "marked": [
            _plural_text(catalog, check.ui["marked_text"], n, {"n": number(n), "total": number(total)})
            for n in range(total + 1)
        ],
        "answered": [
            _plural_text(catalog, check.ui["answered_text"], n, {"n": number(n), "total": number(total)})
            for n in range(total + 1)
        ],
        "unanswered": ui["unanswered"],
        "nothing": ui["nothing_marked"],
        "signs": {
            s.id: {"label": catalog.text(s.label_text), "href": sections[s.id].href, "templates": list(s.templates)}
            for s in check.signs
        },
        # Named as the templates page heads them, so the reader finds the same words there.
        "templates": {
            t.id: {"title": _template_title(sections, t.id, templates_page),
                   "href": f"{template_href}?template={t.id}#tpl-{t.id}"}
            for t in messages.templates.values()
        },
    }
    # Between the count and the score sentences: a space, as copied and read aloud, except
    # after full-width punctuation («。»), which carries its own spacing.
    sentence_gap = "" if data["marked"][-1].endswith(("\u3002", "\uff01", "\uff1f")) else " "
    return HTML.get_template("selfcheck.html").render(
        ui=ui, questions=questions, verdicts=verdicts, data_json=json_island(data), sentence_gap=sentence_gap
    )
