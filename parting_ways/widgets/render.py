"""The one Jinja environment for our own HTML (parting_ways/widgets/html/, parting_ways/site/html/)."""

from __future__ import annotations

import json
from pathlib import Path

import jinja2

_PACKAGE = Path(__file__).resolve().parent.parent
HTML = jinja2.Environment(
    loader=jinja2.FileSystemLoader([_PACKAGE / "widgets" / "html", _PACKAGE / "site" / "html"]),
    autoescape=True,
    keep_trailing_newline=True,
)


# Jinja's tojson policy (htmlsafe_json_dumps): inside <script> the HTML tokenizer reacts
# to "</script" (closes the element) and to "<!--" followed by "<script" (it then
# swallows the rest of the page), so "<", ">", "&" and "'" never appear literally.
_HTML_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"})


def json_island(data: object, *, compact: bool = False) -> str:
    """JSON that is safe as the content of a <script> element (the one escaper for all)."""
    separators = (",", ":") if compact else None
    return json.dumps(data, ensure_ascii=False, separators=separators).translate(_HTML_SAFE)
