"""The site's own features under its Content-Security-Policy, on a phone and served
elsewhere. Every test's page fails on a policy violation, a console error or a request outside
the site (conftest.py): here the theme toggle, search and language switch are used under the
policy, tables are measured at 390 px, and the site built for its published address is read
from another one."""

from __future__ import annotations

import pytest

from .built_site import DUTCH_ONLY, DUTCH_ONLY_NAME
from .conftest import close_page, open_page
from .test_browser import heading, search, switch_language

ORG = "hogeschool-kempen"
POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          "font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; "
          "base-uri 'none'; form-action 'self'")


def policy(page) -> str | None:
    return page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")


@pytest.mark.parametrize("path", ["", "nl/", f"en/{ORG}/statement/", "nl/docs/rules/"])
def test_every_kind_of_page_carries_the_policy(page, site_url, path):
    page.goto(f"{site_url}{path}")
    assert policy(page) == POLICY


def toggle(page, name: str) -> None:
    """Click Material's theme toggle, which is named after what it switches to."""
    page.locator(f'label.md-header__button[title="{name}"]').click()


def test_search_language_switch_and_theme_toggle_work_under_the_policy(page, site_url):
    page.goto(f"{site_url}nl/{ORG}/statement/")
    assert policy(page) == POLICY
    body = page.locator("body")
    assert body.get_attribute("data-md-color-scheme") == "default"
    toggle(page, "Donkere weergave")
    assert body.get_attribute("data-md-color-scheme") == "slate"
    page.reload()  # the choice is kept (Material's palette script, a file of the site here)
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    results = search(page, "toezichthouder")
    assert any(f"/nl/{ORG}/statement/" in href for href in results)
    page.keyboard.press("Escape")
    switch_language(page, "English")
    page.wait_for_url(f"{site_url}en/{ORG}/statement/")
    assert page.locator("body").get_attribute("data-md-color-scheme") in ("default", "slate")
    toggle(page, "Switch to dark mode" if page.locator("body").get_attribute(
        "data-md-color-scheme") == "default" else "Switch to light mode")  # in English here


TABLES = """() => [...document.querySelectorAll("article table")].map(table => {
  const wrap = table.closest(".md-typeset__scrollwrap");
  return {fits: wrap.scrollWidth <= wrap.clientWidth,
          hint: getComputedStyle(wrap).backgroundImage.includes("radial-gradient")
                && getComputedStyle(wrap).overflowX === "auto",
          columns: table.rows[0].cells.length};
})"""


@pytest.mark.parametrize("path", ["nl/", f"nl/{ORG}/", f"nl/{ORG}/statement/",
                                  f"nl/{ORG}/regulation/", f"en/{ORG}/1.1/changes/",
                                  f"nl/{DUTCH_ONLY}/"])
def test_tables_stay_readable_on_a_phone(browser, site_url, watched, request, path):
    context, page = open_page(browser, site_url, watched, width=390, height=844)
    try:
        page.goto(f"{site_url}{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390  # the page
        tables = page.evaluate(TABLES)
        assert tables, "no table to measure"
        # each table fits, or scrolls sideways with shadows at the edges saying so
        assert all(table["fits"] or table["hint"] for table in tables), tables
    finally:
        close_page(context, page, watched, request)


def test_the_statement_in_force_announces_the_scheduled_version(page, site_url):
    page.goto(f"{site_url}nl/{DUTCH_ONLY}/statement/")
    assert heading(page) == f"Privacyverklaring van {DUTCH_ONLY_NAME}"
    banner = page.locator(".privdocs-scheduled")
    assert banner.locator(".admonition-title").inner_text() == \
        "Op 15 december 2026 wordt een nieuwe versie van kracht"
    assert "Vanaf 15 december 2026 vervangt versie 1.1 deze versie." in banner.inner_text()
    assert "We bewaren je gegevens een jaar langer." in banner.inner_text()
    banner.get_by_role("link", name="Wat er verandert in versie 1.1").click()
    page.wait_for_url(f"{site_url}nl/{DUTCH_ONLY}/1.1/changes/")
    assert page.locator("article ul").first.inner_text().startswith("Bewaartermijn")


def test_the_site_served_away_from_its_address_asks_nothing_of_that_address(
        browser, elsewhere_url, watched, request):
    """Built for https://privacy.example.org/ and read elsewhere (a copy, a check before
    publishing): no request goes there, and nothing fails."""
    context, page = open_page(browser, elsewhere_url, watched)
    try:
        page.goto(f"{elsewhere_url}en/{ORG}/statement/")
        page.wait_for_load_state("networkidle")
        switch_language(page, "Nederlands")
        page.wait_for_url(f"{elsewhere_url}nl/{ORG}/statement/")
        page.wait_for_load_state("networkidle")
    finally:
        close_page(context, page, watched, request)
