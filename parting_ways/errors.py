"""One kind of failure for every bad input, so the build stops with a single clear line."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError


class ContentError(PluginError):
    """A contributor's mistake: names the file (and line) and says what is wrong."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        path = shown(path)
        where = f"{path}:{line}" if line else f"{path}"
        super().__init__(f"{where}: {message}")
        self.path = str(path)
        self.line = line


def shown(path: Path | str, base: Path | None = None) -> str:
    """A path as a contributor types it: relative to ``base`` (default: where the command
    runs, the project folder for ``mkdocs`` and the translator commands), with ``/``.
    Every path an error or report names goes through here; a path outside ``base`` stays
    as given."""
    candidate = Path(path)
    if not candidate.is_absolute():
        return path if isinstance(path, str) else candidate.as_posix()
    try:
        return candidate.resolve().relative_to((base or Path.cwd()).resolve()).as_posix()
    except ValueError:
        return str(path)


def project_dir(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def locales_dir(config: MkDocsConfig) -> Path:
    return project_dir(config) / "locales"


def content_dir(config: MkDocsConfig) -> Path:
    return project_dir(config) / "content"
