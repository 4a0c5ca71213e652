"""Our copies of Material partials = the installed Material's own + our intended changes.

overrides/partials/header.html and search.html are whole copies of Material's partials
(there is no smaller hook for a keyboard-reachable menu button or a named search dialog).
Nothing else would notice when a Material upgrade changes the originals: this test takes
the installed partial, applies exactly our changes, and requires the result to equal our
copy. When it fails after an upgrade, copy the new upstream partial and re-apply the
changes listed here. The weekly upstream workflow runs it against the newest Material.
"""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest

UPSTREAM = Path(material.__file__).parent / "templates" / "partials"
OURS = Path(__file__).resolve().parents[2] / "overrides" / "partials"
_LEADING_COMMENT = re.compile(r"\A\{#-.*?-#\}\n", re.S)
# Escaping is one of our changes (MkDocs does not autoescape); tests/build/test_hardening_build.py
# checks its effect, so here both sides are compared without their "| e" filters.
_ESCAPE = re.compile(r"\s*\|\s*e(?=\s*\}\})")


def normalised(text: str) -> str:
    return _ESCAPE.sub("", _LEADING_COMMENT.sub("", text))


def apply(text: str, edits: list[tuple[str, str]], name: str) -> str:
    for old, new in edits:
        count = text.count(old)
        assert count == 1, f"Material's {name} changed where our edit applies ({count}x): {old[:60]!r}"
        text = text.replace(old, new)
    return text


def between(text: str, start: str, end: str) -> str:
    """The part of our copy from start up to and including end (our own additions)."""
    begin = text.index(start)
    return text[begin: text.index(end, begin) + len(end)]


def test_header_is_materials_own_plus_the_menu_button():
    ours = normalised((OURS / "header.html").read_text(encoding="utf-8"))
    upstream = normalised((UPSTREAM / "header.html").read_text(encoding="utf-8"))
    drawer = (
        '    <label class="md-header__button md-icon" for="__drawer">\n'
        '      {% set icon = config.theme.icon.menu or "material/menu" %}\n'
        '      {% include ".icons/" ~ icon ~ ".svg" %}\n'
        "    </label>\n"
    )
    button = between(ours, "    <button type=\"button\" class=\"md-header__button md-icon pw-drawer-button\"",
                     "    </button>\n")
    script = ours[ours.index("</header>\n") + len("</header>\n"):]
    assert script.startswith("<script>") and script.rstrip().endswith("</script>")
    expected = apply(upstream, [
        # 1. Without JavaScript the label stays; with it, a real button toggles the drawer.
        (drawer, "    <noscript>" + drawer.lstrip().replace("</label>\n", "</label></noscript>\n") + button),
        # 2. The palette is settled before the page below is parsed.
        ('      {% include "partials/javascripts/palette.html" %}\n',
         '      {% include "partials/javascripts/palette.html" %}\n'
         '      {% include "partials/palette-settled.html" %}\n'),
        # 3. The button's few lines of behaviour, live as soon as the header is on screen.
        ("</header>\n", "</header>\n" + script),
    ], "header.html")
    assert ours == expected


def test_search_is_materials_own_plus_a_dialog_name():
    ours = normalised((OURS / "search.html").read_text(encoding="utf-8"))
    upstream = normalised((UPSTREAM / "search.html").read_text(encoding="utf-8"))
    expected = apply(upstream, [
        ('<div class="md-search" data-md-component="search" role="dialog">',
         '<div class="md-search" data-md-component="search" role="dialog" aria-label="{{ lang.t(\'search\') }}">'),
    ], "search.html")
    assert ours == expected


@pytest.mark.parametrize("name", ["header.html", "search.html"])
def test_a_change_upstream_is_noticed(name):
    """The comparison is not vacuous: one changed upstream line makes it differ."""
    upstream = normalised((UPSTREAM / name).read_text(encoding="utf-8"))
    ours = normalised((OURS / name).read_text(encoding="utf-8"))
    assert upstream.replace('class="md-', 'class="md-x-', 1) != upstream
    assert 'class="md-x-' not in ours
