"""Point Material's ``__config.base`` at the page's language folder.

The bundle fetches ``<base>/search/search_index.json`` and resolves result locations
against the same base, so this one value gives each language its own index.
"""

from __future__ import annotations

import json
import posixpath
import re

_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)
# The same escapes as Jinja's tojson, so the value stays safe inside <script>.
_HTML_SAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"}


def language_base(page_url: str, code: str) -> str:
    page_dir = posixpath.dirname(page_url) or "."
    return posixpath.relpath(code, page_dir) + "/"


def with_language_base(html: str, page_url: str, code: str) -> str:
    match = _CONFIG.search(html)
    if match is None:
        raise ValueError("no Material __config script in the page")
    config = json.loads(match[2])
    config["base"] = language_base(page_url, code)
    dumped = json.dumps(config, ensure_ascii=False, separators=(",", ":"))
    for char, escape in _HTML_SAFE.items():
        dumped = dumped.replace(char, escape)
    return html[: match.start(2)] + dumped + html[match.end(2):]
