"""One search index per language, at ``<lang>/search/search_index.json``.

Material's plugin collects the entries of the language being built; this module turns
them into that language's own index: locations relative to the language folder (the
page's search base), text segmented and normalized for the language, and a lunr
configuration that needs no language files.
"""

from __future__ import annotations

import json
from pathlib import Path

from hooks.search_profiles import SearchProfile, index_config
from hooks.search_segment import prepare

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
