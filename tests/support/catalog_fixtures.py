"""Write small gettext catalogs for unit tests, the way the catalog tool writes real ones."""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from parting_ways.i18n import plurals
from parting_ways.site.languages import site_language

Entry = str | tuple[str, str]


def write_catalogs(
    locales: Path, entries: dict[Entry, dict[str, str | tuple[str, ...]]], codes: list[str],
    plural_header: dict[str, str] | None = None, fuzzy: set[Entry] | None = None,
) -> Path:
    template = Catalog(project="test", fuzzy=False)
    for msgid in entries:
        template.add(msgid)
    locales.mkdir(parents=True, exist_ok=True)
    with (locales / "messages.pot").open("wb") as handle:
        write_po(handle, template)
    for code in codes:
        babel_id = site_language(code).babel_id
        catalog = Catalog(locale=babel_id, project="test", fuzzy=False)
        header = (plural_header or {}).get(code) or plurals.plural_forms_header(babel_id)
        catalog.mime_headers = [("Plural-Forms", header)]
        for msgid, translations in entries.items():
            if code in translations:
                flags = {"fuzzy"} if fuzzy and msgid in fuzzy else set()
                catalog.add(msgid, translations[code], flags=flags)
        path = locales / code / "LC_MESSAGES" / "messages.po"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            write_po(handle, catalog)
    return locales
