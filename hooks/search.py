"""MkDocs hook: a search index per language, segmented and normalized for that language.

mkdocs-static-i18n reruns every hook once per language: each run writes only its own
language's index from the entries Material's plugin collected for that language, then
empties the plugin's list. So the indexes Material writes afterwards (its own after each
language, and the combined one static-i18n has it write after the last) hold no
entries, and the root search/ folder they land in is removed. The logic is in
parting_ways/search/; the event table is in hooks/README.md.
"""

from __future__ import annotations

import logging

import jieba
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.pages import Page

from parting_ways.search import index
from parting_ways.site.languages import i18n_plugin

# Material's search plugin runs jieba too; its progress chatter is not a build message.
jieba.setLogLevel(logging.WARNING)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    index.search_plugin(config)  # fails early, naming mkdocs.yml, without Material's search
    return config


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return index.page_with_language_base(output, page, config)


@event_priority(50)  # every language: before mkdocs-static-i18n (-100) refills the plugin with every language
def _write_language_index(config: MkDocsConfig) -> None:
    index.write_current_language(config)


@event_priority(-200)  # outer build: after mkdocs-static-i18n has had the combined index written
def _remove_combined_index(config: MkDocsConfig) -> None:
    if not i18n_plugin(config).building:
        index.remove_combined_index(config)


on_post_build = CombinedEvent(_write_language_index, _remove_combined_index)
