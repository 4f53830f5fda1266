"""A bilingual organisation and one that publishes in Dutch only, on one site, as a reader
finds them: each statement where the reader expects it, the English site pointing to the
Dutch-only organisation with a note in English, and the language switch never landing on a
page that does not exist."""

from __future__ import annotations

from .built_site import DUTCH_ONLY, DUTCH_ONLY_NAME
from .test_browser import heading, switch_language

BILINGUAL = "hogeschool-kempen"


def test_the_english_site_lists_the_dutch_only_organisation_and_leads_to_it(page, site_url):
    page.goto(f"{site_url}en/")
    row = page.locator("article table tbody tr", has_text=DUTCH_ONLY_NAME)
    assert "(available in Dutch only)" in row.inner_text()
    row.get_by_role("link", name="Version 1.0, since 10 January 2026").click()
    page.wait_for_url(f"{site_url}nl/{DUTCH_ONLY}/statement/")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert heading(page) == f"Privacyverklaring van {DUTCH_ONLY_NAME}"


def test_the_bilingual_organisation_is_in_both_languages(page, site_url):
    for lang, title in (("nl", "Privacyverklaring van Hogeschool Kempen"),
                        ("en", "Privacy statement of Hogeschool Kempen")):
        page.goto(f"{site_url}{lang}/")
        page.locator("article").get_by_role("link", name="Hogeschool Kempen").click()
        page.wait_for_url(f"{site_url}{lang}/{BILINGUAL}/")
        page.locator("article").get_by_role("link", name=title.split(" ")[0], exact=False) \
            .first.click()
        page.wait_for_url(f"{site_url}{lang}/{BILINGUAL}/statement/")
        assert heading(page) == title


def test_the_dutch_site_lists_the_dutch_only_organisation_as_any_other(page, site_url):
    page.goto(f"{site_url}nl/")
    row = page.locator("article table tbody tr", has_text=DUTCH_ONLY_NAME)
    assert "alleen in het" not in row.inner_text()
    row.get_by_role("link", name=DUTCH_ONLY_NAME).click()
    page.wait_for_url(f"{site_url}nl/{DUTCH_ONLY}/")
    assert page.get_by_text("Versie 1.0 is van kracht sinds 10 januari 2026.").is_visible()


def test_switching_to_english_on_a_dutch_only_statement_says_where_it_is(page, site_url):
    page.goto(f"{site_url}nl/{DUTCH_ONLY}/1.0/statement/")
    switch_language(page, "English")
    page.wait_for_url(f"{site_url}en/{DUTCH_ONLY}/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_text(f"{DUTCH_ONLY_NAME} publishes its privacy statement and privacy "
                            "regulation in Dutch only.").is_visible()
    page.get_by_role("link", name="Privacy regulation (Dutch)").click()
    page.wait_for_url(f"{site_url}nl/{DUTCH_ONLY}/regulation/")
    assert heading(page) == f"Privacyreglement van {DUTCH_ONLY_NAME}"
