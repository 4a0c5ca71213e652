"""The one Jinja environment for the hooks' own HTML templates (hooks/templates/)."""

from __future__ import annotations

import json
from pathlib import Path

import jinja2

TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    keep_trailing_newline=True,
)


def json_island(data: object) -> str:
    """JSON for a <script type="application/json"> element; "</" could close the element early."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
