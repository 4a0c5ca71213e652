"""Translator workflow, run from the project folder (where mkdocs.yml is):

    python -m parting_ways.i18n.cli extract   # strings from content/ -> locales/messages.pot
    python -m parting_ways.i18n.cli update    # merge the template into locales/<lang>/LC_MESSAGES/messages.po
    python -m parting_ways.i18n.cli check     # exit 1 with one line per problem
    python -m parting_ways.i18n.cli status [--reference LANG]   # release report per language

``status``, per language: pages missing, pages behind their counterpart in the reference
language (by commit order; see parting_ways/i18n/translation_age.py for the
"Translations: unaffected" trailer), and catalog entries missing, fuzzy or with
placeholder mismatches. Exits 1 when something blocks a release (a missing page or a
catalog problem); an older page is reported but does not block.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import write_po
from mkdocs.utils.yaml import yaml_load

from parting_ways.errors import ContentError, shown
from parting_ways.i18n import catalogs, plurals
from parting_ways.i18n.translation_age import pending_changes
from parting_ways.site.languages import site_language
from parting_ways.site.parity import pages_of
from parting_ways.widgets import definitions

KEYWORDS = {"text": None, "plural": (1, 2), "ngettext": (1, 2)}


def configured_codes(project: Path | None = None) -> list[str]:
    """The languages mkdocs.yml builds: static-i18n's list as MkDocs reads it (with !ENV)."""
    path = (project or Path.cwd()) / "mkdocs.yml"
    try:
        config = yaml_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ContentError("mkdocs.yml", f"invalid YAML: {getattr(error, 'problem', error)}",
                           mark.line + 1 if mark else None) from None
    except OSError:
        raise ContentError("mkdocs.yml", "missing: run this from the project folder") from None
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            return [lang["locale"] for lang in plugin["i18n"]["languages"] if lang.get("build", True)]
    return []


def _write(path: Path, catalog: Catalog) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, sort_output=False, omit_header=False)


def extract(project: Path | None = None) -> Catalog:
    project = project or Path.cwd()
    with (project / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    template = Catalog(project="Parting Ways", version="1", charset="utf-8", fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
        str(project), method_map, options_map, keywords=KEYWORDS, strip_comment_tags=True
    ):
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    _write(catalogs.template_path(project / "locales"), template)
    return template


def _header_fixed(catalog: Catalog, babel_id: str) -> None:
    catalog.mime_headers = [("Plural-Forms", plurals.plural_forms_header(babel_id))]
    catalog.fuzzy = False


def update(project: Path | None = None) -> None:
    project = project or Path.cwd()
    locales = project / "locales"
    template = catalogs.read_template(locales)
    for code in configured_codes(project):
        babel_id = site_language(code).babel_id
        path = catalogs.catalog_path(locales, code)
        if path.exists():
            current = catalogs._read(path, babel_id)
        else:
            current = Catalog(locale=babel_id, project="Parting Ways", version="1", fuzzy=False)
        # No fuzzy matching: a guessed translation looks done but reads wrong.
        current.update(template, no_fuzzy_matching=True, update_header_comment=False)
        _header_fixed(current, babel_id)
        current.obsolete.clear()
        _write(path, current)


def check(project: Path | None = None) -> list[str]:
    project = project or Path.cwd()
    locales = project / "locales"
    problems: list[str] = []
    try:
        template = catalogs.read_template(locales)
    except ContentError as error:
        return [str(error)]
    owners = widget_text_owners(project)
    for code in configured_codes(project):
        try:
            problems.extend(str(p) for p in catalogs.check_catalog(locales, code, template, owners)[1])
        except ContentError as error:
            problems.append(str(error))
    return problems


def widget_text_owners(project: Path) -> dict[str, str]:
    """Which widget part each msgid belongs to, so a problem names the template or question."""
    try:
        check, messages = definitions.load_both(project / "content")
    except ContentError:
        return {}
    return definitions.text_owners(check, messages)


@dataclass
class LanguageStatus:
    code: str
    pages: int = 0
    missing: list[str] = field(default_factory=list)
    older: list[str] = field(default_factory=list)
    catalog: list[str] = field(default_factory=list)

    @property
    def blocking(self) -> bool:
        return bool(self.missing or self.catalog)


def collect(project: Path, reference: str) -> list[LanguageStatus]:
    docs = project / "docs"
    codes = configured_codes(project)
    expected = pages_of(docs / reference) if (docs / reference).is_dir() else set()
    owners = widget_text_owners(project)
    try:
        template = catalogs.read_template(project / "locales")
    except ContentError as error:
        template, template_error = None, str(error)
    statuses = []
    for code in codes:
        status = LanguageStatus(code)
        folder = docs / code
        present = pages_of(folder) if folder.is_dir() else set()
        status.pages = len(present)
        status.missing = [shown(folder / page, project) for page in sorted(expected - present)]
        if code != reference:
            for page in sorted(expected & present):
                changes = pending_changes(folder / page, docs / reference / page, project)
                if changes:
                    latest = changes[0]
                    status.older.append(
                        f"{shown(folder / page, project)} ({shown(docs / reference / page, project)} changed since, "
                        f"{len(changes)} commit(s); "
                        f"latest {latest.commit[:7]} {latest.subject!r})"
                    )
        if template is None:
            status.catalog = [template_error]
        else:
            try:
                status.catalog = [
                    str(p) for p in catalogs.check_catalog(project / "locales", code, template, owners)[1]
                ]
            except ContentError as error:
                status.catalog = [str(error)]
        statuses.append(status)
    return statuses


def report(statuses: list[LanguageStatus], reference: str) -> str:
    lines = [
        f"Translation status (reference language: {reference})",
        "",
        "| language | pages | missing | older than reference | catalog problems | release |",
        "|---|---|---|---|---|---|",
    ]
    for s in statuses:
        verdict = "BLOCKED" if s.blocking else "ok"
        lines.append(f"| {s.code} | {s.pages} | {len(s.missing)} | {len(s.older)} | {len(s.catalog)} | {verdict} |")
    details = [
        line
        for s in statuses
        for line in [f"missing page: {m}" for m in s.missing] + [f"older page: {o}" for o in s.older] + s.catalog
    ]
    if details:
        lines += ["", *details]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m parting_ways.i18n.cli", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["extract", "update", "check", "status"])
    parser.add_argument("--reference", help="status: the language the others are compared against "
                        "(default: the first configured)")
    args = parser.parse_args(argv)
    try:
        return _run(args.command, Path.cwd(), args.reference)
    except ContentError as error:
        print(error, file=sys.stderr)  # the one line a translator needs, never a traceback
        return 1


def _run(command: str, project: Path, reference: str | None) -> int:
    if command == "extract":
        template = extract(project)
        print(f"{shown(catalogs.template_path(project / 'locales'), project)}: {len(template)} messages")
    elif command == "update":
        update(project)
        print("updated: " + ", ".join(configured_codes(project)))
    elif command == "check":
        problems = check(project)
        for line in problems:
            print(line)
        if problems:
            return 1
        print("catalogs OK: " + ", ".join(configured_codes(project)))
    else:
        if reference is None:
            codes = configured_codes(project)
            reference = codes[0] if codes else "th"
        statuses = collect(project, reference)
        print(report(statuses, reference))
        return 1 if any(s.blocking for s in statuses) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
