"""The theme's templates are compiled once per process, not once per language.

mkdocs-static-i18n runs MkDocs' whole ``build()`` again for every language, and each
build asks the theme for a fresh Jinja environment. Without help, every build compiles
Material's templates again (about 40 of them) and walks the theme's folders again
(some 14,000 files, the icons included) to find its static files. Here each
environment the theme hands out gets:

- a bytecode cache shared for the life of the process, keyed by template and source
  checksum: a template is compiled once, and again only when its source changes (an
  edit under overrides/ during ``mkdocs serve`` is still picked up);
- a listing of the theme's files made once per outer build: the nested language
  builds reuse it; the next outer build (a ``mkdocs serve`` rebuild) lists again.

The environments themselves stay per build (each language has its own translations).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jinja2
from jinja2.bccache import Bucket, BytecodeCache
from mkdocs.config.defaults import MkDocsConfig

from parting_ways.site.languages import i18n_plugin


class SharedBytecode(BytecodeCache):
    """Compiled template code in memory; a changed source has another checksum, so another entry."""

    def __init__(self) -> None:
        self._code: dict[tuple[str, str], Any] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get((bucket.key, bucket.checksum))
        if code is not None:
            bucket.code = code

    def dump_bytecode(self, bucket: Bucket) -> None:
        if bucket.code is not None:
            self._code[(bucket.key, bucket.checksum)] = bucket.code

    def clear(self) -> None:
        self._code.clear()


BYTECODE = SharedBytecode()
# (theme folders, extensions, filter) -> template names, for the current outer build only.
_listings: dict[tuple, list[str]] = {}


def _listing_once(env: jinja2.Environment) -> Callable[..., list[str]]:
    listed = env.list_templates

    def list_templates(extensions=None, filter_func=None) -> list[str]:
        # MkDocs' filter is a new closure in every build but always the same code over the
        # same (unchanged) config, so its code object identifies it. static-i18n prepends its
        # sitemap folder to the theme's folders once more in every build; a folder listed
        # twice adds no template, so the key counts each folder once.
        key = (tuple(dict.fromkeys(getattr(env.loader, "searchpath", ()))), tuple(extensions or ()),
               getattr(filter_func, "__code__", filter_func))
        if key not in _listings:
            _listings[key] = listed(extensions=extensions, filter_func=filter_func)
        return list(_listings[key])

    return list_templates


def _sharing(get_env: Callable[[], jinja2.Environment]) -> Callable[[], jinja2.Environment]:
    def shared_get_env() -> jinja2.Environment:
        env = get_env()
        env.bytecode_cache = BYTECODE
        env.list_templates = _listing_once(env)  # type: ignore[method-assign]
        return env

    shared_get_env.shares_compiled_templates = True  # type: ignore[attr-defined]
    return shared_get_env


def share_compiled_templates(config: MkDocsConfig) -> None:
    """Run before any plugin asks the theme for an environment (hooks/site.py, priority 100)."""
    if not i18n_plugin(config).building:
        _listings.clear()  # an outer build (or a serve rebuild): the theme's files may have changed
    theme = config.theme
    if not getattr(theme.get_env, "shares_compiled_templates", False):
        theme.get_env = _sharing(theme.get_env)  # type: ignore[method-assign]
