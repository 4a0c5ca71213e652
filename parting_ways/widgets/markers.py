"""``<!-- md:NAME ARGS -->`` markers, the shortcode style mkdocs-material uses in its own hooks.

The marker is swapped for a slot comment in the Markdown (so Markdown never touches the
widget's HTML) and the slot is filled with the rendered widget in the page's HTML.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from parting_ways.errors import ContentError

MARKER = re.compile(r"<!--\s*md:([\w-]+)((?:\s+[^\s>]+)*)\s*-->")
_SLOT = "<!-- pw-slot:{} -->"
_SLOT_PATTERN = re.compile(r"(?:<p>)?<!-- pw-slot:(\d+) -->(?:</p>)?")


@dataclass(frozen=True)
class Marker:
    name: str
    args: tuple[str, ...]
    line: int


Renderer = Callable[[Marker], str]


def replace_markers(
    markdown: str, renderers: dict[str, Renderer], source: Path | str, line_offset: int = 0,
    once_per_page: frozenset[str] = frozenset(),
) -> tuple[str, list[str]]:
    """Markdown with slots in place of markers, and the HTML for each slot.

    A marker stands on its own line: inside a paragraph the widget's <div> would end up
    in a <p>, which the browser splits. Widgets in ``once_per_page`` carry fixed element
    ids and a script that wires only the first, so a second one on a page is an error.
    """
    rendered: list[str] = []
    out_lines = []
    in_fence = False
    first_line: dict[str, int] = {}
    for number, line in enumerate(markdown.split("\n"), 1 + line_offset):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        if in_fence:
            out_lines.append(line)
            continue

        def swap(match: re.Match, number: int = number, line: str = line) -> str:
            marker = Marker(match[1], tuple(match[2].split()), number)
            renderer = renderers.get(marker.name)
            if renderer is None:
                known = ", ".join(sorted(renderers))
                raise ContentError(source, f"unknown marker 'md:{marker.name}' (known: {known})", number)
            if line.strip() != match[0]:
                raise ContentError(source, f"marker 'md:{marker.name}' must stand on its own line", number)
            if marker.name in once_per_page and marker.name in first_line:
                raise ContentError(source, f"a page may hold one 'md:{marker.name}' "
                                   f"(first at line {first_line[marker.name]})", number)
            first_line.setdefault(marker.name, number)
            rendered.append(renderer(marker))
            return _SLOT.format(len(rendered) - 1)

        out_lines.append(MARKER.sub(swap, line))
    return "\n".join(out_lines), rendered


def fill_slots(html: str, rendered: list[str]) -> str:
    return _SLOT_PATTERN.sub(lambda m: rendered[int(m[1])], html)
