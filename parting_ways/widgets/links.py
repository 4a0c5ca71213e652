"""Every link a widget emits must land on a section of the same language's guide.

The widgets' HTML (and the JSON their scripts read) is put into the page after MkDocs
has validated the Markdown links, so MkDocs never sees these links: a renamed
``{#tpl-...}`` id would leave the self-check verdict pointing at nothing. This checks
the rendered output itself, whatever code built the hrefs.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from parting_ways.errors import ContentError, shown
from parting_ways.widgets.sections import Section

_HREF = re.compile(r'\shref="([^"]*)"')
_ISLAND = re.compile(r'<script type="application/json"[^>]*>(.*?)</script>', re.S)


def _json_hrefs(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "href" and isinstance(item, str):
                yield item
            else:
                yield from _json_hrefs(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_hrefs(item)


def emitted_links(rendered: str) -> list[str]:
    """hrefs in the widget's markup and in its JSON island(s)."""
    links = [html.unescape(m[1]) for m in _HREF.finditer(rendered)]
    for island in _ISLAND.finditer(rendered):
        links.extend(_json_hrefs(json.loads(island[1])))
    return links


def check_widget_links(
    rendered: str, widget: str, page: str, sections: dict[str, Section], pages: set[str],
    language_dir: Path, source: Path | str, line: int,
) -> None:
    """``page`` and ``pages`` are Markdown paths relative to ``language_dir``; errors name
    ``source`` (the page's file) at the marker's ``line``."""
    for href in emitted_links(rendered):
        parts = urlsplit(href)
        if parts.scheme or parts.netloc:
            continue  # mailto: and the like
        target = page if not parts.path else posixpath.normpath(
            posixpath.join(posixpath.dirname(page), parts.path))
        target_md = target[:-5] + ".md" if target.endswith(".html") else target
        if target_md not in pages:
            raise ContentError(source, f"the {widget} links to '{href}', but there is no "
                               f"{shown(language_dir / target_md)}", line)
        if not parts.fragment:
            continue
        section = sections.get(parts.fragment)
        if section is None or section.page != target_md:
            raise ContentError(source, f"the {widget} links to '{href}', but {shown(language_dir / target_md)} "
                               f"has no section '#{parts.fragment}'", line)
