"""MkDocs hook: "last updated" under each page, from git, written the way each locale writes dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from babel.dates import format_date
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from hooks.catalogs import catalog_for
from hooks.definitions import load_site_text
from hooks.git_dates import last_commit_time
from hooks.languages import current_code, site_language
from hooks.placeholders import fill
from hooks.project import content_dir, locales_dir


def localized_date(day: dt.date, code: str) -> str:
    """Babel knows only the Gregorian calendar; Thai readers date letters and notices in
    the Buddhist era (2569 = 2026), as the message templates do, so Thai gets that year."""
    if code == "th":
        return f"{format_date(day, 'd MMMM', locale='th')} {day.year + 543}"
    return format_date(day, "long", locale=site_language(code).babel_id)


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    changed = last_commit_time(Path(page.file.abs_src_path)) if page.file.abs_src_path else None
    if changed is None:
        return context
    code = current_code(config)
    catalog = catalog_for(locales_dir(config), code)
    updated = catalog.text(load_site_text(content_dir(config))["page.updated_text"])
    context["page_updated"] = fill(updated, {"date": localized_date(changed.date(), code)})
    context["page_updated_iso"] = changed.date().isoformat()
    return context
