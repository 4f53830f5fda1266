"""The HTML page and the fragment in Chromium: axe-core finds no serious or critical violation
on the page, nor on a host page (a website of its own, with its own style sheet) with the
fragment pasted in; neither asks anything of another address; the page's inline style is
applied under its own Content-Security-Policy (allowed by its hash), with print rules; the
host's style for common class names does not reach into the fragment, and the fragment's style
does not reach out of it."""

from __future__ import annotations

import datetime
import functools
import http.server
import threading

import pytest

from generator.check.checking import check_file
from generator.render.outputs import Selection, render_output
from generator.render.version import Version

from ..conftest import ROOT
from ..hostile_payloads import ACCEPTED, REFUSED, hostile_profile, write_profile
from .conftest import Watched, _QuietHandler, close_page, open_page
from .test_accessibility import TAGS, axe_source, describe
from .test_hostile_payloads import _LIVE_PARTS

VERSION = Version("1.1", datetime.date(2026, 10, 1))
CASES = [("hogeschool-kempen", "nl", "statement"), ("hogeschool-kempen", "en", "regulation"),
         ("stichting-ons-onderwijs", "en", "statement"), ("hogeschool-kempen", "nl", "register"),
         ("netwerk-vlaamse-ondernemers", "en", "cookies")]
# A school's website, with style rules for class names a fragment might also use.
HOST = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Privacy - Basisschool De Linde</title>
<style>
body {{ font-family: Georgia, serif; color: #222222; margin: 2rem; }}
h2 {{ font-size: 30px; color: #0a5c0a; }}
.status, .meta, .organisation, .draft, .document {{ display: none; }}
</style>
</head>
<body>
<header><p>Basisschool De Linde</p></header>
<main>
<h2 id="host-heading">Nieuws</h2>
<p>Lees hieronder hoe we met je gegevens omgaan.</p>
{fragment}
</main>
</body>
</html>
"""


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The page and the host page of each case, served from a port of 127.0.0.1."""
    folder = tmp_path_factory.mktemp("formats")
    for org, lang, document in CASES:
        profile = check_file(ROOT / "org_profiles" / f"{org}.yaml").profile
        (folder / f"{org}-{lang}-{document}.html").write_bytes(
            render_output(profile, lang, document, "html", VERSION))
        fragment = render_output(profile, lang, document, "fragment", VERSION).decode("utf-8")
        (folder / f"host-{org}-{lang}-{document}.html").write_text(
            HOST.format(fragment=fragment), encoding="utf-8")
    # The short notice of one purpose, as a page and pasted into the host.
    notice = check_file(ROOT / "org_profiles" / "netwerk-vlaamse-ondernemers.yaml").profile
    newsletter = Selection(purpose="newsletter")
    (folder / "notice.html").write_bytes(
        render_output(notice, "nl", "notice", "html", VERSION, selection=newsletter))
    (folder / "host-notice.html").write_text(HOST.format(fragment=render_output(
        notice, "nl", "notice", "fragment", VERSION, selection=newsletter).decode("utf-8")),
        encoding="utf-8")
    # Every payload of the hostile corpus in a purpose of its own (a draft shows the refused
    # ones too).
    hostile = check_file(write_profile(hostile_profile(ACCEPTED + REFUSED), folder / "profiles"))
    (folder / "hostile.html").write_bytes(
        render_output(hostile.profile, "nl", "statement", "html", draft=True))
    (folder / "host-hostile.html").write_text(HOST.format(fragment=render_output(
        hostile.profile, "nl", "statement", "fragment", draft=True).decode("utf-8")),
        encoding="utf-8")
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def _axe_findings(browser, url: str, page_url: str) -> list[str]:
    """The serious and critical findings of axe on `page_url`. axe is a script, which the
    page's policy refuses, so this browser context sets policies aside; the test below checks
    the policy on its own."""
    context = browser.new_context(bypass_csp=True, locale="nl-NL")
    refused: list[str] = []

    def only_local(route):
        if route.request.url.startswith(url):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    try:
        page = context.new_page()
        page.goto(page_url)
        page.add_script_tag(content=axe_source())
        results = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    finally:
        context.close()
    assert refused == []
    assert results["passes"], "axe ran no check at all"
    return [describe(violation) for violation in results["violations"]
            if violation["impact"] in ("serious", "critical")]


PAGES = [f"{org}-{lang}-{document}.html" for org, lang, document in CASES] + ["notice.html"]


@pytest.mark.parametrize("kind", ["page", "host"])
@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_serious_or_critical_violation(browser, served, kind, name):
    name = name if kind == "page" else f"host-{name}"
    assert _axe_findings(browser, served, served + name) == []


def test_the_page_keeps_its_policy_loads_nothing_and_prints(browser, served, request):
    watched = Watched()
    context, page = open_page(browser, served, watched)
    try:
        page.goto(served + "hogeschool-kempen-nl-statement.html")
        # The inline style applies: the policy allows it by its hash.
        assert page.eval_on_selector("h2", "e => getComputedStyle(e).borderBottomWidth") == "2px"
        assert page.locator("html").get_attribute("lang") == "nl"
        assert page.title() == "Privacyverklaring van Hogeschool Kempen"
        assert page.locator("header .status").inner_text() \
            == "Versie 1.1, geldig vanaf 1 oktober 2026."
        page.emulate_media(media="print")
        assert page.eval_on_selector("body", "e => getComputedStyle(e).maxWidth") == "none"
        assert page.evaluate("document.scripts.length") == 0
    finally:
        close_page(context, page, watched, request)


def test_the_fragment_and_its_host_keep_to_their_own_styles(browser, served, request):
    watched = Watched()
    context, page = open_page(browser, served, watched)
    try:
        page.goto(served + "host-hogeschool-kempen-en-regulation.html")
        # The host hides .status and .meta; the fragment's prefixed classes are not touched.
        assert page.locator(".privdocs-status").is_visible()
        assert page.locator(".privdocs-status").inner_text() \
            == "Version 1.1, in effect from 1 October 2026."
        # The fragment's h2 rule is scoped to the fragment: the host's own h2 keeps its style.
        host_heading = page.locator("#host-heading")
        assert host_heading.evaluate("e => getComputedStyle(e).fontSize") == "30px"
        assert host_heading.evaluate("e => getComputedStyle(e).borderBottomStyle") == "none"
        fragment_heading = page.locator(".privdocs-document h2").first
        assert fragment_heading.evaluate("e => getComputedStyle(e).borderBottomStyle") == "solid"
        assert page.locator(".privdocs-document").get_attribute("lang") == "en"
    finally:
        close_page(context, page, watched, request)


def test_no_payload_comes_alive_in_the_page_or_the_fragment(browser, served, request):
    watched = Watched()
    context, page = open_page(browser, served, watched)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        for name in ("hostile.html", "host-hostile.html"):
            page.goto(served + name, wait_until="load")
            page.wait_for_timeout(150)  # let whatever was to run, run
            assert page.evaluate(_LIVE_PARTS) == [], name
            assert page.evaluate("document.scripts.length") == 0, name
            shown = page.locator("main").inner_text()
            assert "<script>alert(1)</script>" in shown and "javascript:alert(1)" in shown
    finally:
        close_page(context, page, watched, request)
    assert dialogs == []
