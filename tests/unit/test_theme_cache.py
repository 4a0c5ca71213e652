"""The theme's templates are compiled once for all language builds, and again after an edit."""

from __future__ import annotations

from pathlib import Path

import jinja2

from parting_ways.site.theme_cache import SharedBytecode


def _env(folder: Path, cache: SharedBytecode, compiled: list[str]) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)), auto_reload=False)
    env.bytecode_cache = cache
    native = env.compile

    def compile(source, name=None, filename=None, raw=False, defer_init=False):
        compiled.append(name)
        return native(source, name, filename, raw, defer_init)

    env.compile = compile  # type: ignore[method-assign]
    return env


def test_a_second_environment_reuses_the_compiled_template_until_it_changes(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("{{ greeting }}, {{ name }}!", encoding="utf-8")
    cache, compiled = SharedBytecode(), []
    first = _env(tmp_path, cache, compiled).get_template("page.html").render(greeting="Ciao", name="Anna")
    second = _env(tmp_path, cache, compiled).get_template("page.html").render(greeting="Xin chào", name="Minh")
    assert (first, second) == ("Ciao, Anna!", "Xin chào, Minh!")
    assert compiled == ["page.html"], "the second language build compiles nothing"
    (tmp_path / "page.html").write_text("{{ name }}: {{ greeting }}", encoding="utf-8")
    edited = _env(tmp_path, cache, compiled).get_template("page.html").render(greeting="Ciao", name="Anna")
    assert edited == "Anna: Ciao"
    assert compiled == ["page.html", "page.html"], "an edited template is compiled again"
