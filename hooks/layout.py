"""Put every language, the default one included, in its own folder.

mkdocs-static-i18n writes the default language at the site root. This site keeps the
root for a language chooser (no reader's language is privileged), so the default
language's pages, and every alternate that points at them, move under ``<default>/``.
"""

from __future__ import annotations

import os

from mkdocs.structure.files import File, Files


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
