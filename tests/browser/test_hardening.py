"""Unit tests for the hardening items of issue 14 (no build, no browser)."""

from __future__ import annotations

from pathlib import Path

import pytest

from parting_ways.errors import ContentError
from parting_ways.site import layout
from parting_ways.widgets.links import check_widget_links
from parting_ways.widgets.sections import Section


def test_a_failed_build_keeps_hidden_entries(tmp_path: Path, monkeypatch):
    site = tmp_path / "site"
    (site / ".git" / "objects").mkdir(parents=True)
    (site / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    (site / ".nojekyll").write_text("", encoding="utf-8")
    (site / "it").mkdir()
    (site / "it" / "index.html").write_text("<p>half</p>", encoding="utf-8")
    (site / "index.html").write_text("<p>half</p>", encoding="utf-8")
    monkeypatch.setattr(layout, "_site_dirs", [str(site)])
    layout.remove_failed_build()
    assert sorted(p.name for p in site.iterdir()) == [".git", ".nojekyll"]
    assert (site / ".git" / "HEAD").read_text(encoding="utf-8").startswith("ref:")


_SECTIONS = {
    "sign-respect": Section("sign-respect", "Respect", "signs.md", 5),
    "tpl-abuse": Section("tpl-abuse", "Abuse", "templates.md", 9),
}
_PAGES = {"signs.md", "templates.md", "self-check.md"}


def _check(rendered: str) -> None:
    check_widget_links(rendered, "self-check", "self-check.md", _SECTIONS, _PAGES, Path("docs/it"),
                       "docs/it/self-check.md", 9)


def test_widget_links_to_existing_sections_pass():
    _check('<a href="signs.html#sign-respect">x</a><a href="mailto:?subject=a%22">m</a>'
           '<script type="application/json" data-x>{"t": {"href": "templates.html?template=abuse#tpl-abuse"}}</script>')


@pytest.mark.parametrize(("rendered", "message"), [
    ('<a href="signs.html#sign-nothing">x</a>', "docs/it/signs.md has no section '#sign-nothing'"),
    ('<a href="templates.html#sign-respect">x</a>', "docs/it/templates.md has no section '#sign-respect'"),
    ('<a href="segnali.html#sign-respect">x</a>', "there is no docs/it/segnali.md"),
    ('<script type="application/json">{"a": [{"href": "templates.html?template=x#tpl-x"}]}</script>',
     "docs/it/templates.md has no section '#tpl-x'"),
])
def test_widget_links_to_missing_sections_fail_naming_the_file(rendered, message):
    with pytest.raises(ContentError) as caught:
        _check(rendered)
    assert str(caught.value).startswith("docs/it/self-check.md:9: the self-check links to ")
    assert message in str(caught.value)


# --- 5. No regex lookbehind reaches a browser (Safari < 16.4 cannot compile one) -------

_LOOKBEHIND = ("(?<=", "(?<!")
PROJECT = Path(__file__).resolve().parents[2]


def test_arabic_article_is_cut_at_index_time():
    import re

    from parting_ways.search.text import PROFILES, prepare

    profile = PROFILES["ar"]
    text = prepare("<p>العميل، والعقد «للحديث» مالٌ</p>", profile)
    tokens = [t for t in re.split(profile.separator, text[3:-4]) if t]
    assert tokens == ["ال", "عميل", "وال", "عقد", "لل", "حديث", "مال"]
    assert prepare("إلى", profile) == "إلى"  # too short to hold an article: left whole


def test_no_lookbehind_in_any_separator_the_build_emits(built_site):
    import json

    from tests.conftest import LANGUAGES

    for code in LANGUAGES:
        index = json.loads((built_site.site_dir / code / "search/search_index.json").read_text("utf-8"))
        separator = index["config"]["separator"]
        assert not any(mark in separator for mark in _LOOKBEHIND), f"{code}: {separator}"


def test_no_lookbehind_in_shipped_scripts():
    shipped = sorted((PROJECT / "docs/assets/js").glob("*.js")) + sorted((PROJECT / "overrides").rglob("*.html"))
    assert shipped
    for path in shipped:
        text = path.read_text(encoding="utf-8")
        assert not any(mark in text for mark in _LOOKBEHIND), f"lookbehind in {path.relative_to(PROJECT)}"


# --- 9. One escaper for JSON inside <script> --------------------------------------------

HOSTILE_TEXT = "a </script><!--<script>x</script>--> & 'b' <b>"


def test_json_island_escapes_everything_the_html_tokenizer_reacts_to():
    import json

    from parting_ways.widgets.render import json_island

    for compact in (False, True):
        island = json_island({"text": HOSTILE_TEXT}, compact=compact)
        assert not set("<>&'") & set(island), island
        assert json.loads(island) == {"text": HOSTILE_TEXT}


def test_the_search_config_uses_the_same_escaper():
    from parting_ways.search.index import with_language_base
    from parting_ways.widgets.render import json_island

    config = {"base": "..", "translations": {"x": HOSTILE_TEXT}}
    html = f'<script id="__config" type="application/json">{json_island(config)}</script>'
    out = with_language_base(html, "th/signs.html", "th")
    assert json_island({"base": "./", "translations": {"x": HOSTILE_TEXT}}, compact=True) in out
