"""A statement prints cleanly: no header, navigation or search, the text at full width, and
every link followed by the address it points to. The PDF Chromium prints is kept as an
artifact."""

from __future__ import annotations

from .conftest import ARTIFACTS

ORG = "hogeschool-kempen"


def test_a_statement_prints_without_navigation_and_with_its_links_written_out(page, site_url):
    page.goto(f"{site_url}en/{ORG}/1.0/statement/")
    page.emulate_media(media="print")
    for chrome in [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer",
                   ".md-search"]:
        assert not page.locator(chrome).first.is_visible(), chrome
    link = page.locator(".privdocs-banner a").first
    written = link.evaluate("element => getComputedStyle(element, '::after').content")
    assert written == f'" (" "{site_url}en/{ORG}/statement/" ")"' or \
        f"{site_url}en/{ORG}/statement/" in written
    content = page.locator(".md-content").bounding_box()
    assert content["width"] > 0.9 * page.viewport_size["width"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf = page.pdf(path=str(ARTIFACTS / "statement-en-1.0.pdf"), format="A4")
    assert pdf.startswith(b"%PDF")
