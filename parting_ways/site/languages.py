"""Facts about the site's languages, derived from the i18n plugin's configuration and Babel."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from babel import Locale
from babel.core import UnknownLocaleError, get_global
from mkdocs.config.defaults import MkDocsConfig

from parting_ways.errors import ContentError

# The folder code stays short ("zh"); the browser and search engines get the script too.
_BCP47_OVERRIDES = {"zh": "zh-Hans"}
_BABEL_OVERRIDES = {"zh": "zh_Hans"}
# Dates, as the browser should write them in a letter: Thai business letters count years
# in the Buddhist era (2569 = 2026); Arabic keeps the Western digits the guide uses and
# the Gregorian calendar. The one place that decides the era: the build's own dates
# (Babel, Gregorian only) follow SiteLanguage.buddhist_era, derived from this.
_DATE_LOCALES = {"th": "th-TH-u-ca-buddhist", "ar": "ar-u-nu-latn-ca-gregory", "zh": "zh-Hans-CN"}


@dataclass(frozen=True)
class SiteLanguage:
    code: str  # folder name and URL segment
    tag: str  # BCP 47, for lang= and hreflang=
    babel_id: str
    native_name: str
    rtl: bool
    date_locale: str

    @property
    def buddhist_era(self) -> bool:
        return "-ca-buddhist" in self.date_locale

    @property
    def direction(self) -> str:
        return "rtl" if self.rtl else "ltr"

    @property
    def og_locale(self) -> str:
        """Open Graph wants language_TERRITORY; CLDR's likely subtags supply the territory."""
        language = self.babel_id.split("_")[0]
        likely = get_global("likely_subtags").get(language, self.babel_id).split("_")
        return f"{likely[0]}_{likely[-1]}"


@cache
def site_language(code: str) -> SiteLanguage:
    babel_id = _BABEL_OVERRIDES.get(code, code)
    try:
        locale = Locale.parse(babel_id)
    except (ValueError, UnknownLocaleError):
        # One line for the contributor instead of Babel's traceback, in builds and commands.
        raise ContentError("mkdocs.yml", f"language '{code}' is not a locale CLDR knows "
                           "(use a code such as 'pl', 'pt' or 'zh')") from None
    name = locale.get_display_name(babel_id) or code
    # CLDR names are for running text ("italiano"); a menu item starts with a capital.
    name = name[:1].upper() + name[1:]
    return SiteLanguage(
        code=code,
        tag=_BCP47_OVERRIDES.get(code, code),
        babel_id=babel_id,
        native_name=name,
        rtl=locale.character_order == "right-to-left",
        date_locale=_DATE_LOCALES.get(code, code),
    )


def i18n_plugin(config: MkDocsConfig):
    return config.plugins["i18n"]


def configured_codes(config: MkDocsConfig) -> list[str]:
    return [lang.locale for lang in i18n_plugin(config).config.languages if lang.build]


def default_code(config: MkDocsConfig) -> str:
    return i18n_plugin(config).default_language


def current_code(config: MkDocsConfig) -> str:
    return i18n_plugin(config).current_language


def language_config(config: MkDocsConfig, code: str):
    return i18n_plugin(config).get_language_config(code)
