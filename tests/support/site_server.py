"""Build the site and serve it from 127.0.0.1 under a subpath, as GitHub Pages does.

Shared by the test fixtures and the benchmark scripts.
"""

from __future__ import annotations

import gzip
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
SUBPATH = "/parting-ways/"
_COMPRESSIBLE = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt"}
_TYPES = {
    ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8", ".json": "application/json",
    ".xml": "application/xml", ".svg": "image/svg+xml", ".png": "image/png",
    ".txt": "text/plain; charset=utf-8", ".gz": "application/gzip", ".woff2": "font/woff2",
}


# What a build reads: enough to build a mutated copy of the project in a test.
PROJECT_INPUTS = ["mkdocs.yml", "pyproject.toml", "babel.cfg", "content", "docs", "hooks", "locales", "overrides",
                  "parting_ways"]


def copy_project(root: Path) -> Path:
    root.mkdir(parents=True)
    for name in PROJECT_INPUTS:
        source = PROJECT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, root / name)
    return root


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_env(site_url: str) -> dict[str, str]:
    env = dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1")
    env.pop("CI", None)  # the build must not depend on where it runs
    return env


def build_site(site_dir: Path, site_url: str, project: Path = PROJECT, strict: bool = True
               ) -> subprocess.CompletedProcess[str]:
    # Not -q: quiet mode drops warnings before --strict counts them (broken links would pass).
    command = [sys.executable, "-m", "mkdocs", "build", "-d", str(site_dir)]
    if strict:
        command.append("--strict")
    return subprocess.run(command, cwd=project, env=build_env(site_url), text=True,
                          capture_output=True, timeout=600)


class _Handler(http.server.BaseHTTPRequestHandler):
    site_dir: Path
    log: list[str]

    def log_message(self, format: str, *args: object) -> None:
        self.log.append(format % args)

    def _resolve(self) -> Path | None:
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if not path.startswith(SUBPATH):
            return None
        relative = path[len(SUBPATH):]
        target = (self.site_dir / relative).resolve()
        if not str(target).startswith(str(self.site_dir.resolve())):
            return None
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None

    def do_GET(self) -> None:
        target = self._resolve()
        status = 200
        if target is None:
            # GitHub Pages answers every missing path with the root 404.html.
            status, target = 404, self.site_dir / "404.html"
        payload = target.read_bytes()
        gzipped = target.suffix in _COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", "")
        if gzipped:
            payload = gzip.compress(payload, mtime=0)
        self.send_response(status)
        self.send_header("Content-Type", _TYPES.get(target.suffix, "application/octet-stream"))
        self.send_header("Content-Length", str(len(payload)))
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        self.wfile.write(payload)


@dataclass
class RunningSite:
    server: http.server.ThreadingHTTPServer
    thread: threading.Thread
    base_url: str  # ends with the subpath and a slash
    site_dir: Path
    log: list[str]

    def url(self, relative: str = "") -> str:
        return self.base_url + relative.lstrip("/")

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def serve(site_dir: Path, port: int) -> RunningSite:
    log: list[str] = []
    handler = type("Handler", (_Handler,), {"site_dir": site_dir, "log": log})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return RunningSite(server, thread, f"http://127.0.0.1:{port}{SUBPATH}", site_dir, log)


# ---------------------------------------------------------------- command line
# scripts/test builds the site once and serves it for every pytest worker:
#     python -m tests.support.site_server --site-dir DIR --ready FILE
# builds into DIR for a free port, serves it, and writes the port into FILE once serving
# (or exits 1 with the build output if the strict build fails).

def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--site-dir", type=Path, required=True)
    parser.add_argument("--ready", type=Path, required=True)
    args = parser.parse_args(argv)
    port = free_port()
    result = build_site(args.site_dir, f"http://127.0.0.1:{port}{SUBPATH}")
    if result.returncode != 0:
        sys.stderr.write(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}")
        return 1
    running = serve(args.site_dir, port)
    args.ready.write_text(str(port))
    running.thread.join()
    return 0


if __name__ == "__main__":
    sys.exit(main())
