"""CLDR plural categories (from Babel) and the PO plural index they correspond to.

Babel's released Arabic ``Plural-Forms`` header sends 11 and 100 to the wrong forms, so
the site never trusts a header: the form index comes from CLDR, and catalogs whose
header disagrees with CLDR are rejected when they are loaded.
"""

from __future__ import annotations

import gettext
from functools import cache

from babel import Locale

_CLDR_ORDER = ("zero", "one", "two", "few", "many", "other")
# Counts the site can show; categories that only occur beyond this (Italian "many" for
# a million) are folded into "other", as gettext's two-form Italian catalogs do.
SAMPLE_RANGE = range(0, 1001)


@cache
def categories(babel_id: str) -> tuple[str, ...]:
    """The categories integer counts fall into, in gettext's conventional order."""
    rule = Locale.parse(babel_id).plural_form
    seen = {rule(n) for n in SAMPLE_RANGE}
    return tuple(c for c in _CLDR_ORDER if c in seen)


def category(babel_id: str, n: int) -> str:
    found = Locale.parse(babel_id).plural_form(n)
    return found if found in categories(babel_id) else "other"


def form_index(babel_id: str, n: int) -> int:
    return categories(babel_id).index(category(babel_id, n))


def plural_forms_header(babel_id: str) -> str:
    """A correct ``Plural-Forms`` value for a PO file of this language."""
    cats = categories(babel_id)
    if len(cats) == 1:
        return "nplurals=1; plural=0;"
    samples: dict[str, list[int]] = {c: [] for c in cats}
    for n in SAMPLE_RANGE:
        samples[category(babel_id, n)].append(n)
    # Babel's own to_gettext() emits CLDR operands (e) that gettext does not know, so the
    # expressions are written here; every one is checked against CLDR by header_mismatch().
    two_forms = {(1,): "(n != 1)", (0, 1): "(n > 1)"}
    known = {
        ("zero", "one", "two", "few", "many", "other"): (
            "(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5)"
        ),
    }
    expr = known.get(cats)
    if cats == ("one", "other"):
        expr = two_forms.get(tuple(samples["one"]))
    if expr is None:
        raise ValueError(f"no Plural-Forms expression known for {babel_id} {cats}")
    return f"nplurals={len(cats)}; plural={expr};"


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
    for n in SAMPLE_RANGE:
        expected = form_index(babel_id, n)
        if plural(n) != expected:
            return (
                f"Plural-Forms sends {n} to form {plural(n)}, CLDR "
                f"'{category(babel_id, n)}' is form {expected}; use: {plural_forms_header(babel_id)}"
            )
    return None
