"""CLDR plural categories (from Babel) and the PO plural index they correspond to.

Babel's released Arabic ``Plural-Forms`` header once sent 11 and 100 to the wrong forms, so
the site never trusts a header: the form index comes from CLDR, and catalogs whose
header disagrees with CLDR are rejected when they are loaded.
"""

from __future__ import annotations

import gettext
from functools import cache

from babel import Locale
from babel.plural import _GettextCompiler

_CLDR_ORDER = ("zero", "one", "two", "few", "many", "other")
# Counts the site can show; categories that only occur beyond this (Italian "many" for
# a million) are folded into "other", as gettext's two-form Italian catalogs do.
SAMPLE_RANGE = range(0, 1001)


@cache
def _plural_rule(babel_id: str):
    return Locale.parse(babel_id).plural_form


@cache
def categories(babel_id: str) -> tuple[str, ...]:
    """The categories integer counts fall into, in gettext's conventional order."""
    rule = _plural_rule(babel_id)
    seen = {rule(n) for n in SAMPLE_RANGE}
    return tuple(c for c in _CLDR_ORDER if c in seen)


def category(babel_id: str, n: int) -> str:
    found = _plural_rule(babel_id)(n)
    return found if found in categories(babel_id) else "other"


def form_index(babel_id: str, n: int) -> int:
    return categories(babel_id).index(category(babel_id, n))


@cache
def _sampled_form_indexes(babel_id: str) -> tuple[int, ...]:
    """form_index for every count in SAMPLE_RANGE; each catalog check compares against it."""
    return tuple(form_index(babel_id, n) for n in SAMPLE_RANGE)


class _IntegerCountCompiler(_GettextCompiler):
    """Babel's gettext compiler, for whole counts: the exponent operands are zero."""

    compile_c = _GettextCompiler.compile_v
    compile_e = _GettextCompiler.compile_v


def plural_forms_header(babel_id: str) -> str:
    """A ``Plural-Forms`` value for a PO file of this language, derived from CLDR.

    Babel's own ``to_gettext`` counts categories that whole counts never reach (Polish
    "other", Italian "many" below a million) and leaves CLDR's ``e`` operand in the
    expression, which gettext cannot evaluate; so the rules are compiled here with
    Babel's compiler over the categories the site can show, then checked by sampling.
    """
    cats = categories(babel_id)
    if len(cats) == 1:
        return "nplurals=1; plural=0;"
    compile_rule = _IntegerCountCompiler().compile
    branches = [
        f"{compile_rule(ast)} ? {cats.index(tag)} : "
        for tag, ast in Locale.parse(babel_id).plural_form.abstract
        if tag in cats
    ]
    fallback = cats.index("other") if "other" in cats else len(cats) - 1
    header = f"nplurals={len(cats)}; plural=({''.join(branches)}{fallback});"
    mismatch = header_mismatch(babel_id, header)
    if mismatch:  # a CLDR rule Babel's compiler cannot express for gettext
        raise PluralRuleError(f"{babel_id}: {mismatch}")
    return header


class PluralRuleError(ValueError):
    """CLDR's rule for a language cannot be written as a gettext expression."""


def header_mismatch(babel_id: str, header: str) -> str | None:
    """Why a ``Plural-Forms`` header disagrees with CLDR, or None when it agrees."""
    cats = categories(babel_id)
    try:
        parts = dict(
            part.strip().split("=", 1) for part in header.strip().rstrip(";").split(";")
        )
        nplurals = int(parts["nplurals"])
        plural = gettext.c2py(parts["plural"])
    except (KeyError, ValueError, SyntaxError) as error:
        return f"unreadable Plural-Forms header {header!r} ({error})"
    if nplurals != len(cats):
        return f"Plural-Forms says nplurals={nplurals}, CLDR has {len(cats)} ({', '.join(cats)})"
    for n, expected in zip(SAMPLE_RANGE, _sampled_form_indexes(babel_id), strict=True):
        if plural(n) != expected:
            return (
                f"Plural-Forms sends {n} to form {plural(n)}, CLDR "
                f"'{category(babel_id, n)}' is form {expected}"
            )
    return None
