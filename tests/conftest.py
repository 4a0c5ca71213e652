"""Shared fixtures: one strict build, one static server under the Pages subpath, one browser.

scripts/test builds and serves the site once for all pytest workers and passes it in
PW_SITE_DIR and PW_SITE_PORT; without them (plain ``pytest``) each session builds its own.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.support.browser import launch
from tests.support.site_server import RunningSite, build_site, free_port, serve

LANGUAGES = {"th": "th", "vi": "vi", "it": "it", "zh": "zh-Hans", "ar": "ar"}
BROWSER_LOCALES = {"th": "th-TH", "vi": "vi-VN", "it": "it-IT", "zh": "zh-CN", "ar": "ar-EG"}
# Behaviour that is the same in every language (the widgets' JS, the keyboard, storage)
# runs in one left-to-right language and in Arabic; words are checked in all five.
BEHAVIOUR_LANGUAGES = ["it", "ar"]


@dataclass
class BuiltSite:
    site_dir: Path
    port: int

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/parting-ways/"

    def pages(self, code: str) -> list[Path]:
        return sorted((self.site_dir / code).glob("*.html"))


SHARED_SITE = os.environ.get("PW_SITE_DIR"), os.environ.get("PW_SITE_PORT")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    if all(SHARED_SITE):
        return BuiltSite(Path(SHARED_SITE[0]), int(SHARED_SITE[1]))
    site_dir = tmp_path_factory.mktemp("site")
    port = free_port()
    result = build_site(site_dir, f"http://127.0.0.1:{port}/parting-ways/")
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}", pytrace=False)
    return BuiltSite(site_dir, port)


@pytest.fixture(scope="session")
def site(built_site: BuiltSite) -> Iterator[RunningSite]:
    if all(SHARED_SITE):  # served by scripts/test
        yield RunningSite(None, None, built_site.base_url, built_site.site_dir, [])  # type: ignore[arg-type]
        return
    running = serve(built_site.site_dir, built_site.port)
    yield running
    running.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = launch(playwright)
        yield instance
        instance.close()


@dataclass
class Watch:
    """What a page did that a reader would never want: other hosts, failures, console errors."""

    own_host: str
    foreign: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    pending: set = field(default_factory=set)

    def attach(self, page) -> None:
        def on_request(request) -> None:
            url = request.url
            self.pending.add(request)
            if url.startswith(("data:", "blob:", "about:")):
                return
            if urlsplit(url).netloc != self.own_host:
                self.foreign.append(url)

        def on_response(response) -> None:
            expected_404 = response.request.is_navigation_request() and "/missing" in response.url
            if response.status >= 400 and not expected_404:
                self.failed.append(f"{response.status} {response.url}")

        page.on("request", on_request)
        page.on("response", on_response)
        page.on("requestfinished", lambda request: self.pending.discard(request))
        page.on("requestfailed", lambda request: self.pending.discard(request))
        # ERR_ABORTED is the browser cancelling requests of a page it navigates away from.
        page.on("requestfailed", lambda r: "ERR_ABORTED" not in (r.failure or "")
                and self.failed.append(f"failed {r.url} {r.failure}"))
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def settle(self, page, timeout_ms: int = 10_000) -> None:
        """After ``load``: wait until what the page's scripts requested on start-up has arrived."""
        page.evaluate("new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)))")
        waited = 0
        while self.pending and waited < timeout_ms:
            page.wait_for_timeout(10)
            waited += 10
        assert not self.pending, f"still loading after {timeout_ms} ms: {[r.url for r in self.pending]}"

    def assert_clean(self, where: str = "") -> None:
        assert not self.foreign, f"{where}: requests to other hosts: {self.foreign}"
        assert not self.failed, f"{where}: failed requests: {self.failed}"
        assert not self.errors, f"{where}: console errors: {self.errors}"


@pytest.fixture
def new_page(browser, site: RunningSite):
    """Open pages in a fresh context (own storage) with a given browser language."""
    contexts = []

    def make(locale: str = "en-US", **options):
        context = browser.new_context(locale=locale, **options)
        contexts.append(context)
        page = context.new_page()
        watch = Watch(urlsplit(site.base_url).netloc)
        watch.attach(page)
        page.watch = watch
        return page

    yield make
    for context in contexts:
        context.close()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A skipped test is a test that did not run: fail the session, browser tests included."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter else 0
    if skipped and exitstatus == 0:
        session.exitstatus = 1
        if reporter:
            reporter.write_line(f"FAILED: {skipped} test(s) skipped; every test must run.", red=True)
