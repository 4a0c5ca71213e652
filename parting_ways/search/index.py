"""One search index per language, at ``<lang>/search/search_index.json``.

Material's plugin collects the entries of the language being built; this module turns
them into that language's own index: locations relative to the language folder (the
page's search base), text segmented and normalized for the language, and a lunr
configuration that needs no language files.
"""

from __future__ import annotations

import json
import posixpath
import re
import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from parting_ways.errors import ContentError
from parting_ways.search.text import SearchProfile, index_config, prepare, profile_for
from parting_ways.site.languages import current_code
from parting_ways.widgets.render import json_island

INDEX_PATH = "search/search_index.json"


def _relocated(location: str, code: str) -> str:
    prefix = f"{code}/"
    if not location.startswith(prefix):
        raise ValueError(f"search entry {location!r} is outside the {code}/ folder")
    return location[len(prefix):]


def language_entries(entries: list[dict], code: str, profile: SearchProfile) -> list[dict]:
    prepared = []
    for entry in entries:
        item = dict(entry, location=_relocated(entry["location"], code))
        for field in ("title", "text"):
            if isinstance(item.get(field), str):
                item[field] = prepare(item[field], profile)
        prepared.append(item)
    return prepared


def write_language_index(site_dir: Path, code: str, entries: list[dict],
                         profile: SearchProfile, fields: dict) -> Path:
    data = {"config": index_config(profile, fields),
            "docs": language_entries(entries, code, profile)}
    path = site_dir / code / INDEX_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return path


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


def search_plugin(config: MkDocsConfig):
    for name in ("material/search", "search"):
        if name in config.plugins:
            return config.plugins[name]
    raise ContentError(config.config_file_path, "hooks/search.py needs Material's search plugin in 'plugins'")


def page_with_language_base(output: str, page: Page, config: MkDocsConfig) -> str:
    try:
        return with_language_base(output, page.url, current_code(config))
    except ValueError as error:
        raise ContentError(page.file.abs_src_path, f"search base: {error}") from None


def write_current_language(config: MkDocsConfig) -> None:
    """The index of the language being built, from the entries Material's plugin collected;
    then the plugin's list is emptied: nothing else reads those entries, and static-i18n
    would otherwise pile up every language's and have Material dump a combined index."""
    plugin = search_plugin(config)
    code = current_code(config)
    try:
        write_language_index(Path(config.site_dir), code, plugin.search_index.entries,
                             profile_for(code), plugin.config.fields)
    except ValueError as error:
        raise ContentError(Path(config.docs_dir) / code, f"search index: {error}") from None
    plugin.search_index.entries.clear()


def remove_combined_index(config: MkDocsConfig) -> None:
    """The empty root search/ folder Material writes after the languages are built."""
    shutil.rmtree(Path(config.site_dir) / "search", ignore_errors=True)
