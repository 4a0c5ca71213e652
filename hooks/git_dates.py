"""When a file last changed, according to git (None outside a checkout or for new files)."""

from __future__ import annotations

import datetime as dt
import subprocess
from functools import cache
from pathlib import Path


@cache
def last_commit_time(path: Path) -> dt.datetime | None:
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct", "--", path.name],
            cwd=path.parent, capture_output=True, text=True, timeout=20, check=False,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return dt.datetime.fromtimestamp(int(out), dt.UTC) if out.isdigit() else None
