"""Page dates: when a file last changed according to git (None outside a checkout or for
new files), written the way each locale writes dates."""

from __future__ import annotations

import datetime as dt
import subprocess
from functools import cache
from pathlib import Path

from babel.dates import format_date
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from parting_ways.errors import content_dir, locales_dir
from parting_ways.i18n.catalogs import catalog_for
from parting_ways.i18n.placeholders import fill
from parting_ways.site.languages import current_code, site_language
from parting_ways.widgets.definitions import load_address, load_site_text


@cache
def _folder_times(folder: Path) -> dict[str, int]:
    """Last commit time of every file in ``folder``, from one ``git log`` over the folder."""
    try:
        out = subprocess.run(
            ["git", "-c", "core.quotepath=false", "log", "--format=%x00%ct", "--name-only", "--relative", "--", "."],
            cwd=folder, capture_output=True, text=True, timeout=20, check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    times: dict[str, int] = {}
    for commit in out.split("\0")[1:]:  # newest first: the first time a name is seen is its last change
        stamp, *names = commit.strip().splitlines()
        for name in names:
            if name and stamp.isdigit():
                times.setdefault(name, int(stamp))
    return times


def last_commit_time(path: Path) -> dt.datetime | None:
    stamp = _folder_times(path.parent).get(path.name)
    return None if stamp is None else dt.datetime.fromtimestamp(stamp, dt.UTC)


def localized_date(day: dt.date, code: str, pattern: str | None = None) -> str:
    """The date as that locale writes it; Babel knows only the Gregorian calendar, so a
    language whose letters count Buddhist-era years (SiteLanguage.buddhist_era) gets that year.
    A market whose letters write dates their own way (``date_pattern`` in its address file,
    Vietnamese «ngày 30/11/2026» where CLDR says «30 tháng 11, 2026») writes pages so too."""
    if pattern:
        return fill(pattern, {"day": str(day.day), "dd": f"{day.day:02}", "month": str(day.month),
                              "mm": f"{day.month:02}", "year": str(day.year)})
    language = site_language(code)
    if language.buddhist_era:
        return f"{format_date(day, 'd MMMM', locale=language.babel_id)} {day.year + 543}"
    return format_date(day, "long", locale=language.babel_id)


def page_updated(context: dict, page: Page, config: MkDocsConfig) -> dict:
    """The "last updated" line under each page, from git, in the page's language."""
    changed = last_commit_time(Path(page.file.abs_src_path)) if page.file.abs_src_path else None
    if changed is None:
        return context
    code = current_code(config)
    catalog = catalog_for(locales_dir(config), code)
    updated = catalog.text(load_site_text(content_dir(config))["page.updated_text"])
    # The address files are parsed once per change (definitions); a `mkdocs serve` edit shows.
    pattern = load_address(content_dir(config) / "address")[code].date_pattern
    context["page_updated"] = fill(updated, {"date": localized_date(changed.date(), code, pattern)})
    context["page_updated_iso"] = changed.date().isoformat()
    return context
