"""What a reader does on the site, in a real headless Chromium: open the home page, open an
organisation, switch language and land on the same page, open an archived version and see
its banner, open the changes, search."""

from __future__ import annotations

import re

ORG = "hogeschool-kempen"


def heading(page) -> str:
    return page.locator("article h1").first.inner_text().replace("¶", "").strip()


def test_the_home_page_lists_the_organisations(page, site_url):
    page.goto(site_url)
    page.get_by_role("link", name="Lees ze in het Nederlands").click()
    page.wait_for_url(f"{site_url}nl/")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert heading(page) == "Privacyverklaringen"
    names = page.locator("article table tbody tr td:first-child").all_inner_texts()
    assert names == ["Vereniging Voorbeeld", "Hogeschool Kempen",
                     "Netwerk Vlaamse Ondernemers vzw", "Stichting Ons Onderwijs"]


def test_an_organisation_shows_what_is_in_force_and_every_version(page, site_url):
    page.goto(f"{site_url}nl/")
    page.locator("article").get_by_role("link", name="Hogeschool Kempen").click()
    page.wait_for_url(f"{site_url}nl/{ORG}/")
    assert heading(page) == "Hogeschool Kempen"
    assert page.get_by_text("Versie 1.1 is van kracht sinds 1 oktober 2026.").is_visible()
    versions = page.locator("article table").first.locator("tbody tr td:first-child")
    assert versions.all_inner_texts() == ["1.1", "1.0"]
    page.locator("article").get_by_role("link", name="Privacyverklaring", exact=True).first.click()
    page.wait_for_url(f"{site_url}nl/{ORG}/statement/")
    assert heading(page) == "Privacyverklaring van Hogeschool Kempen"


def switch_language(page, name: str) -> None:
    page.locator(".md-header__option .md-select").hover()
    page.locator(".md-select__link", has_text=name).click()


def test_switching_language_lands_on_the_same_page(page, site_url):
    page.goto(f"{site_url}nl/{ORG}/1.0/statement/")
    switch_language(page, "English")
    page.wait_for_url(f"{site_url}en/{ORG}/1.0/statement/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert heading(page) == "Privacy statement of Hogeschool Kempen"
    switch_language(page, "Nederlands")
    page.wait_for_url(f"{site_url}nl/{ORG}/1.0/statement/")
    assert heading(page) == "Privacyverklaring van Hogeschool Kempen"


def test_an_archived_version_says_it_is_no_longer_in_force(page, site_url):
    page.goto(f"{site_url}nl/{ORG}/")
    page.locator("article table").first.get_by_role("link", name="1.0", exact=True).click()
    page.wait_for_url(f"{site_url}nl/{ORG}/1.0/statement/")
    banner = page.locator(".privdocs-banner")
    assert banner.is_visible()
    assert banner.locator(".admonition-title").inner_text() == "Niet meer van kracht"
    assert "Versie 1.0 gold van 2 maart 2026 tot 1 oktober 2026." in banner.inner_text()
    banner.get_by_role("link", name="Lees de versie die nu van kracht is (1.1)").click()
    page.wait_for_url(f"{site_url}nl/{ORG}/statement/")
    assert page.locator(".privdocs-banner").count() == 0


def test_the_changes_show_the_substance_then_the_words(page, site_url):
    page.goto(f"{site_url}en/{ORG}/")
    page.locator("article table").first.get_by_role("link", name="Changes").click()
    page.wait_for_url(f"{site_url}en/{ORG}/1.1/changes/")
    assert heading(page) == "Changes in version 1.1 – Hogeschool Kempen"
    headings = page.locator("article h2").all_inner_texts()
    assert headings[0].startswith("What changes")
    assert page.locator("article ul").first.inner_text() == (
        "New purpose: Publishing photos and videos of activities (announced in advance)")
    inserted = page.locator("article ins").first
    assert inserted.is_visible()
    assert re.search(r"line-through", page.locator("article del").first.evaluate(
        "element => getComputedStyle(element).textDecorationLine")) is not None


def material_text(page, key: str) -> str:
    """The wording Material shows for `key` on this page (from the translations it embeds), so
    that no test depends on the theme's own phrasing."""
    return page.evaluate("key => JSON.parse(document.getElementById('__config').textContent)"
                         ".translations[key]", key)


def type_search(page, words: str) -> None:
    """Type `words` into the search once its index is loaded (Material reads key strokes)."""
    page.locator("input.md-search__input").click()
    # functions, not expressions: an expression is eval'd, which the pages' policy refuses
    page.wait_for_function("text => document.querySelector('.md-search-result__meta')"
                           ".textContent.trim() === text",
                           arg=material_text(page, "search.result.placeholder"))
    field = page.locator("input.md-search__input")
    field.fill(words)
    field.press("End")  # one key stroke with the whole query in the field


def search(page, words: str) -> list[str]:
    """The addresses the search offers for `words`, once it has answered."""
    type_search(page, words)
    page.wait_for_function("() => (document.querySelector('.md-search-result__meta') || {})"
                           ".textContent?.match(/\\d/)")
    return page.eval_on_selector_all(".md-search-result__list a",
                                     "links => links.map(link => link.getAttribute('href'))")


def test_search_finds_pages_in_the_language_of_the_page(page, site_url):
    page.goto(f"{site_url}nl/")
    dutch = search(page, "toezichthouder")
    assert dutch and all("/nl/" in href for href in dutch), dutch
    assert any(f"/nl/{ORG}/statement/" in href for href in dutch)
    page.goto(f"{site_url}en/")
    english = search(page, "alumni records")
    assert english and all("/en/" in href for href in english), english
    assert any(f"/en/{ORG}/statement/" in href for href in english)


def test_a_dutch_word_finds_nothing_on_the_english_site(page, site_url):
    page.goto(f"{site_url}en/")
    type_search(page, "toezichthouder")
    none = material_text(page, "search.result.none")
    page.wait_for_function("none => (document.querySelector('.md-search-result__meta') || {})"
                           ".textContent?.match(/\\d/) || document.querySelector("
                           "'.md-search-result__meta').textContent.trim() === none", arg=none)
    assert page.locator(".md-search-result__meta").inner_text() == none
    assert page.locator(".md-search-result__item").count() == 0
