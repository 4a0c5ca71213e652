"""When a file last changed, according to git (None outside a checkout or for new files)."""

from __future__ import annotations

import datetime as dt
import subprocess
from functools import cache
from pathlib import Path


@cache
def _folder_times(folder: Path) -> dict[str, int]:
    """Last commit time of every file in ``folder``, from one ``git log`` over the folder."""
    try:
        out = subprocess.run(
            ["git", "-c", "core.quotepath=false", "log", "--format=%x00%ct", "--name-only", "--relative", "--", "."],
            cwd=folder, capture_output=True, text=True, timeout=20, check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    times: dict[str, int] = {}
    for commit in out.split("\0")[1:]:  # newest first: the first time a name is seen is its last change
        stamp, *names = commit.strip().splitlines()
        for name in names:
            if name and stamp.isdigit():
                times.setdefault(name, int(stamp))
    return times


def last_commit_time(path: Path) -> dt.datetime | None:
    stamp = _folder_times(path.parent).get(path.name)
    return None if stamp is None else dt.datetime.fromtimestamp(stamp, dt.UTC)
