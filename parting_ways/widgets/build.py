"""The widgets in a build: ``<!-- md:... -->`` markers become the self-check and the letters.

hooks/widgets.py calls these from its MkDocs events; the state between events (the
rendered widgets waiting for their slot, each language's sections) lives here.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from parting_ways.errors import ContentError, content_dir, locales_dir, shown
from parting_ways.i18n.catalogs import catalog_for, catalog_path
from parting_ways.site.languages import configured_codes, current_code, site_language
from parting_ways.widgets import definitions, markers
from parting_ways.widgets.letters import render_letter, uses_writer
from parting_ways.widgets.links import check_widget_links
from parting_ways.widgets.sections import Section, read_sections
from parting_ways.widgets.selfcheck import render_selfcheck

TEMPLATES_PAGE = "templates.md"
# Each widget's script (under docs/), loaded only by the pages that carry the widget.
SCRIPTS = {"selfcheck": "assets/js/selfcheck.js", "message": "assets/js/messages.js"}
_slots: dict[str, list[str]] = {}
_scripts: dict[str, list[str]] = {}
_cache: dict[str, tuple[float, object]] = {}
# The guide's sections of the language being built, read once in on_pre_build.
_sections_by_code: dict[str, dict[str, Section]] = {}


def _loaded(config: MkDocsConfig) -> tuple[definitions.SelfCheck, definitions.Messages]:
    """Definitions are language-neutral: read once per process, again only if edited."""
    data = content_dir(config)
    paths = definitions.definition_paths(data)
    stamp = max(p.stat().st_mtime for p in paths if p.exists())
    cached = _cache.get("definitions")
    if cached and cached[0] == stamp:
        return cached[1]  # type: ignore[return-value]
    check, messages = definitions.load_both(data)
    _cache["definitions"] = (stamp, (check, messages))
    return check, messages


def _sections(config: MkDocsConfig, code: str) -> dict[str, Section]:
    return read_sections(Path(config.docs_dir) / code)


def prepare_language(config: MkDocsConfig) -> None:
    """Once per language build: its forms of address exist and its sections are indexed."""
    check, messages = _loaded(config)
    code = current_code(config)
    if code not in messages.address:
        raise ContentError(
            content_dir(config) / "address" / f"{code}.yml",
            f"missing: how '{code}' addresses the recipient of a message (start from another language's file)",
        )
    _sections_by_code[code] = _sections(config, code)
    definitions.check_section_links(check, set(_sections_by_code[code]))


def _line_offset(page: Page, markdown: str) -> int:
    source = page.file.content_string
    return source[: len(source) - len(markdown)].count("\n") if source.endswith(markdown) else 0


def _catalog(config: MkDocsConfig, code: str, source: Path, marker: markers.Marker):
    if not catalog_path(locales_dir(config), code).is_file():
        raise ContentError(
            source, f"marker 'md:{marker.name}' needs a catalog for '{code}' "
            f"(missing {shown(catalog_path(locales_dir(config), code))})",
            marker.line,
        )
    check, messages = _loaded(config)
    return catalog_for(locales_dir(config), code, definitions.text_owners(check, messages))


def _message_id(config: MkDocsConfig, source: Path, marker: markers.Marker) -> str:
    _, messages = _loaded(config)
    if len(marker.args) != 1 or marker.args[0] not in messages.templates:
        raise ContentError(
            source, f"unknown message template {' '.join(marker.args)!r} "
            f"(known: {', '.join(messages.templates)})", marker.line,
        )
    return marker.args[0]


def check_markers_and_catalogs(config: MkDocsConfig) -> None:
    """Every marker on every page names a known widget and template, and every language with
    a marker has a catalog that loads cleanly; the same errors the page build would raise.
    Run in the outer build before any page is rendered: these mistakes would otherwise stop
    the build only when their language comes round (up to four languages in)."""
    docs = Path(config.docs_dir)
    for code in configured_codes(config):
        for path in sorted((docs / code).rglob("*.md")):
            text = path.read_text(encoding="utf-8-sig")
            if "md:" not in text:
                continue

            def selfcheck(marker: markers.Marker, code: str = code, path: Path = path) -> str:
                _catalog(config, code, path, marker)
                return ""

            def message(marker: markers.Marker, code: str = code, path: Path = path) -> str:
                _catalog(config, code, path, marker)
                _message_id(config, path, marker)
                return ""

            markers.replace_markers(text, {"selfcheck": selfcheck, "message": message}, path)


def render_markers(markdown: str, page: Page, config: MkDocsConfig) -> str:
    """Each marker becomes a slot comment; the widget HTML waits for fill_slots."""
    if "md:" not in markdown:
        return markdown
    code = current_code(config)
    source = Path(page.file.abs_src_path)
    offset = _line_offset(page, markdown)
    language = site_language(code)

    def catalog(marker: markers.Marker):
        return _catalog(config, code, source, marker)

    def selfcheck(marker: markers.Marker) -> str:
        found = catalog(marker)
        check, messages = _loaded(config)
        return render_selfcheck(check, messages, found, language.babel_id, _sections_by_code[code], TEMPLATES_PAGE)

    messages_on_page: list[str] = []
    writer_used = False  # the language's, not the message's: worked out with the first message

    def message(marker: markers.Marker) -> str:
        nonlocal writer_used
        found = catalog(marker)
        _, messages = _loaded(config)
        template_id = _message_id(config, source, marker)
        messages_on_page.append(template_id)
        if len(messages_on_page) == 1:
            writer_used = uses_writer(messages, found)
        return render_letter(template_id, messages, found, code, language.date_locale, language.rtl,
                             writer_used=writer_used, first_on_page=len(messages_on_page) == 1)

    language_dir = Path(config.docs_dir) / code
    pages = {path.relative_to(language_dir).as_posix() for path in language_dir.rglob("*.md")}
    page_in_language = source.relative_to(language_dir).as_posix()

    scripts: list[str] = []

    def checked(render: markers.Renderer, widget: str) -> markers.Renderer:
        def render_and_check(marker: markers.Marker) -> str:
            html = render(marker)
            if SCRIPTS[marker.name] not in scripts:
                scripts.append(SCRIPTS[marker.name])
            check_widget_links(html, widget, page_in_language, _sections_by_code[code], pages,
                               language_dir, source, marker.line)
            return html
        return render_and_check

    markdown, rendered = markers.replace_markers(
        markdown, {"selfcheck": checked(selfcheck, "self-check"), "message": checked(message, "message")},
        source, offset, once_per_page=frozenset({"selfcheck"}),
    )
    _slots[page.file.src_uri] = rendered
    _scripts[page.file.src_uri] = scripts
    return markdown


def fill_slots(html: str, page: Page) -> str:
    """The widgets in their slots, then their scripts: same origin, relative to this page
    (any language, any depth), deferred so they run once the page is parsed."""
    rendered = _slots.pop(page.file.src_uri, None)
    if rendered:
        html = markers.fill_slots(html, rendered)
    for script in _scripts.pop(page.file.src_uri, []):
        html += f'\n<script src="{get_relative_url(script, page.url)}" defer></script>'
    return html

