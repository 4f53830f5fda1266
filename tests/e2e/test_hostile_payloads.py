"""Every harmless-as-text payload of the hostile corpus (tests/hostile_payloads.py), published
and built into a site, opened in Chromium: no dialog opens, nothing is asked of another origin,
and no element carries an event handler or a script URL. The profile's texts, the version's
summary and the changes between two versions all carry the payloads."""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading

import pytest

from generator.cli import main
from generator.site.build import BuildRequest, build_site

from ..conftest import ROOT
from ..hostile_payloads import ACCEPTED, hostile_profile, write_profile
from .built_site import fixed_day
from .conftest import _QuietHandler

ORG = "hostile"
SUMMARY = "\n\n".join(ACCEPTED)

# Every attribute of every element, as the browser holds them after running the page.
_LIVE_PARTS = """() => {
  const found = [];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
      if (name.startsWith('on')) found.push(`${element.tagName} ${name}`);
      if (/(javascript|vbscript|data):/.test(value) && name !== 'content')
        found.push(`${element.tagName} ${name}=${attribute.value}`);
    }
  }
  for (const element of document.querySelectorAll('iframe, object, embed, img[src^="http"]'))
    found.push(element.outerHTML.slice(0, 120));
  return found;
}"""


def _publish(folder, profile: dict, summary: str) -> None:
    write_profile(profile, folder / "org_profiles")
    with contextlib.chdir(folder):
        assert main(["i18n", "confirm", ORG]) == 0
        assert main(["publish", ORG, "--summary-nl", summary, "--summary-en", summary]) == 0


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """Version 1.0 (the minimal profile) and 1.1 (every payload in a purpose of its own, and in
    the summary), built for and served from a port of 127.0.0.1."""
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "site").mkdir()
    with fixed_day("2026-01-10"):
        _publish(folder, hostile_profile([]), "Eerste versie.")
    with fixed_day("2026-02-10"):
        _publish(folder, hostile_profile(ACCEPTED), SUMMARY)
    handler = functools.partial(_QuietHandler, directory=str(folder / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    with fixed_day("2026-03-01"):
        build_site(BuildRequest(config=ROOT / "mkdocs.yml", statements=folder / "statements",
                                profiles=folder / "org_profiles", site_dir=folder / "site",
                                pages_dir=folder / "pages", drafts=False, site_url=url))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    pages = sorted(path.parent.relative_to(folder / "site").as_posix() + "/"
                   for lang in ("nl", "en")
                   for path in (folder / "site" / lang / ORG).rglob("index.html"))
    yield url, pages
    server.shutdown()
    server.server_close()


def test_no_payload_comes_alive_in_the_browser(browser, hostile_site):
    url, pages = hostile_site
    assert {f"nl/{ORG}/", f"nl/{ORG}/statement/", f"en/{ORG}/1.1/regulation/",
            f"nl/{ORG}/1.1/changes/"} <= set(pages), pages
    context = browser.new_context()
    refused: list[str] = []
    dialogs: list[str] = []

    def only_local(route):
        if route.request.url.startswith(url) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    try:
        page = context.new_page()
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        live: dict[str, list[str]] = {}
        shown: dict[str, str] = {}
        for path in pages:
            page.goto(url + path, wait_until="load")
            page.wait_for_timeout(150)  # let whatever was to run, run
            if found := page.evaluate(_LIVE_PARTS):
                live[path] = found
            shown[path] = page.locator("article").inner_text()
    finally:
        context.close()
    assert dialogs == []
    assert refused == []
    assert live == {}
    # The payloads are there, as text.
    statement = shown[f"nl/{ORG}/statement/"]
    for text in ("＜script＞alert(1)＜/script＞", "javascript:alert(1)",
                 "[x] (javascript:alert(1))", "!!! danger", "< b en c > d"):
        assert text in statement, text
    assert "javascript:alert(1)" in shown[f"nl/{ORG}/"]  # the summary
    assert "＜script＞alert(1)＜/script＞" in shown[f"nl/{ORG}/1.1/changes/"]
