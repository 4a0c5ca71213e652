"""Nothing of Material's a reader sees or hears on a translated page stays in English.

Material's language files translate its words; three things they leave in English are put
right by us: the palette toggle's name (per-language theme overrides in mkdocs.yml, merged
by mkdocs-static-i18n), the colon joining "Previous"/"Next" and the page title in the footer
links (content/site.yml, a catalog string), the logo's alt="logo", and the Arabic language
button's misspelt «إختر» (parting_ways/site/material_labels.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mkdocs.utils.yaml import yaml_load

from tests.conftest import LANGUAGES
from tests.support.catalog_view import catalog

CONFIG = yaml_load((Path(__file__).resolve().parents[2] / "mkdocs.yml").read_text(encoding="utf-8"))
ENGLISH_TOGGLES = [option["toggle"]["name"] for option in CONFIG["theme"]["palette"]]
ATTRIBUTE = re.compile(r'\b(aria-label|title|alt|placeholder)="([^"]*)"')
FOOTER_LABEL = re.compile(r'class="md-footer__link md-footer__link--(?:prev|next)" aria-label="([^"]*)"')


def toggles(code: str) -> list[str]:
    language = next(item for item in CONFIG["plugins"][1]["i18n"]["languages"] if item["locale"] == code)
    return [option["toggle"]["name"] for option in language["theme"]["palette"]]


@pytest.mark.parametrize("code", LANGUAGES)
def test_palette_toggle_logo_and_footer_speak_the_language(built_site, code):
    names = toggles(code)
    assert len(names) == len(ENGLISH_TOGGLES) and not set(names) & set(ENGLISH_TOGGLES)
    joined = catalog(code).text("{direction}: {title}")
    separator = joined.removeprefix("{direction}").removesuffix("{title}")
    pages = built_site.pages(code)
    assert len(pages) == 7
    for path in pages:
        html = path.read_text(encoding="utf-8")
        attributes = ATTRIBUTE.findall(html)
        # The toggle's name is its title and its aria-label (partials/palette.html).
        for name in names:
            assert ("aria-label", name) in attributes and ("title", name) in attributes, (path, name)
        for english in [*ENGLISH_TOGGLES, "logo"]:
            assert not [a for a in attributes if a[1] == english], (path, english)
        # The header's language button, named from our catalog.
        assert ("aria-label", catalog(code).text("Choose a language")) in attributes, path
        labels = FOOTER_LABEL.findall(html)
        assert labels, path
        assert all(separator in label for label in labels), (path, labels)


def test_chinese_footer_links_use_the_full_width_colon(built_site):
    for path in built_site.pages("zh"):
        for label in FOOTER_LABEL.findall(path.read_text(encoding="utf-8")):
            assert "：" in label and ": " not in label, (path, label)


def test_arabic_language_button_has_no_stray_hamza(built_site):
    for path in built_site.pages("ar"):
        html = path.read_text(encoding="utf-8")
        # (Material's config island still carries its unused version-selector label.)
        assert 'aria-label="إختر' not in html and 'aria-label="اختر اللغة"' in html, path
