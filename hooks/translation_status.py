"""Translation status: what stands between each language and a release.

    python -m hooks.translation_status [--reference LANG]

Per language: pages missing, pages behind their counterpart in the reference language
(by commit order; see hooks/translation_age.py for the "Translations: unaffected"
trailer), and catalog entries missing, fuzzy or with placeholder
mismatches. Exits 1 when something blocks a release (a missing page or a catalog
problem); an older page is reported but does not block.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from hooks import catalogs
from hooks.catalog_tool import LOCALES, PROJECT, configured_codes, widget_text_owners
from hooks.errors import ContentError
from hooks.parity import pages_of
from hooks.translation_age import pending_changes


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
    owners = widget_text_owners()
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
        status.missing = [f"docs/{code}/{page}" for page in sorted(expected - present)]
        if code != reference:
            for page in sorted(expected & present):
                changes = pending_changes(folder / page, docs / reference / page, project)
                if changes:
                    latest = changes[0]
                    status.older.append(
                        f"docs/{code}/{page} (docs/{reference}/{page} changed since, {len(changes)} commit(s); "
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
    parser = argparse.ArgumentParser(
        prog="python -m hooks.translation_status",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    try:
        codes = configured_codes(PROJECT)
    except ContentError as error:
        print(error, file=sys.stderr)
        return 1
    parser.add_argument(
        "--reference",
        default=codes[0] if codes else "th",
        help="language the others are compared against (default: the first configured)",
    )
    args = parser.parse_args(argv)
    try:
        statuses = collect(LOCALES.parent, args.reference)
    except ContentError as error:
        print(error, file=sys.stderr)  # one line, never a traceback
        return 1
    print(report(statuses, args.reference))
    return 1 if any(s.blocking for s in statuses) else 0


if __name__ == "__main__":
    sys.exit(main())
