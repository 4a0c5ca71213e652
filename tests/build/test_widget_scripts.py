"""Each widget's script loads only on the pages that carry the widget (hooks/widgets.py)."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from parting_ways.widgets import build
from tests.conftest import LANGUAGES

SCRIPT = re.compile(r'<script src="([^"]+)"([^>]*)>')
WIDGET_SCRIPTS = {"selfcheck.js", "messages.js"}
EXPECTED = {
    "index.html": set(), "signs.html": set(), "repair.html": set(), "ending.html": set(),
    "conclusion.html": set(), "self-check.html": {"selfcheck.js"}, "templates.html": {"messages.js"},
}


@pytest.mark.parametrize("code", LANGUAGES)
def test_widget_scripts_load_only_where_their_widget_is(built_site, code):
    for name, expected in EXPECTED.items():
        page = built_site.site_dir / code / name
        scripts = {src.rsplit("/", 1)[-1]: (src, attrs) for src, attrs in SCRIPT.findall(page.read_text("utf-8"))}
        assert set(scripts) & WIDGET_SCRIPTS == expected, f"{code}/{name}: {sorted(scripts)}"
        for script in expected:
            src, attrs = scripts[script]
            assert " defer" in attrs, f"{code}/{name}: {script} is not deferred"
            assert "//" not in src and (page.parent / src).resolve().is_file(), f"{code}/{name}: {src}"


def test_the_script_path_is_relative_to_the_page_at_any_depth():
    build._slots["it/sub/templates.md"] = ["<div>letter</div>"]
    build._scripts["it/sub/templates.md"] = [build.SCRIPTS["message"]]
    page = SimpleNamespace(file=SimpleNamespace(src_uri="it/sub/templates.md"), url="it/sub/templates.html")
    html = build.fill_slots("<p><!-- pw-slot:0 --></p>", page)
    assert html == '<div>letter</div>\n<script src="../../assets/js/messages.js" defer></script>'
    assert build.fill_slots("<p>no widget</p>", page) == "<p>no widget</p>"
