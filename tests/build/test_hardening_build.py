"""Builds of a mutated copy that must succeed, and must come out right (issue 14)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from tests.support.site_server import build_site, copy_project

HOSTILE_DESCRIPTION = 'Segnali "forti" & <deboli>'
HOSTILE_TITLE = 'Segnali "d\'allarme" & co'


class _Head(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        attributes = dict(attrs)
        if tag == "meta":
            key = attributes.get("name") or attributes.get("property")
            if key:
                self.meta[key] = attributes.get("content") or ""


def test_head_metadata_is_escaped(tmp_path: Path):
    root = copy_project(tmp_path / "project")
    page = root / "docs/it/signs.md"
    text = page.read_text(encoding="utf-8")
    _front_matter, body = text.split("\n---\n", 1)
    page.write_text(
        f"---\ntitle: '{HOSTILE_TITLE.replace(chr(39), chr(39) * 2)}'\n"
        f"description: '{HOSTILE_DESCRIPTION}'\n---\n{body}",
        encoding="utf-8",
    )
    site_dir = tmp_path / "site"
    result = build_site(site_dir, "http://127.0.0.1:8000/parting-ways/", project=root)
    assert result.returncode == 0, result.stdout + result.stderr
    html = (site_dir / "it/signs.html").read_text(encoding="utf-8")
    parsed = _Head()
    parsed.feed(html)
    assert parsed.meta["description"] == HOSTILE_DESCRIPTION
    assert parsed.meta["og:description"] == HOSTILE_DESCRIPTION
    assert parsed.meta["og:title"] == HOSTILE_TITLE
    # "<deboli>" must stay text: no element of that name anywhere in the page.
    assert "deboli" not in parsed.tags
    assert "<deboli>" not in html
