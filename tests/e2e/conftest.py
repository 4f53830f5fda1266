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
from .built_site import AFTER_1_1, build_example_site

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


@pytest.fixture(scope="session")
def site_url(tmp_path_factory):
    """The example site, served from a thread on a free port of 127.0.0.1 and built for that
    address (its site_url), as `privdocs serve` does."""
    folder = tmp_path_factory.mktemp("e2e")
    (folder / "site").mkdir()
    handler = functools.partial(_QuietHandler, directory=str(folder / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    build_example_site(folder, AFTER_1_1, site_url=url)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture
def page(browser, site_url, request):
    """A fresh page that may only talk to the local server; a screenshot of where it ended."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    refused: list[str] = []

    def only_local(route):
        if route.request.url.startswith(site_url) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        name = re.sub(r"[^A-Za-z0-9_.-]+", "-", request.node.name).strip("-")
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)
    finally:
        context.close()
    assert refused == [], "the page asked for something outside the site"
