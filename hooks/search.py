"""MkDocs hook: a search index per language, segmented and normalized for that language.

mkdocs-static-i18n reruns every hook once per language: each run writes only its own
language's index from the entries Material's plugin collected for that language, then
empties the plugin's list. So the indexes Material writes afterwards (its own after each
language, and the combined one static-i18n has it write after the last) hold no
entries, and the root search/ folder they land in is removed.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import jieba
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.pages import Page

from hooks.errors import ContentError
from hooks.languages import current_code, i18n_plugin
from hooks.search_base import with_language_base
from hooks.search_index import write_language_index
from hooks.search_profiles import profile_for

# Material's search plugin runs jieba too; its progress chatter is not a build message.
jieba.setLogLevel(logging.WARNING)


def _search_plugin(config: MkDocsConfig):
    for name in ("material/search", "search"):
        if name in config.plugins:
            return config.plugins[name]
    raise ContentError("mkdocs.yml", "hooks/search.py needs Material's search plugin in 'plugins'")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _search_plugin(config)
    return config


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    try:
        return with_language_base(output, page.url, current_code(config))
    except ValueError as error:
        raise ContentError(page.file.src_uri, f"search base: {error}") from None


@event_priority(50)  # before mkdocs-static-i18n refills the plugin with every language
def _write_language_index(config: MkDocsConfig) -> None:
    plugin = _search_plugin(config)
    code = current_code(config)
    try:
        write_language_index(Path(config.site_dir), code, plugin.search_index.entries,
                             profile_for(code), plugin.config.fields)
    except ValueError as error:
        raise ContentError(f"docs/{code}", f"search index: {error}") from None
    # Nothing else reads them: static-i18n (-100) would pile up every language's entries
    # and have Material dump a combined index that _remove_combined_index deletes.
    plugin.search_index.entries.clear()


@event_priority(-200)  # after mkdocs-static-i18n has written its combined index
def _remove_combined_index(config: MkDocsConfig) -> None:
    if not i18n_plugin(config).building:
        shutil.rmtree(Path(config.site_dir) / "search", ignore_errors=True)


on_post_build = CombinedEvent(_write_language_index, _remove_combined_index)
