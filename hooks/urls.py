"""Absolute URLs of pages and of the language-neutral root, from ``site_url``."""

from __future__ import annotations

from mkdocs.structure.files import File


def site_root(site_url: str) -> str:
    return site_url if site_url.endswith("/") else site_url + "/"


def absolute(site_url: str, file: File) -> str:
    return site_root(site_url) + file.url


def page_alternates(site_url: str, file: File, tags: dict[str, str]) -> list[tuple[str, str]]:
    """(hreflang, URL) for every language version of a page, then x-default (the chooser)."""
    alternates = getattr(file, "alternates", {})
    pairs = [(tags[code], absolute(site_url, alt)) for code, alt in sorted(alternates.items())]
    pairs.append(("x-default", site_root(site_url)))
    return pairs
