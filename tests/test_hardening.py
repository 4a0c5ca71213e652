"""Unit tests for the hardening items of issue 14 (no build, no browser)."""

from __future__ import annotations

from pathlib import Path

from hooks import site_layout


def test_a_failed_build_keeps_hidden_entries(tmp_path: Path, monkeypatch):
    site = tmp_path / "site"
    (site / ".git" / "objects").mkdir(parents=True)
    (site / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    (site / ".nojekyll").write_text("", encoding="utf-8")
    (site / "it").mkdir()
    (site / "it" / "index.html").write_text("<p>half</p>", encoding="utf-8")
    (site / "index.html").write_text("<p>half</p>", encoding="utf-8")
    monkeypatch.setattr(site_layout, "_site_dirs", [str(site)])
    site_layout.on_build_error(RuntimeError("boom"))
    assert sorted(p.name for p in site.iterdir()) == [".git", ".nojekyll"]
    assert (site / ".git" / "HEAD").read_text(encoding="utf-8").startswith("ref:")
