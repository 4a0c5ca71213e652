"""The guide reads in one order in every language: navigation and previous/next links."""

from __future__ import annotations

import re

import pytest

from tests.conftest import LANGUAGES

ORDER = ["index.html", "signs.html", "repair.html", "ending.html", "self-check.html", "templates.html",
         "conclusion.html"]
NAV_LINK = re.compile(r'<a href="([\w-]+\.html)" class="md-nav__link(?: md-nav__link--active)?"')
FOOTER = re.compile(r'<a href="([\w-]+\.html)" class="md-footer__link md-footer__link--(prev|next)"')


@pytest.mark.parametrize("code", LANGUAGES)
def test_navigation_and_footer_follow_the_reading_order(built_site, code):
    nav = NAV_LINK.findall((built_site.site_dir / code / "signs.html").read_text(encoding="utf-8"))
    assert list(dict.fromkeys(nav)) == ORDER
    for i, name in enumerate(ORDER):
        links = dict((kind, href) for href, kind in
                     FOOTER.findall((built_site.site_dir / code / name).read_text(encoding="utf-8")))
        assert links.get("prev") == (ORDER[i - 1] if i else None), name
        assert links.get("next") == (ORDER[i + 1] if i + 1 < len(ORDER) else None), name
