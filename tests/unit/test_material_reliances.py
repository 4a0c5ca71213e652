"""The upstream internals that translate Material's own strings (README, "Reliances on
upstream internals"). Each test names what we rely on; when an upgrade changes it, the
test fails here, before a reader hears English again.
"""

from __future__ import annotations

from pathlib import Path

import material
from mkdocs_static_i18n.config import I18nPluginLanguage
from mkdocs_static_i18n.plugin import I18n

from parting_ways.site import material_labels

PARTIALS = Path(material.__file__).parent / "templates" / "partials"
OURS = Path(__file__).resolve().parents[2] / "overrides" / "partials"


def test_static_i18n_merges_a_language_s_palette_item_by_item():
    """mkdocs.yml names the toggle per language under languages: theme: palette."""
    assert "theme" in dict(I18nPluginLanguage._schema)
    plugin = I18n.__new__(I18n)
    plugin.current_language, plugin.original_theme_configs = "it", {}
    theme = {"palette": [{"scheme": "default", "toggle": {"icon": "night", "name": "Dark"}},
                         {"scheme": "slate", "toggle": {"icon": "sunny", "name": "Light"}}]}
    plugin.apply_user_theme_overrides(theme, {"palette": [{"toggle": {"name": "Passa al tema scuro"}},
                                                          {"toggle": {"name": "Passa al tema chiaro"}}]})
    assert theme["palette"] == [
        {"scheme": "default", "toggle": {"icon": "night", "name": "Passa al tema scuro"}},
        {"scheme": "slate", "toggle": {"icon": "sunny", "name": "Passa al tema chiaro"}},
    ]
    # ...and puts the shared palette back before the next language is built.
    assert plugin.original_theme_configs["palette"][0]["toggle"]["name"] == "Dark"


def test_material_names_the_toggle_with_its_palette_name():
    palette = (PARTIALS / "palette.html").read_text(encoding="utf-8")
    assert 'aria-label="{{ option.toggle.name }}"' in palette
    assert 'title="{{ option.toggle.name }}"' in palette


def test_material_joins_footer_direction_and_title_as_the_hook_expects():
    footer = (PARTIALS / "footer.html").read_text(encoding="utf-8")
    for side, page in (("prev", "previous_page"), ("next", "next_page")):
        written = (f'class="md-footer__link md-footer__link--{side}" '
                   f'aria-label="{{{{ direction }}}}: {{{{ page.{page}.title | e }}}}"')
        assert written in footer, side
        sample = (f'class="md-footer__link md-footer__link--{side}" aria-label="下一页: 十一个预警信号"')
        assert material_labels.FOOTER_LINK.search(sample), side


def test_material_logo_alt_is_the_one_the_hook_empties():
    logo = (PARTIALS / "logo.html").read_text(encoding="utf-8")
    assert '<img src="{{ config.theme.logo | url }}" alt="logo">' in logo
    for partial in (PARTIALS / "nav.html", OURS / "header.html"):
        text = partial.read_text(encoding="utf-8")
        link = text[text.index("md-logo"):]
        assert link.index('{% include "partials/logo.html" %}') < link.index("</a>"), partial
    sample = '<a href="." class="md-header__button md-logo" aria-label="x">\n  <img src="a.svg" alt="logo">'
    assert material_labels.LOGO_ALT.sub(r'\1alt=""', sample).endswith('alt="">')


def test_material_s_language_button_is_the_one_the_hook_names():
    alternate = (PARTIALS / "alternate.html").read_text(encoding="utf-8")
    written = '<button class="md-header__button md-icon" aria-label="{{ lang.t(\'select.language\') }}">'
    assert written in alternate
    assert '{% include "partials/alternate.html" %}' in (OURS / "header.html").read_text(encoding="utf-8")
    sample = '<button class="md-header__button md-icon" aria-label="إختر اللغة">'
    assert material_labels.LANGUAGE_BUTTON.sub(r"\1اختر اللغة\2", sample) == (
        '<button class="md-header__button md-icon" aria-label="اختر اللغة">')
