"""Translation status by commit order (issue 14, item 13): only real work is reported."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from parting_ways.i18n.translation_age import pending_changes


class Repo:
    def __init__(self, root: Path) -> None:
        self.root = root
        (root / "docs/th").mkdir(parents=True)
        (root / "docs/zh").mkdir(parents=True)
        self.git("init", "-q", "-b", "main")
        self.clock = 1_800_000_000

    def git(self, *args: str, date: int | None = None) -> str:
        env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
                   GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org")
        if date is not None:
            env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = f"@{date} +0000"
        return subprocess.run(["git", *args], cwd=self.root, env=env, check=True,
                              capture_output=True, text=True).stdout.strip()

    def commit(self, message: str, *, date_offset: int = 60, **pages: str) -> str:
        """pages: th="text" / zh="text"; date_offset may go backwards (same-day or rebased commits)."""
        for code, text in pages.items():
            (self.root / "docs" / code / "a.md").write_text(text, encoding="utf-8")
        self.clock += date_offset
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message, date=self.clock)
        return self.git("rev-parse", "HEAD")

    def pending(self) -> list[str]:
        docs = self.root / "docs"
        return [c.subject for c in pending_changes(docs / "zh/a.md", docs / "th/a.md", self.root)]


def test_same_commit_and_later_translations_are_current(tmp_path: Path):
    repo = Repo(tmp_path)
    repo.commit("both at once", th="uno", zh="一")
    assert repo.pending() == []
    repo.commit("reference changed", th="due")
    assert repo.pending() == ["reference changed"]
    # Translated afterwards, but with an older date (a same-day or rebased commit).
    repo.commit("translation catches up", date_offset=-3600, zh="二")
    assert repo.pending() == []


def test_a_commit_can_say_the_reference_change_needs_no_translation(tmp_path: Path):
    repo = Repo(tmp_path)
    repo.commit("both", th="uno", zh="一")
    repo.commit("Thai typography\n\nFull-width spaces only.\n\nTranslations: unaffected\n", th="uno ")
    assert repo.pending() == []
    later = repo.commit("reference rewritten", th="tre")
    repo.commit("typo in Thai", th="tre.")
    assert repo.pending() == ["typo in Thai", "reference rewritten"]
    # Commits already made are listed in .translation-ignore-revs instead.
    (tmp_path / ".translation-ignore-revs").write_text(f"# reviewed\n{later}\n", encoding="utf-8")
    from parting_ways.i18n.translation_age import ignored_revs

    ignored_revs.cache_clear()
    assert repo.pending() == ["typo in Thai"]

