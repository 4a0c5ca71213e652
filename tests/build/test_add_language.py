"""Adding a language takes a config entry, a docs folder, a catalog and its forms of address: German."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.support.html_links import parse
from tests.support.site_server import build_env, build_site, copy_project


def test_a_sixth_language_builds_strictly(tmp_path: Path):
    root = copy_project(tmp_path / "project")
    # 1. One config entry.
    config = root / "mkdocs.yml"
    entry = (
        "        - locale: de\n          name: Deutsch\n          site_name: Sauber trennen\n"
        "          site_description: Ein Leitfaden für das professionelle Ende einer Kundenbeziehung.\n"
    )
    config.write_text(
        config.read_text(encoding="utf-8").replace("        - locale: ar\n", entry + "        - locale: ar\n"),
        encoding="utf-8",
    )
    # 2. A docs folder (here a stand-in copy; a translator replaces the words).
    shutil.copytree(root / "docs" / "it", root / "docs" / "de")
    # 3. A catalog (Italian and German share the same two plural forms).
    catalog = root / "locales" / "de" / "LC_MESSAGES" / "messages.po"
    catalog.parent.mkdir(parents=True)
    text = (root / "locales/it/LC_MESSAGES/messages.po").read_text(encoding="utf-8")
    catalog.write_text(text.replace('"Language: it\\n"', '"Language: de\\n"'), encoding="utf-8")

    # 4. How that market addresses people in a letter (a stand-in copy here as well).
    address = root / "content" / "address"
    shutil.copy(address / "it.yml", address / "de.yml")

    site_dir = tmp_path / "site"
    result = build_site(site_dir, "http://127.0.0.1:8000/parting-ways/", project=root)
    assert result.returncode == 0, result.stdout + result.stderr
    page = parse((site_dir / "de" / "signs.html").read_text(encoding="utf-8"))
    assert page.html_attrs["lang"] == "de"
    assert ("de", "http://127.0.0.1:8000/parting-ways/de/signs.html") in page.alternates
    chooser = (site_dir / "index.html").read_text(encoding="utf-8")
    assert "Deutsch" in chooser and 'data-lang="de"' in chooser
    assert "de/signs.html" in (site_dir / "sitemap.xml").read_text(encoding="utf-8")


def _add_languages(root: Path, codes: list[str]) -> None:
    config = root / "mkdocs.yml"
    entries = "".join(
        f"        - locale: {code}\n          name: {code}\n          site_name: Site {code}\n"
        f"          site_description: Guide {code}.\n"
        for code in codes
    )
    config.write_text(
        config.read_text(encoding="utf-8").replace("        - locale: ar\n", entries + "        - locale: ar\n"),
        encoding="utf-8",
    )
    for code in codes:
        shutil.copytree(root / "docs" / "it", root / "docs" / code)


def _run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, *args], cwd=root, env=build_env("http://127.0.0.1:8000/parting-ways/"),
                            text=True, capture_output=True, timeout=600)
    assert "Traceback" not in result.stdout + result.stderr, result.stdout + result.stderr
    return result


def test_catalog_update_creates_polish_and_latvian_catalogs_with_the_documented_commands(tmp_path: Path):
    """one/few/many (pl) and zero/one/other (lv): shapes the hand-written headers never knew."""
    from babel.messages.pofile import read_po

    from parting_ways.i18n.plurals import plural_forms_header

    root = copy_project(tmp_path / "project")
    _add_languages(root, ["pl", "lv"])
    assert _run(root, "-m", "parting_ways.i18n.cli", "extract").returncode == 0
    assert _run(root, "-m", "parting_ways.i18n.cli", "update").returncode == 0
    for code in ("pl", "lv"):
        path = root / "locales" / code / "LC_MESSAGES" / "messages.po"
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=code)
        assert catalog.plural_forms == plural_forms_header(code), catalog.plural_forms
        assert catalog.num_plurals == 3
    # New strings arrive empty: check and status list them, one line each, and exit 1.
    checked = _run(root, "-m", "parting_ways.i18n.cli", "check")
    assert checked.returncode == 1
    problems = [line for line in checked.stdout.splitlines() if line.startswith("locales/")]
    assert {line.split("/")[1] for line in problems} == {"pl", "lv"}, problems[:3]
    assert all(re.match(r"locales/(pl|lv)/LC_MESSAGES/messages\.po:\d+: (missing translation|plural msgid)", line)
               for line in problems), problems[:3]
    for code in ("pl", "lv"):  # three plural forms asked of the translator, as CLDR has
        assert any(line.startswith(f"locales/{code}/") and "needs 3 non-empty forms" in line for line in problems)
    assert _run(root, "-m", "parting_ways.i18n.cli", "status").returncode == 1
    # The build refuses the untranslated catalogs with one clear line.
    built = _run(root, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site"))
    assert built.returncode != 0
    assert re.search(r"locales/(pl|lv)/LC_MESSAGES/messages\.po:\d+: missing translation", built.stdout + built.stderr)


def test_translator_commands_and_the_build_never_end_in_a_traceback(tmp_path: Path):
    root = copy_project(tmp_path / "project")
    template = (root / "locales" / "messages.pot").read_bytes()
    (root / "locales" / "messages.pot").unlink()
    updated = _run(root, "-m", "parting_ways.i18n.cli", "update")
    assert updated.returncode == 1
    assert updated.stderr.strip() == (
        "locales/messages.pot: catalog template is missing (run: python -m parting_ways.i18n.cli extract)"
    )
    (root / "locales" / "messages.pot").write_bytes(template)
    _add_languages(root, ["xq"])  # not a CLDR locale
    wanted = "mkdocs.yml: language 'xq' is not a locale CLDR knows"
    for args in (["-m", "parting_ways.i18n.cli", "update"],
                 ["-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")]):
        result = _run(root, *args)
        assert result.returncode != 0
        assert wanted in result.stdout + result.stderr, args
    status = _run(root, "-m", "parting_ways.i18n.cli", "status")  # reports the language as blocked
    assert status.returncode == 1
    assert "locales/xq/LC_MESSAGES/messages.po: no catalog for language 'xq'" in status.stdout
