"""The guide's section ids per language, read from the Markdown sources.

Widgets link to sections by id; this index lets the build check those links and take
the link text from the heading the reader will land on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from parting_ways.errors import ContentError, shown

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*\{\s*#([A-Za-z][\w-]*)[^}]*\}\s*$")


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    page: str  # Markdown path relative to the language folder, e.g. "signs.md"
    line: int

    @property
    def href(self) -> str:
        return f"{self.page[:-3]}.html#{self.id}"


def read_sections(language_dir: Path) -> dict[str, Section]:
    sections: dict[str, Section] = {}
    for path in sorted(language_dir.rglob("*.md")):
        page = path.relative_to(language_dir).as_posix()
        in_fence = False
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith(("```", "~~~")):
                in_fence = not in_fence
            match = None if in_fence else _HEADING.match(line)
            if not match:
                continue
            section_id = match[3]
            if section_id in sections:
                first = sections[section_id]
                raise ContentError(
                    path, f"duplicate section id '#{section_id}' "
                    f"(first used in {shown(language_dir / first.page)}:{first.line})", number,
                )
            sections[section_id] = Section(section_id, match[2].strip(), page, number)
    return sections


def ordered_ids(language_dir: Path, page: str) -> list[str]:
    """Section ids of one page, in order (for parity between languages)."""
    path = language_dir / page
    return [
        m[3] for line in path.read_text(encoding="utf-8").splitlines() if (m := _HEADING.match(line))
    ]
