"""No third parties: nothing in the built site makes a browser load anything from elsewhere.

Every HTML page and stylesheet is scanned for what a browser fetches by itself: `src` of
scripts, images, frames and media, `srcset`, `poster`, `<object data>`, `<link href>` of
stylesheets, icons, preloads, prefetches, manifests and connection hints, `url()` and
`@import` in stylesheets and `style` attributes. Any such address outside the site fails.
Links (`<a href>`), canonical and alternate addresses are not loaded and may point anywhere.

JavaScript is not scanned as text (Material's bundle holds addresses it uses only for features
this site does not turn on); the browser tests record every request the pages really make.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from .e2e.built_site import AFTER_1_1, build_example_site

SOURCE_TAGS = {"script", "img", "iframe", "frame", "embed", "audio", "video", "source", "track",
               "input"}
LOADING_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon",
                "apple-touch-icon-precomposed", "mask-icon", "preload", "modulepreload",
                "prefetch", "preconnect", "dns-prefetch", "prerender", "manifest"}
CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)""", re.IGNORECASE)
CSS_IMPORT = re.compile(r"""@import\s+(['"])(.*?)\1""", re.IGNORECASE)
EXTERNAL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)


def css_addresses(css: str) -> list[str]:
    return [match.group(2) for pattern in (CSS_URL, CSS_IMPORT) for match in pattern.finditer(css)]


def srcset_addresses(srcset: str) -> list[str]:
    return [candidate.strip().split()[0] for candidate in srcset.split(",") if candidate.strip()]


class Loads(HTMLParser):
    """The addresses an HTML page makes the browser load by itself."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.addresses: list[tuple[str, str]] = []
        self._in_style = False

    def add(self, where: str, address: str | None) -> None:
        if address:
            self.addresses.append((where, address))

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if tag in SOURCE_TAGS:
            self.add(f"<{tag} src>", attributes.get("src"))
        if "srcset" in attributes:
            for address in srcset_addresses(attributes["srcset"]):
                self.add(f"<{tag} srcset>", address)
        if tag == "video":
            self.add("<video poster>", attributes.get("poster"))
        if tag == "object":
            self.add("<object data>", attributes.get("data"))
        if tag == "base":
            self.add("<base href>", attributes.get("href"))
        if tag == "link":
            rels = set(attributes.get("rel", "").lower().split())
            if rels & LOADING_RELS:
                self.add(f"<link rel={attributes.get('rel')}>", attributes.get("href"))
            if "imagesrcset" in attributes:
                for address in srcset_addresses(attributes["imagesrcset"]):
                    self.add("<link imagesrcset>", address)
        if "style" in attributes:
            for address in css_addresses(attributes["style"]):
                self.add(f"<{tag} style>", address)
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            for address in css_addresses(data):
                self.add("<style>", address)


def external_loads(site: Path) -> list[str]:
    found = []
    for path in sorted(site.rglob("*")):
        if path.suffix == ".html":
            parser = Loads()
            parser.feed(path.read_text(encoding="utf-8"))
            addresses = parser.addresses
        elif path.suffix == ".css":
            addresses = [("url()", address)
                         for address in css_addresses(path.read_text(encoding="utf-8"))]
        else:
            continue
        found += [f"{path.relative_to(site)}: {where} {address}"
                  for where, address in addresses if EXTERNAL.match(address)]
    return found


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("offline")
    build_example_site(folder, AFTER_1_1, drafts=True)
    return folder / "site"


def test_the_scanner_finds_what_a_browser_would_load(tmp_path):
    (tmp_path / "page.html").write_text(
        '<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>'
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">'
        '<link rel="canonical" href="https://example.org/page/">'
        '<a href="https://example.org/">a link is not loaded</a>'
        '<img src="local.png" srcset="local-2x.png 2x, //cdn.example/3x.png 3x">'
        '<div style="background: url(\'https://tracker.example/pixel.gif\')"></div>'
        "<style>@import 'https://cdn.example/theme.css';</style>"
        '<script src="https://analytics.example/script.js"></script>'
        '<iframe src="https://video.example/embed"></iframe>', encoding="utf-8")
    (tmp_path / "site.css").write_text(
        "a { background: url(data:image/svg+xml;charset=utf-8,<svg xmlns='http://www.w3.org/"
        "2000/svg'/>) } b { background: url(\"https://img.example/b.png\") }", encoding="utf-8")
    assert external_loads(tmp_path) == [
        "page.html: <link rel=preconnect> https://fonts.gstatic.com",
        "page.html: <link rel=stylesheet> https://fonts.googleapis.com/css?family=Roboto",
        "page.html: <img srcset> //cdn.example/3x.png",
        "page.html: <div style> https://tracker.example/pixel.gif",
        "page.html: <style> https://cdn.example/theme.css",
        "page.html: <script src> https://analytics.example/script.js",
        "page.html: <iframe src> https://video.example/embed",
        "site.css: url() https://img.example/b.png",
    ]


def test_the_built_site_loads_nothing_from_elsewhere(site):
    pages = list(site.rglob("*.html"))
    assert len(pages) > 100
    assert external_loads(site) == []


def test_no_web_fonts_and_no_analytics(site):
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html, path
        assert "googletagmanager" not in html and "gtag(" not in html, path
