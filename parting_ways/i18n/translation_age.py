"""Is a translated page behind its reference page? Decided by commit order, not by dates.

A translation is current when no commit after the translation's last commit (in the
history that leads to HEAD) changed the reference page, except commits that say the
change needs no translation:

- a line ``Translations: unaffected`` in the commit message (a git trailer), or
- the commit's hash in ``.translation-ignore-revs`` at the project root (for commits
  already made; one full hash a line, ``#`` comments), as ``.git-blame-ignore-revs`` does.

A translation changed in the same commit as its reference, or later, is current. Dates
are not compared: commits made the same day, rebased or cherry-picked carry dates that
say nothing about which text was translated from which.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

TRAILER = re.compile(r"^Translations:[ \t]*unaffected[ \t]*$", re.IGNORECASE | re.MULTILINE)
IGNORE_FILE = ".translation-ignore-revs"


@dataclass(frozen=True)
class Change:
    commit: str
    subject: str


def _git(cwd: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


@cache
def ignored_revs(project: Path) -> frozenset[str]:
    path = project / IGNORE_FILE
    if not path.is_file():
        return frozenset()
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line.lower() for line in lines if line)


def last_commit(path: Path) -> str | None:
    out = _git(path.parent, "log", "-1", "--format=%H", "--", path.name)
    return out.strip() or None if out else None


def pending_changes(translation: Path, reference: Path, project: Path) -> list[Change]:
    """Commits after the translation's last one that changed the reference and may need translating."""
    since = last_commit(translation)
    if since is None:
        return []  # not committed yet: a new translation is being written now
    # %x1e between commits, %x1f between fields; --full-history keeps merges' own changes.
    out = _git(reference.parent, "log", "--format=%H%x1f%s%x1f%B%x1e", f"{since}..HEAD", "--", reference.name)
    changes = []
    for record in (out or "").split("\x1e"):
        if not record.strip():
            continue
        commit, subject, body = record.strip("\n").split("\x1f", 2)
        if TRAILER.search(body) or commit.lower() in ignored_revs(project):
            continue
        changes.append(Change(commit, subject))
    return changes
