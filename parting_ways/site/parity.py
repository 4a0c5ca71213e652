"""Every configured language has a docs folder with the same set of pages."""

from __future__ import annotations

from pathlib import Path

from parting_ways.errors import ContentError, shown


def pages_of(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*.md")}


def check_language_folders(docs_dir: Path, codes: list[str]) -> None:
    for code in codes:
        if not (docs_dir / code).is_dir():
            raise ContentError(
                f"{shown(docs_dir / code)}/", f"language '{code}' is configured in mkdocs.yml but has no docs folder"
            )
    reference = codes[0]
    expected = pages_of(docs_dir / reference)
    for code in codes[1:]:
        present = pages_of(docs_dir / code)
        for page in sorted(expected - present):
            raise ContentError(
                docs_dir / code / page, f"page missing in '{code}' (exists in {shown(docs_dir / reference / page)})"
            )
        for page in sorted(present - expected):
            raise ContentError(docs_dir / reference / page,
                               f"page missing in '{reference}' (exists in {shown(docs_dir / code / page)})")
    for code in codes:
        for page in sorted(pages_of(docs_dir / code)):
            path = docs_dir / code / page
            if not path.read_text(encoding="utf-8").strip():
                raise ContentError(path, "page is empty")
