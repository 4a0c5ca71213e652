"""Babel extractor for the widgets' language-neutral YAML definitions.

Any string value under a key named ``text`` (or ending in ``_text``) is an English
msgid; ``{"plural": [singular, plural]}`` values are plural msgids.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import yaml


def _walk(node: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield str(key), value
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def _is_text_key(key: str) -> bool:
    return key == "text" or key.endswith("_text")


def extract_site_data(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: dict
) -> Iterator[tuple[int, str | None, str | tuple[str, str], list[str]]]:
    source = fileobj.read().decode("utf-8")
    lines = source.splitlines()
    for key, value in _walk(yaml.safe_load(source) or {}):
        if not _is_text_key(key):
            continue
        if isinstance(value, str):
            needle = value
            message: str | tuple[str, str] = value
            funcname = None
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            for item in value:
                yield _line_of(lines, item), None, item, []
            continue
        elif isinstance(value, dict) and isinstance(value.get("plural"), list):
            needle = value["plural"][0]
            message = tuple(value["plural"])
            funcname = "ngettext"
        else:
            continue
        yield _line_of(lines, needle), funcname, message, []


def _line_of(lines: list[str], needle: str) -> int:
    first_line = needle.splitlines()[0][:40] if needle else ""
    return next((i for i, line in enumerate(lines, 1) if first_line in line), 0)
