"""Load and check the gettext catalogs under ``locales/`` with Babel.

Every check that can fail names the file (and line), because the people who hit these
errors are translators, not the authors of the hooks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog as BabelCatalog
from babel.messages.pofile import PoFileError, read_po

from parting_ways.errors import ContentError
from parting_ways.i18n import placeholders, plurals
from parting_ways.site.languages import site_language

DOMAIN = "messages"


def template_path(locales_dir: Path) -> Path:
    return locales_dir / f"{DOMAIN}.pot"


def catalog_path(locales_dir: Path, code: str) -> Path:
    return locales_dir / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def _singular(msgid: str | tuple) -> str:
    """A plural message is looked up by its singular, as gettext does."""
    return msgid[0] if isinstance(msgid, tuple | list) else msgid


@dataclass
class Catalog:
    """One language's translations, already checked against the template."""

    code: str
    path: Path
    _strings: dict[str, str | tuple[str, ...]] = field(default_factory=dict)

    def text(self, msgid: str) -> str:
        found = self._strings.get(msgid)
        if found is None:
            raise ContentError(self.path, f"no translation for msgid {msgid!r} ({self.code})")
        return found[0] if isinstance(found, tuple) else found

    def plural(self, msgid: str, n: int) -> str:
        """The form CLDR chooses for ``n``; ``{n}`` is left for the caller to fill."""
        found = self._strings.get(msgid)
        if not isinstance(found, tuple):
            raise ContentError(self.path, f"no plural translation for {msgid!r} ({self.code})")
        return found[plurals.form_index(site_language(self.code).babel_id, n)]


_PO_LINE = re.compile(
    r'^(?:#.*|\s*|(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+"(?:[^"\\]|\\.)*"\s*'
    r'|"(?:[^"\\]|\\.)*"\s*)$'
)


def _check_lines(path: Path) -> None:
    """Babel's reader forgives some broken lines (an unclosed quote); translators' tools do not."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not _PO_LINE.match(line):
            raise ContentError(path, f"PO syntax error: cannot read {line[:60]!r}", number)


def _read(path: Path, locale: str | None) -> BabelCatalog:
    try:
        _check_lines(path)
        with path.open("rb") as handle:
            return read_po(handle, locale=locale, abort_invalid=True)
    except PoFileError as error:
        line = getattr(error, "lineno", None)
        raise ContentError(path, f"PO syntax error: {error}", line) from None
    except (UnicodeDecodeError, ValueError) as error:
        raise ContentError(path, f"unreadable catalog: {error}") from None


def read_template(locales_dir: Path) -> BabelCatalog:
    path = template_path(locales_dir)
    if not path.is_file():
        raise ContentError(path, "catalog template is missing (run: python -m parting_ways.i18n.cli extract)")
    return _read(path, None)


def check_catalog(
    locales_dir: Path, code: str, template: BabelCatalog, owners: dict[str, str] | None = None
) -> tuple[Catalog, list[ContentError]]:
    """Read one language; list everything a reader would see as a missing or wrong string."""
    path = catalog_path(locales_dir, code)
    if not path.is_file():
        raise ContentError(path, f"no catalog for language '{code}'")
    language = site_language(code)
    po = _read(path, language.babel_id)
    problems: list[ContentError] = []
    header = po.mime_headers and dict(po.mime_headers).get("Plural-Forms", "")
    mismatch = plurals.header_mismatch(language.babel_id, header or "")
    if mismatch:
        problems.append(ContentError(path, mismatch, 1))
    nforms = len(plurals.categories(language.babel_id))
    owners = owners or {}
    catalog = Catalog(code=code, path=path)
    for message in po:
        if not message.id:
            continue
        where = message.lineno
        msgid = _singular(message.id)
        if message.fuzzy:
            problems.append(ContentError(path, f"fuzzy translation for msgid {msgid!r}", where))
            continue
        if isinstance(message.id, tuple | list):
            forms = tuple(message.string or ())
            if len(forms) != nforms or not all(forms):
                problems.append(ContentError(
                    path, f"plural msgid {msgid!r} needs {nforms} non-empty forms, has "
                    f"{sum(1 for f in forms if f)}", where,
                ))
                continue
            found = [_placeholder_problem(path, code, message.id[1], f, owners, where) for f in forms]
            translation: str | tuple[str, ...] = forms
        else:
            if not message.string:
                problems.append(ContentError(path, f"missing translation for msgid {msgid!r}", where))
                continue
            if _left_in_english(msgid, message.string):
                problems.append(ContentError(path, f"translation still in English for msgid {msgid[:50]!r}", where))
                continue
            found = [_placeholder_problem(path, code, msgid, message.string, owners, where)]
            translation = message.string
        found = [p for p in found if p]
        problems.extend(found[:1])
        if not found:
            catalog._strings[msgid] = translation
    present = {_singular(m.id) for m in po if m.id}
    for message in template:
        if message.id and _singular(message.id) not in present:
            problems.append(ContentError(
                path, f"missing translation for msgid {_singular(message.id)!r} (new in the template; "
                "run: python -m parting_ways.i18n.cli update)"
            ))
    return catalog, problems


def _left_in_english(msgid: str, translation: str) -> bool:
    """A sentence copied over unchanged: a reader would meet English in their language.
    Short ids (a product name, a unit) may rightly read the same."""
    return translation == msgid and len(msgid.split()) >= 4


def load_catalog(
    locales_dir: Path, code: str, template: BabelCatalog, owners: dict[str, str] | None = None
) -> Catalog:
    """A catalog the build can use, or the first problem as a build error."""
    catalog, problems = check_catalog(locales_dir, code, template, owners)
    if problems:
        raise problems[0]
    return catalog


def _placeholder_problem(
    path: Path, code: str, source: str, translation: str, owners: dict[str, str], line: int
) -> ContentError | None:
    problem = placeholders.mismatch(source, translation)
    if not problem:
        return None
    owner = owners.get(source) or f"msgid {source[:50]!r}"
    return ContentError(path, f"{problem} in {owner} ({code})", line)


_cache: dict[tuple[str, str], tuple[float, Catalog]] = {}


def catalog_for(locales_dir: Path, code: str, owners: dict[str, str] | None = None) -> Catalog:
    """Catalogs are language data read once per process, not once per language build."""
    path = catalog_path(locales_dir, code)
    stamp = max(
        path.stat().st_mtime if path.exists() else 0.0,
        template_path(locales_dir).stat().st_mtime if template_path(locales_dir).exists() else 0.0,
    )
    key = (str(locales_dir), code)
    cached = _cache.get(key)
    if cached and cached[0] == stamp:
        return cached[1]
    catalog = load_catalog(locales_dir, code, read_template(locales_dir), owners)
    _cache[key] = (stamp, catalog)
    return catalog
