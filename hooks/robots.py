"""MkDocs hook: ``robots.txt`` at the site root, pointing crawlers at the sitemap.

Written once, after mkdocs-static-i18n has built every language (the nested
per-language builds would otherwise each write it). The sitemap URL comes from
``site_url``, so forks and previews point at their own sitemap.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from hooks.languages import i18n_plugin
from hooks.urls import site_root


def robots_txt(site_url: str) -> str:
    """Allow everything; the 404 page keeps itself out of indexes with its own noindex."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {site_root(site_url)}sitemap.xml\n"


@event_priority(-200)  # with site_layout's root pages, after the per-language builds
def on_post_build(config: MkDocsConfig) -> None:
    if i18n_plugin(config).building:
        return  # a nested per-language build; the outer one finishes the site
    if not config.site_url:
        return  # without an absolute sitemap URL the file would be invalid
    Path(config.site_dir, "robots.txt").write_text(robots_txt(config.site_url), encoding="utf-8")
