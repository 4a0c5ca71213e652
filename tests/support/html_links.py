"""Small HTML reading helpers for crawl tests (standard library only)."""

from __future__ import annotations

from html.parser import HTMLParser


class PageParts(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []  # (tag, url)
        self.ids: set[str] = set()
        self.html_attrs: dict[str, str | None] = {}
        self.alternates: list[tuple[str, str]] = []
        self.switcher: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "html":
            self.html_attrs = attributes
        for name in ("id", "name"):
            if attributes.get(name):
                self.ids.add(attributes[name] or "")
        if tag == "link" and attributes.get("rel") == "alternate" and attributes.get("hreflang"):
            self.alternates.append((attributes["hreflang"] or "", attributes.get("href") or ""))
        if tag == "a" and "md-select__link" in (attributes.get("class") or ""):
            self.switcher.append((attributes.get("hreflang") or "", attributes.get("href") or ""))
        for name in ("href", "src"):
            value = attributes.get(name)
            if value and not (tag == "link" and attributes.get("rel") in ("alternate", "canonical")):
                self.links.append((tag, value))


def parse(html: str) -> PageParts:
    parts = PageParts()
    parts.feed(html)
    return parts
