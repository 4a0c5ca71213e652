"""MkDocs hook: language layout, head alternates, root chooser, 404 and sitemaps.

mkdocs-static-i18n runs every hook once per language; work that only needs doing once
(root pages, sitemaps) waits for the outermost build to finish.
"""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from hooks import layout, root_pages, sitemaps
from hooks.catalogs import catalog_for
from hooks.definitions import load_site_text
from hooks.languages import (
    configured_codes,
    current_code,
    default_code,
    i18n_plugin,
    language_config,
    site_language,
)
from hooks.parity import check_language_folders
from hooks.project import content_dir, locales_dir, project_dir, relative
from hooks.urls import page_alternates


def _tags(config: MkDocsConfig) -> dict[str, str]:
    return {code: site_language(code).tag for code in configured_codes(config)}


_site_dirs: list[str] = []


def keep_strict_warnings_visible(config: MkDocsConfig) -> None:
    """``--strict`` must fail on a warning whatever the log level.

    MkDocs counts strict-mode warnings with a handler on the ``mkdocs`` logger
    (mkdocs/commands/build.py), but ``-q`` sets that logger to ERROR, so a warning (a
    broken link) is never even created and the quiet strict build passes. Under strict a
    warning is an error, so the logger keeps at least WARNING: MkDocs' own counter sees
    it and aborts, and the reader sees which link it was.
    """
    logger = logging.getLogger("mkdocs")
    if config.strict and logger.getEffectiveLevel() > logging.WARNING:
        logger.setLevel(logging.WARNING)


@event_priority(50)  # before mkdocs-static-i18n copies the names into the switcher
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    keep_strict_warnings_visible(config)
    _site_dirs[:] = [config.site_dir]
    for lang in i18n_plugin(config).config.languages:
        lang.name = site_language(lang.locale).native_name
    if i18n_plugin(config).building:
        return config  # a nested per-language build: the outer one has checked every folder
    docs = Path(config.docs_dir)
    shown = docs.relative_to(project_dir(config)) if docs.is_relative_to(project_dir(config)) else docs
    check_language_folders(docs, configured_codes(config), str(shown))
    return config


@event_priority(-150)  # after mkdocs-static-i18n has placed and paired the files
def on_files(files: Files, config: MkDocsConfig) -> Files:
    layout.move_default_language_into_folder(files, default_code(config), config.site_dir)
    return files


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    context["head_alternates"] = page_alternates(config.site_url or "", page.file, _tags(config))
    context["og_locale"] = site_language(current_code(config)).og_locale
    return context


_LANG_ATTRIBUTE = re.compile(r'(\s(?:lang|hreflang)=")([a-z]{2})(")')


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    tags = _tags(config)
    output = _LANG_ATTRIBUTE.sub(lambda m: m[1] + tags.get(m[2], m[2]) + m[3], output)
    # Material puts dir on <body>; on <html> it also reaches the head and the scrollbars.
    direction = site_language(current_code(config)).direction
    return output.replace("<html lang=", f'<html dir="{direction}" lang=', 1)


@event_priority(-200)  # after mkdocs-static-i18n has built the other languages
def on_post_build(config: MkDocsConfig) -> None:
    plugin = i18n_plugin(config)
    if plugin.building:
        return  # a nested per-language build; the outer one finishes the site
    site_dir = Path(config.site_dir)
    codes = configured_codes(config)
    texts = load_site_text(content_dir(config), relative(config, content_dir(config)))
    languages = []
    for code in codes:
        lang = site_language(code)
        lang_config = language_config(config, code)
        languages.append(
            root_pages.root_language(
                code=code, tag=lang.tag, direction=lang.direction, native_name=lang.native_name,
                site_name=lang_config.site_name or config.site_name,
                site_description=lang_config.site_description or config.site_description or "",
                home=f"{code}/index.html",
                catalog=catalog_for(locales_dir(config), code), texts=texts,
            )
        )
    root_pages.write_root_pages(site_dir, config.site_url or "/", languages)
    sitemaps.write_all(site_dir, config.site_url or "/", plugin.i18n_files_per_language, _tags(config))


def remove_build_output(site_dir: str | Path) -> None:
    """Empty ``site_dir`` the way MkDocs' own clean does: hidden entries stay.

    MkDocs never writes hidden files and keeps them when it cleans (a ``.git`` of a
    gh-pages worktree, ``.nojekyll``), so everything else in the folder is this build's
    output. Not ``mkdocs.utils.clean_directory``: mkdocs-static-i18n swaps it for a no-op
    during its nested language builds, which is when most errors happen.
    """
    folder = Path(site_dir)
    if not folder.is_dir():
        return
    for entry in folder.iterdir():
        if entry.name.startswith("."):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def on_build_error(error: Exception) -> None:
    """A half-built site must not look finished (or be deployable): remove what it wrote."""
    for site_dir in _site_dirs:
        remove_build_output(site_dir)
