"""MkDocs hook: ``<!-- md:... -->`` markers become the self-check and the letters.

Thin: each event calls parting_ways/widgets/build.py. The event table is in hooks/README.md.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from parting_ways.site.languages import i18n_plugin
from parting_ways.widgets import build


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if not i18n_plugin(config).building:  # outer build only: every language's markers at once
        build.check_markers_and_catalogs(config)
    return config


def on_pre_build(config: MkDocsConfig) -> None:
    build.prepare_language(config)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return build.render_markers(markdown, page, config)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return build.fill_slots(html, page)
