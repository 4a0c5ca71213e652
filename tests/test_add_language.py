"""Adding a language takes a config entry, a docs folder, a catalog and its forms of address: German."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.html_links import parse
from tests.site_server import build_site, copy_project


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
    address = root / "hooks" / "data" / "address"
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
