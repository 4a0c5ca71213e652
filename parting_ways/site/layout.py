"""The site's language layout: every language in its own folder, with its tags and direction.

mkdocs-static-i18n writes the default language at the site root. This site keeps the
root for a language chooser (no reader's language is privileged), so the default
language's pages, and every alternate that points at them, move under ``<default>/``.
Also here: native language names, hreflang/og:locale, lang/dir attributes, and
removing the output of a failed build.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from parting_ways.site.languages import configured_codes, current_code, i18n_plugin, site_language
from parting_ways.site.parity import check_language_folders
from parting_ways.site.seo import page_alternates


def _move_into_folder(file: File, folder: str, site_dir: str) -> None:
    file.dest_uri = f"{folder}/{file.dest_uri}"
    # url and abs_dest_path are cached from dest_uri; drop the copies so they follow it.
    for cached in ("url", "abs_dest_path"):
        file.__dict__.pop(cached, None)
    file.abs_dest_path = os.path.normpath(os.path.join(site_dir, file.dest_uri))


def move_default_language_into_folder(files: Files, default: str, site_dir: str) -> None:
    moved: set[int] = set()
    for page_file in files.documentation_pages():
        for alternate in getattr(page_file, "alternates", {page_file.locale: page_file}).values():
            if id(alternate) in moved or alternate.locale != default:
                continue
            moved.add(id(alternate))
            if not alternate.dest_uri.startswith(f"{default}/"):
                _move_into_folder(alternate, default, site_dir)


def rename_languages(config: MkDocsConfig) -> None:
    """The switcher shows CLDR's native names (mkdocs.yml's ``name`` is only static-i18n's required key)."""
    for lang in i18n_plugin(config).config.languages:
        lang.name = site_language(lang.locale).native_name


def check_every_language_folder(config: MkDocsConfig) -> None:
    check_language_folders(Path(config.docs_dir), configured_codes(config))


def tags(config: MkDocsConfig) -> dict[str, str]:
    return {code: site_language(code).tag for code in configured_codes(config)}


def head_context(context: dict, page: Page, config: MkDocsConfig) -> dict:
    """hreflang alternates and og:locale for overrides/main.html."""
    context["head_alternates"] = page_alternates(config.site_url or "", page.file, tags(config))
    context["og_locale"] = site_language(current_code(config)).og_locale
    return context


_LANG_ATTRIBUTE = re.compile(r'(\s(?:lang|hreflang)=")([a-z]{2})(")')


def with_language_attributes(output: str, config: MkDocsConfig) -> str:
    """BCP 47 tags in lang/hreflang, and dir on <html>."""
    language_tags = tags(config)
    output = _LANG_ATTRIBUTE.sub(lambda m: m[1] + language_tags.get(m[2], m[2]) + m[3], output)
    # Material puts dir on <body>; on <html> it also reaches the head and the scrollbars.
    direction = site_language(current_code(config)).direction
    return output.replace("<html lang=", f'<html dir="{direction}" lang=', 1)


_site_dirs: list[str] = []


def keep_strict_warnings_visible(config: MkDocsConfig) -> None:
    """``--strict`` must fail on a warning whatever the log level.

    MkDocs counts strict-mode warnings with a handler on the ``mkdocs`` logger
    (mkdocs/commands/build.py), but ``-q`` sets that logger to ERROR, so a warning (a
    broken link) is never even created and the quiet strict build passes. Under strict a
    warning is an error, so the logger keeps at least WARNING: MkDocs' own counter sees
    it and aborts, and the reader sees which link it was. Also remembers the site folder
    for remove_failed_build.
    """
    _site_dirs[:] = [config.site_dir]
    logger = logging.getLogger("mkdocs")
    if config.strict and logger.getEffectiveLevel() > logging.WARNING:
        logger.setLevel(logging.WARNING)


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


def remove_failed_build() -> None:
    """A half-built site must not look finished (or be deployable): remove what it wrote."""
    for site_dir in _site_dirs:
        remove_build_output(site_dir)
