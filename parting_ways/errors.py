"""One kind of failure for every bad input, so the build stops with a single clear line."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
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


def project_dir(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def locales_dir(config: MkDocsConfig) -> Path:
    return project_dir(config) / "locales"


def content_dir(config: MkDocsConfig) -> Path:
    return project_dir(config) / "content"


def relative(config: MkDocsConfig, path: Path | str) -> str:
    """Paths in error messages are relative to the project, as a contributor types them."""
    try:
        return str(Path(path).resolve().relative_to(project_dir(config)))
    except ValueError:
        return str(path)
