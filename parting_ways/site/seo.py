"""What search engines read: absolute URLs from ``site_url``, the sitemaps and robots.txt."""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import quoteattr

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


_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
    'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
)


def _entry(loc: str, alternates: list[tuple[str, str]]) -> str:
    links = "".join(
        f"    <xhtml:link rel=\"alternate\" hreflang={quoteattr(tag)} href={quoteattr(url)}/>\n"
        for tag, url in alternates
    )
    return f"  <url>\n    <loc>{loc}</loc>\n{links}  </url>\n"


def render(site_url: str, files: Iterable[File], tags: dict[str, str], with_root: bool) -> str:
    body = []
    if with_root:
        body.append(_entry(site_root(site_url), []))
    for file in files:
        body.append(_entry(absolute(site_url, file), page_alternates(site_url, file, tags)))
    return _HEAD + "".join(body) + "</urlset>\n"


def write_all(
    site_dir: Path, site_url: str, pages_by_language: dict[str, list[File]], tags: dict[str, str]
) -> None:
    every_page = [f for code in sorted(pages_by_language) for f in pages_by_language[code]]
    root = render(site_url, every_page, tags, with_root=True)
    (site_dir / "sitemap.xml").write_text(root, encoding="utf-8")
    (site_dir / "sitemap.xml.gz").write_bytes(gzip.compress(root.encode(), mtime=0))
    for code, pages in pages_by_language.items():
        folder = site_dir / code
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "sitemap.xml").write_text(
            render(site_url, pages, tags, with_root=False), encoding="utf-8"
        )


def robots_txt(site_url: str) -> str:
    """Allow everything; the 404 page keeps itself out of indexes with its own noindex."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {site_root(site_url)}sitemap.xml\n"


def write_robots(site_dir: Path, site_url: str | None) -> None:
    """``robots.txt`` at the site root, pointing crawlers at the sitemap (the sitemap URL
    comes from ``site_url``, so forks and previews point at their own)."""
    if not site_url:
        return  # without an absolute sitemap URL the file would be invalid
    (site_dir / "robots.txt").write_text(robots_txt(site_url), encoding="utf-8")
