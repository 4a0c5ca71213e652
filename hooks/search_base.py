"""Point Material's ``__config.base`` at the page's language folder.

The bundle fetches ``<base>/search/search_index.json`` and resolves result locations
against the same base, so this one value gives each language its own index.
"""

from __future__ import annotations

import json
import posixpath
import re

from hooks.templating import json_island

_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def language_base(page_url: str, code: str) -> str:
    page_dir = posixpath.dirname(page_url) or "."
    return posixpath.relpath(code, page_dir) + "/"


def with_language_base(html: str, page_url: str, code: str) -> str:
    match = _CONFIG.search(html)
    if match is None:
        raise ValueError("no Material __config script in the page")
    config = json.loads(match[2])
    config["base"] = language_base(page_url, code)
    dumped = json_island(config, compact=True)
    return html[: match.start(2)] + dumped + html[match.end(2):]
