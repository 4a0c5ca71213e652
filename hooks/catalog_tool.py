"""Translator workflow: ``extract`` the template, ``update`` every language, ``check`` them.

    python -m hooks.catalog_tool extract   # strings from content/ -> locales/messages.pot
    python -m hooks.catalog_tool update    # merge the template into locales/<lang>/LC_MESSAGES/messages.po
    python -m hooks.catalog_tool check     # exit 1 with one line per problem
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import write_po

from hooks import catalogs, definitions, plurals
from hooks.errors import ContentError
from hooks.languages import site_language

PROJECT = Path(__file__).resolve().parent.parent
LOCALES = PROJECT / "locales"
KEYWORDS = {"text": None, "plural": (1, 2), "ngettext": (1, 2)}


def configured_codes(project: Path = PROJECT) -> list[str]:
    class _Loader(yaml.SafeLoader):
        pass

    # mkdocs.yml uses !ENV; its value does not matter here.
    _Loader.add_constructor("!ENV", lambda loader, node: None)
    try:
        config = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ContentError("mkdocs.yml", f"invalid YAML: {getattr(error, 'problem', error)}",
                           mark.line + 1 if mark else None) from None
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            return [lang["locale"] for lang in plugin["i18n"]["languages"]]
    return []


def _write(path: Path, catalog: Catalog) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, sort_output=False, omit_header=False)


def extract(project: Path = PROJECT) -> Catalog:
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


def update(project: Path = PROJECT) -> None:
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


def check(project: Path = PROJECT) -> list[str]:
    locales = project / "locales"
    problems: list[str] = []
    try:
        template = catalogs.read_template(locales)
    except ContentError as error:
        return [str(error)]
    owners = widget_text_owners()
    for code in configured_codes(project):
        try:
            problems.extend(str(p) for p in catalogs.check_catalog(locales, code, template, owners)[1])
        except ContentError as error:
            problems.append(str(error))
    return problems


def widget_text_owners() -> dict[str, str]:
    """Which widget part each msgid belongs to, so a problem names the template or question."""
    try:
        check, messages = definitions.load_both(PROJECT / "content")
    except ContentError:
        return {}
    return definitions.text_owners(check, messages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m hooks.catalog_tool", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["extract", "update", "check"])
    args = parser.parse_args(argv)
    try:
        return _run(args.command)
    except ContentError as error:
        print(error, file=sys.stderr)  # the one line a translator needs, never a traceback
        return 1


def _run(command: str) -> int:
    if command == "extract":
        template = extract()
        print(f"{catalogs.template_path(LOCALES).relative_to(PROJECT)}: {len(template)} messages")
    elif command == "update":
        update()
        print("updated: " + ", ".join(configured_codes()))
    else:
        problems = check()
        for line in problems:
            print(line)
        if problems:
            return 1
        print("catalogs OK: " + ", ".join(configured_codes()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
