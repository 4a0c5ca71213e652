"""The one placeholder syntax used in every catalog string: ``{name}``."""

from __future__ import annotations

import re

PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def names(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def mismatch(source: str, translation: str) -> str | None:
    """What is wrong with the translation's placeholders, or None."""
    expected, found = names(source), names(translation)
    missing = sorted(expected - found)
    extra = sorted(found - expected)
    if missing:
        return f"missing placeholder {{{missing[0]}}}"
    if extra:
        return f"unknown placeholder {{{extra[0]}}}"
    return None


def fill(text: str, values: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: values.get(m[1], m[0]), text)
