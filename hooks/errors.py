"""One kind of failure for every bad input, so the build stops with a single clear line."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError


class ContentError(PluginError):
    """A contributor's mistake: names the file (and line) and says what is wrong."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        path = _shown(path)
        where = f"{path}:{line}" if line else f"{path}"
        super().__init__(f"{where}: {message}")
        self.path = str(path)
        self.line = line


def _shown(path: Path | str) -> str:
    """Paths as a contributor would type them: relative to where the command runs."""
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            return candidate.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return str(path)
    return str(path)
