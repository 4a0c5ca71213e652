"""Every mistake a contributor can make stops the build with one clear line, and no site.

Each case copies the project, makes one mistake, builds strictly and checks: non-zero
exit, a line naming the file (and line where it applies), no Python traceback, and no
finished-looking site left behind. CONTRIBUTING.md lists the same cases.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.site_server import build_env, build_site, copy_project


def replace_in(path: str, old: str, new: str, count: int = 1) -> Callable[[Path], None]:
    def mutate(root: Path) -> None:
        target = root / path
        text = target.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {path}"
        target.write_text(text.replace(old, new, count), encoding="utf-8")

    return mutate


def delete(path: str) -> Callable[[Path], None]:
    return lambda root: (root / path).unlink()


def write(path: str, text: str) -> Callable[[Path], None]:
    return lambda root: (root / path).write_text(text, encoding="utf-8")


def add_language_without_folder(root: Path) -> None:
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("        - locale: ar\n", "        - locale: fr\n          name: fr\n        - locale: ar\n"),
        encoding="utf-8",
    )


def fuzzy_entry(root: Path) -> None:
    po = root / "locales/it/LC_MESSAGES/messages.po"
    po.write_text(
        po.read_text(encoding="utf-8").replace('msgid "Often"', '#, fuzzy\nmsgid "Often"', 1), encoding="utf-8"
    )


def empty_translation(root: Path) -> None:
    po = root / "locales/vi/LC_MESSAGES/messages.po"
    po.write_text(
        re.sub(r'(msgid "Start over"\nmsgstr )"[^"]*"', r'\1""', po.read_text(encoding="utf-8")), encoding="utf-8"
    )


def babel_arabic_header(root: Path) -> None:
    """The header Babel released up to 2.18, which swaps forms 4 and 5."""
    po = root / "locales/ar/LC_MESSAGES/messages.po"
    text = po.read_text(encoding="utf-8")
    buggy = ("nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
             "n%100>=0 && n%100<=2 ? 4 : 5);")
    po.write_text(re.sub(r'"Plural-Forms: .*?\\n"\n', f'"Plural-Forms: {buggy}\\\\n"\n', text, count=1, flags=re.S),
                  encoding="utf-8")


def rename_template_section_everywhere(root: Path) -> None:
    for page in sorted((root / "docs").glob("*/templates.md")):
        replace_in(page.relative_to(root).as_posix(), "{#tpl-unethical}", "{#tpl-unethical-client}")(root)


# (case id, mutation, regex the one clear line must match)
CASES = [
    (
        "invalid-yaml",
        replace_in("content/selfcheck.yml", "    weight: 2\n", "    weight: [2\n"),
        r"content/selfcheck\.yml:\d+: invalid YAML",
    ),
    (
        "po-syntax",
        replace_in("locales/it/LC_MESSAGES/messages.po", 'msgid "Often"', 'msgid "Often'),
        r"locales/it/LC_MESSAGES/messages\.po:\d+: PO syntax error",
    ),
    (
        "missing-translation",
        empty_translation,
        r"locales/vi/LC_MESSAGES/messages\.po:\d+: missing translation for msgid 'Start over'",
    ),
    ("fuzzy-translation", fuzzy_entry, r"locales/it/LC_MESSAGES/messages\.po:\d+: fuzzy translation for msgid 'Often'"),
    (
        "placeholder-mismatch",
        replace_in("locales/zh/LC_MESSAGES/messages.po", "{end_date}", "{end}"),
        r"locales/zh/LC_MESSAGES/messages\.po:\d+: (missing|unknown) placeholder "
        r"\{end(_date)?\} in template '[\w-]+'",
    ),
    (
        "wrong-arabic-plural-header",
        babel_arabic_header,
        r"locales/ar/LC_MESSAGES/messages\.po:1: Plural-Forms sends \d+ to form \d",
    ),
    (
        "unknown-marker",
        replace_in("docs/it/self-check.md", "<!-- md:selfcheck -->", "<!-- md:selfchek -->"),
        r"docs/it/self-check\.md:\d+: unknown marker 'md:selfchek'",
    ),
    (
        "unknown-template",
        replace_in("docs/ar/templates.md", "<!-- md:message abuse -->", "<!-- md:message abus -->"),
        r"docs/ar/templates\.md:\d+: unknown message template 'abus'",
    ),
    (
        "sign-points-at-missing-section",
        replace_in("content/selfcheck.yml", "related: [repair-channels]", "related: [repair-channel]"),
        r"content/selfcheck\.yml:\d+: sign 'sign-communication' links to missing section '#repair-channel'",
    ),
    (
        "widget-links-to-renamed-section",
        rename_template_section_everywhere,
        r"docs/\w\w/self-check\.md:\d+: the self-check links to 'templates\.html\?template=unethical#tpl-unethical', "
        r"but docs/\w\w/templates\.md has no section '#tpl-unethical'",
    ),
    (
        "marker-inside-a-paragraph",
        replace_in("docs/it/self-check.md", "<!-- md:selfcheck -->", "Ecco il test: <!-- md:selfcheck -->"),
        r"docs/it/self-check\.md:\d+: marker 'md:selfcheck' must stand on its own line",
    ),
    (
        "two-self-checks-on-a-page",
        replace_in("docs/vi/self-check.md", "<!-- md:selfcheck -->", "<!-- md:selfcheck -->\n\n<!-- md:selfcheck -->"),
        r"docs/vi/self-check\.md:\d+: a page may hold one 'md:selfcheck' \(first at line \d+\)",
    ),
    ("page-missing-in-one-language", delete("docs/vi/repair.md"), r"docs/vi/repair\.md: page missing in 'vi'"),
    (
        "duplicate-section-id",
        replace_in("docs/zh/signs.md", "{#sign-respect}", "{#sign-time}"),
        r"docs/zh/signs\.md:\d+: duplicate section id '#sign-time'",
    ),
    (
        "broken-link",
        replace_in("docs/it/index.md", "(signs.md", "(segnali.md"),
        r"Doc file 'it/index\.md' contains a link 'segnali\.md.*not found",
    ),
    (
        "broken-anchor",
        replace_in("docs/th/index.md", "(self-check.md)", "(signs.md#sign-nothing)"),
        r"Doc file 'th/index\.md' contains a link 'signs\.md#sign-nothing'.*does not contain an anchor",
    ),
    (
        "language-without-docs-folder",
        add_language_without_folder,
        r"docs/fr/: language 'fr' is configured in mkdocs\.yml but has no docs folder",
    ),
    ("empty-page", write("docs/th/conclusion.md", "\n"), r"docs/th/conclusion\.md: page is empty"),
    (
        "broken-select",
        replace_in("locales/th/LC_MESSAGES/messages.po", 'msgstr "', 'msgstr "{writer, select, m {x}}', 3),
        r"locales/th/LC_MESSAGES/messages\.po:\d+: select 'writer' needs an 'other' case",
    ),
    (
        "language-without-forms-of-address",
        delete("content/address/vi.yml"),
        r"content/address/vi\.yml: missing: how 'vi' addresses the recipient",
    ),
    (
        "unknown-part-in-a-greeting",
        replace_in("content/address/it.yml", 'Sig. {family},"', 'Sig. {surname},"'),
        r"content/address/it\.yml:\d+: language 'it' form '\w+': salutation uses \{surname\}",
    ),
    (
        "marker-without-catalog",
        delete("locales/vi/LC_MESSAGES/messages.po"),
        r"docs/vi/self-check\.md:\d+: marker 'md:selfcheck' needs a catalog for 'vi'",
    ),
]


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.mark.parametrize(("mutate", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_fails_with_one_clear_line(project_copy, tmp_path, mutate, expected):
    mutate(project_copy)
    site_dir = tmp_path / "site"
    # A gh-pages worktree: the failed build must keep what it did not write.
    (site_dir / ".git").mkdir(parents=True)
    (site_dir / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    (site_dir / ".nojekyll").write_text("", encoding="utf-8")
    result = build_site(site_dir, "http://127.0.0.1:8000/parting-ways/", project=project_copy)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Traceback" not in output, output
    matching = [line for line in output.splitlines() if re.search(expected, line)]
    assert len(matching) == 1, f"expected one line matching {expected!r} in:\n{output}"
    left = sorted(str(path.relative_to(site_dir)) for path in site_dir.rglob("*.html")) if site_dir.exists() else []
    assert not left, f"a failed build left pages behind: {left[:5]}"
    assert (site_dir / ".git" / "HEAD").is_file() and (site_dir / ".nojekyll").is_file(), "hidden entries removed"
    assert not [p.name for p in site_dir.iterdir() if not p.name.startswith(".")], "a failed build left output"


def test_the_catalog_check_lists_every_problem(project_copy):
    fuzzy_entry(project_copy)
    empty_translation(project_copy)
    from parting_ways.i18n import cli as catalog_tool

    problems = catalog_tool.check(project_copy)
    assert any("fuzzy translation for msgid 'Often'" in p for p in problems)
    assert any("missing translation for msgid 'Start over'" in p for p in problems)


def test_a_quiet_strict_build_still_fails_on_a_broken_link(project_copy, tmp_path):
    """-q sets MkDocs' logger to ERROR, which used to hide warnings from the strict count."""
    replace_in("docs/it/index.md", "(signs.md", "(segnali.md")(project_copy)
    site_dir = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site_dir)],
        cwd=project_copy, env=build_env("http://127.0.0.1:8000/parting-ways/"),
        text=True, capture_output=True, timeout=600,
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Traceback" not in output, output
    assert re.search(r"Doc file 'it/index\.md' contains a link 'segnali\.md", output), output
    assert "in strict mode" in output, output
