"""The browser tests' world: the example site built once, served on 127.0.0.1 by a thread of
the test process, and Debian's headless Chromium driven by Playwright.

Every request a page makes is watched: anything not for the local server is refused and
fails the test (no third parties). Each test leaves a screenshot in test-artifacts/e2e/.

Without Chromium or Playwright the tests are skipped with what to install, except in CI
(`CI` set), where they fail: CI must run them.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import threading
from pathlib import Path

import pytest

from ..conftest import ROOT
from .built_site import AFTER_1_1, build_example_site, mixed_archive

CHROMIUM = Path(os.environ.get("PRIVDOCS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = ROOT / "test-artifacts" / "e2e"
INSTALL = ("the browser tests need Debian's Chromium and Playwright's Python package: "
           "apt-get install -y chromium, and pip install -e '.[test]'")


def _unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; {INSTALL}", pytrace=False)
    pytest.skip(f"{reason}; {INSTALL}")


@pytest.fixture(scope="session")
def sync_playwright():
    try:
        from playwright.sync_api import sync_playwright as start
    except ImportError:
        _unavailable("Playwright is not installed")
    if not CHROMIUM.is_file():
        _unavailable(f"{CHROMIUM} does not exist")
    with start() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(sync_playwright):
    browser = sync_playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def _serve(folder: Path, site_url: str | None):
    """Serve `folder/site` from a thread on a free port of 127.0.0.1, with the example archive
    and an organisation in Dutch only built into it, for `site_url` (None: the served
    address, as `privdocs serve` does)."""
    (folder / "site").mkdir()
    handler = functools.partial(_QuietHandler, directory=str(folder / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    statements, profiles = mixed_archive(folder)
    build_example_site(folder, AFTER_1_1, site_url=site_url or url, statements=statements,
                       profiles=profiles)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, url


@pytest.fixture(scope="session")
def site_url(tmp_path_factory):
    """The site, built for the address it is served at."""
    server, url = _serve(tmp_path_factory.mktemp("e2e"), None)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def elsewhere_url(tmp_path_factory):
    """The site built for its published address (https://privacy.example.org/) and served
    elsewhere, as a copy or a check before publishing is."""
    server, url = _serve(tmp_path_factory.mktemp("e2e-elsewhere"), "https://privacy.example.org/")
    yield url
    server.shutdown()
    server.server_close()


# Every Content-Security-Policy violation of a page, recorded as it happens (an init script
# runs before the page's own and is not subject to its policy).
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", event => window.__violations.push(
  `${event.effectiveDirective} ${event.blockedURI || "inline"} at ${event.documentURI}`));
"""


class Watched:
    """What a page did that it must not: requests outside the site, console errors (a failed
    request among them), Content-Security-Policy violations."""

    def __init__(self) -> None:
        self.refused: list[str] = []
        self.errors: list[str] = []
        self.violations: list[str] = []

    def collect_violations(self, page) -> None:
        try:
            self.violations += page.evaluate("window.__violations || []")
        except Exception:  # the page is gone: its violations were logged as errors too
            pass


def open_page(browser, base_url: str, watched: Watched, width: int = 1280, height: int = 900):
    """A fresh page that may only talk to `base_url`."""
    context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-NL")

    def only_local(route):
        if route.request.url.startswith(base_url) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            watched.refused.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    page.on("console", lambda message: watched.errors.append(f"{message.text} at {page.url}")
            if message.type == "error" else None)
    page.set_default_timeout(10_000)
    return context, page


def close_page(context, page, watched: Watched, request) -> None:
    """Leave a screenshot of where the page ended, and fail on anything it must not do."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        watched.collect_violations(page)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "-", request.node.name).strip("-")
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)
    finally:
        context.close()
    assert watched.refused == [], "the page asked for something outside the site"
    assert watched.violations == [], "the Content-Security-Policy refused something"
    assert watched.errors == [], "the page logged errors"


@pytest.fixture
def watched() -> Watched:
    return Watched()


@pytest.fixture
def page(browser, site_url, request, watched):
    """A fresh page that may only talk to the local server, and must not log an error or
    break its Content-Security-Policy; a screenshot of where it ended."""
    context, page = open_page(browser, site_url, watched)
    yield page
    close_page(context, page, watched, request)
