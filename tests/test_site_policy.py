"""Every page of the built site carries the strict Content-Security-Policy, and nothing in it
needs what that policy refuses: no inline script or event handler, no `<style>` element or
`style` attribute. (The browser tests check that the site's features work under it.)"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.site.mkdocs_engine.builds import CONTENT_SECURITY_POLICY

from .e2e.built_site import AFTER_1_1, build_example_site


class Inline(HTMLParser):
    """The policy of a page, and what in it the policy would refuse."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.policies: list[str] = []
        self.refused: list[str] = []
        self._script = False

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if tag == "meta" and attributes.get("http-equiv", "").lower() == \
                "content-security-policy":
            self.policies.append(attributes.get("content", ""))
        # JSON data (Material's configuration) is not run
        self._script = (tag == "script" and "src" not in attributes
                        and attributes.get("type") != "application/json")
        if tag == "style":
            self.refused.append("<style>")
        self.refused += [f"<{tag} {name}>" for name in attributes
                         if name == "style" or name.startswith("on")]
        if any(value.strip().lower().startswith("javascript:") for value in attributes.values()):
            self.refused.append(f"<{tag}> javascript: address")

    def handle_endtag(self, tag):
        self._script = False

    def handle_data(self, data):
        if self._script and data.strip():
            self.refused.append("inline <script>")


def scan(path: Path) -> Inline:
    parser = Inline()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("policy")
    build_example_site(folder, AFTER_1_1, drafts=True)
    return folder / "site"


def test_the_scanner_finds_what_the_policy_refuses(tmp_path):
    page = tmp_path / "page.html"
    page.write_text('<meta http-equiv="Content-Security-Policy" content="x">'
                    '<script>alert(1)</script><script id="c" type="application/json">{}</script>'
                    '<script src="a.js"></script><style>p{}</style><p style="color:red" '
                    'onclick="x()">a</p><a href="javascript:x()">b</a>', encoding="utf-8")
    found = scan(page)
    assert found.policies == ["x"]
    assert found.refused == ["inline <script>", "<style>", "<p style>", "<p onclick>",
                             "<a> javascript: address"]


def test_every_page_has_the_policy_and_nothing_it_refuses(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 100
    for path in pages:
        found = scan(path)
        assert found.policies == [CONTENT_SECURITY_POLICY], path
        assert found.refused == [], path


def test_the_policy_allows_nothing_from_elsewhere_and_no_inline_script():
    directives = dict(part.strip().split(" ", 1) for part in CONTENT_SECURITY_POLICY.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == "'self'"
    for sources in directives.values():
        assert "unsafe" not in sources and "*" not in sources and "http" not in sources
