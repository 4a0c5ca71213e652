"""Where the project's inputs live, relative to mkdocs.yml."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig


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
