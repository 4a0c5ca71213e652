"""The "last updated" line under each page is written the way that market writes dates."""

from __future__ import annotations

import re

import pytest

UPDATED = re.compile(r'<p class="pw-updated"><small><time datetime="(\d{4})-(\d\d)-(\d\d)">([^<]*)</time>')


def updated_lines(built_site, code: str) -> list[tuple[str, str, str, str]]:
    return [m.groups() for path in built_site.pages(code) for m in UPDATED.finditer(path.read_text("utf-8"))]


@pytest.mark.parametrize(("code", "shape"), [
    # Vietnamese letters' own pattern (content/address/vi.yml, «ngày 01/12/2026»), not CLDR's «1 tháng 12, 2026».
    ("vi", lambda y, m, d: f"ngày {d}/{m}/{y}"),
    # Thai counts Buddhist-era years.
    ("th", lambda y, m, d: f"{int(d)} "),
])
def test_the_updated_line_writes_the_market_s_date(built_site, code, shape):
    lines = updated_lines(built_site, code)
    assert lines, f"{code}: no page carries its last-updated line"
    for year, month, day, text in lines:
        assert shape(year, month, day) in text, text
        if code == "th":
            assert str(int(year) + 543) in text and year not in text, text
        if code == "vi":
            assert "," not in text, text
