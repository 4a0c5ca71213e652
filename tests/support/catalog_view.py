"""The real catalogs and definitions, as the tests need them to know what a reader should see."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from parting_ways.i18n.catalogs import Catalog, load_catalog, read_template
from parting_ways.widgets import definitions

PROJECT = Path(__file__).resolve().parents[2]


@cache
def loaded() -> tuple[definitions.SelfCheck, definitions.Messages]:
    return definitions.load_both(PROJECT / "content")


@cache
def catalog(code: str) -> Catalog:
    locales = PROJECT / "locales"
    return load_catalog(locales, code, read_template(locales))
