"""MkDocs hook: the site around the pages: language layout, head, dates, root pages, SEO.

mkdocs-static-i18n runs every hook once per language; work that only needs doing once
(the parity check, root pages, sitemaps, robots.txt) happens in the outer build only.
Thin: each event calls parting_ways/site/. The event table is in hooks/README.md.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from parting_ways.site import dates, layout, material_labels, root_pages, seo, theme_cache
from parting_ways.site.languages import default_code, i18n_plugin


@event_priority(100)  # every build: before any plugin asks the theme for a Jinja environment
def _share_theme(config: MkDocsConfig) -> None:
    theme_cache.share_compiled_templates(config)


@event_priority(50)  # before mkdocs-static-i18n (-100) copies the names into the switcher
def _languages(config: MkDocsConfig) -> None:
    layout.keep_strict_warnings_visible(config)
    layout.rename_languages(config)
    if not i18n_plugin(config).building:  # outer build only: every language folder at once
        layout.check_every_language_folder(config)


on_config = CombinedEvent(_share_theme, _languages)


@event_priority(-150)  # after mkdocs-static-i18n (-100) has placed and paired the files
def on_files(files: Files, config: MkDocsConfig) -> Files:
    layout.move_default_language_into_folder(files, default_code(config), config.site_dir)
    return files


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    context = layout.head_context(context, page, config)
    return dates.page_updated(context, page, config)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    output = material_labels.localize(output, config)
    return layout.with_language_attributes(output, config)


@event_priority(-200)  # outer build only: after mkdocs-static-i18n (-100) has built the other languages
def on_post_build(config: MkDocsConfig) -> None:
    plugin = i18n_plugin(config)
    if plugin.building:
        return
    site_dir = Path(config.site_dir)
    root_pages.write_for(config)
    seo.write_all(site_dir, config.site_url or "/", plugin.i18n_files_per_language, layout.tags(config))
    seo.write_robots(site_dir, config.site_url)


def on_build_error(error: Exception) -> None:
    layout.remove_failed_build()
