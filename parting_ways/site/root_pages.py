"""The language-neutral pages at the site root: the language chooser and the 404 page.

Both are written once, after every language is built, in every language at once; the
root 404 therefore never comes out in whichever language happened to be built last.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig

from parting_ways.errors import content_dir, locales_dir
from parting_ways.i18n.catalogs import Catalog, catalog_for
from parting_ways.site.languages import configured_codes, language_config, site_language
from parting_ways.widgets.definitions import load_site_text
from parting_ways.widgets.render import HTML


@dataclass(frozen=True)
class RootLanguage:
    code: str
    tag: str
    dir: str
    native_name: str
    site_name: str
    site_description: str
    home: str
    read: str
    suggested: str
    not_found_title: str
    not_found_text: str
    go_home: str


def root_language(
    code: str, tag: str, direction: str, native_name: str, site_name: str,
    site_description: str, home: str, catalog: Catalog, texts: dict[str, str],
) -> RootLanguage:
    return RootLanguage(
        code=code, tag=tag, dir=direction, native_name=native_name, site_name=site_name,
        site_description=site_description, home=home,
        read=catalog.text(texts["root.read_text"]),
        suggested=catalog.text(texts["root.suggested_text"]),
        not_found_title=catalog.text(texts["root.not_found_title_text"]),
        not_found_text=catalog.text(texts["root.not_found_text"]),
        go_home=catalog.text(texts["root.go_home_text"]),
    )


def write_root_pages(site_dir: Path, site_url: str, languages: list[RootLanguage]) -> None:
    template = HTML.get_template("root.html")
    root_url = site_url if site_url.endswith("/") else site_url + "/"
    common = {
        "languages": languages,
        "base": urlsplit(root_url).path,
        "root_url": root_url,
        "description": " · ".join(lang.site_description for lang in languages),
    }
    chooser = template.render(
        title=" · ".join(lang.site_name for lang in languages), not_found=False, **common
    )
    missing = template.render(
        title=" · ".join(lang.not_found_title for lang in languages), not_found=True, **common
    )
    (site_dir / "index.html").write_text(chooser, encoding="utf-8")
    (site_dir / "404.html").write_text(missing, encoding="utf-8")


def write_for(config: MkDocsConfig) -> None:
    """The chooser and the 404 page of a finished build, in every configured language."""
    texts = load_site_text(content_dir(config))
    languages = []
    for code in configured_codes(config):
        lang = site_language(code)
        lang_config = language_config(config, code)
        languages.append(
            root_language(
                code=code, tag=lang.tag, direction=lang.direction, native_name=lang.native_name,
                site_name=lang_config.site_name or config.site_name,
                site_description=lang_config.site_description or config.site_description or "",
                home=f"{code}/index.html",
                catalog=catalog_for(locales_dir(config), code), texts=texts,
            )
        )
    write_root_pages(Path(config.site_dir), config.site_url or "/", languages)
