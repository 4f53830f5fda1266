"""The renderer's parts: Babel formatting, Markdown neutralisation, versions, jurisdiction
usage, and how gaps are marked or refused."""

from __future__ import annotations

import datetime

import pytest

from generator.formatting import country_name, format_date, format_duration, format_list, \
    locale_for
from generator.profile.model import INVALID
from generator.render import HistoryEntry, IncompleteProfile, Version, render_document
from generator.render.markup import inline, plain

from .conftest import MINIMAL


@pytest.mark.parametrize(("iso", "locale", "expected"), [
    ("P2Y", "nl_NL", "2 jaar"), ("P1Y", "en_GB", "1 year"), ("P14M", "en_GB", "14 months"),
    ("P7Y6M", "nl_NL", "7 jaar en 6 maanden"), ("P7Y6M", "en_GB", "7 years and 6 months"),
    ("P30D", "nl_BE", "30 dagen"), ("P1D", "nl_NL", "1 dag"), ("P2W", "nl_NL", "2 weken"),
    ("P1Y2M3D", "nl_NL", "1 jaar, 2 maanden en 3 dagen"), ("PT36H", "nl_NL", "36 uur"),
])
def test_durations_are_read_out(iso, locale, expected):
    assert format_duration(iso, locale) == expected


def test_dates_countries_and_lists_follow_the_locale():
    assert format_date(datetime.date(2026, 11, 5), "nl_NL") == "5 november 2026"
    assert format_date(datetime.date(2026, 11, 5), "en_GB") == "5 November 2026"
    assert country_name("US", "nl_BE") == "Verenigde Staten"
    assert format_list(("a", "b", "c"), "nl_NL") == "a, b en c"
    assert format_list(("a", "b", "c"), "en_GB") == "a, b and c"
    assert (locale_for("nl", "BE"), locale_for("nl", "NL"), locale_for("nl", "DE"),
            locale_for("en", "BE")) == ("nl_BE", "nl_NL", "nl_NL", "en_GB")


@pytest.mark.parametrize(("text", "expected"), [
    ("*emphasis* and [a link](https://x.example)", "*emphasis* and [a link](https://x.example)"),
    ("# not a heading", "\\# not a heading"),
    ("1. not a list", "1\\. not a list"),
    ("- not a list", "\\- not a list"),
    ("a | b\n\nnext paragraph", "a \\| b next paragraph"),
])
def test_profile_texts_keep_inline_markdown_but_never_open_a_block(text, expected):
    assert inline(text) == expected


def test_plain_strings_are_literal():
    assert plain("Smits_&_Zonen *BV* [x]|<b>") == "Smits\\_&\\_Zonen \\*BV\\* \\[x\\]\\|&lt;b>"


@pytest.fixture
def minimal(check_text):
    def profile(replace: tuple[tuple[str, str], ...] = (), name: str = "minimal"):
        text = MINIMAL.read_text(encoding="utf-8")
        for old, new in replace:
            assert old in text
            text = text.replace(old, new)
        return check_text(text, name).profile
    return profile


def test_an_unpublished_document_says_it_is_a_draft(minimal):
    profile = minimal()
    assert "Version: draft. This statement has not been published yet." in render_document(
        profile, "en", "statement")
    assert "| concept | Concept | — | — | Nog niet vastgesteld of gepubliceerd. |" in \
        render_document(profile, "nl", "regulation")


def test_a_published_version_fills_the_version_block_and_table(minimal):
    history = (
        HistoryEntry("1.0", "adopted", datetime.date(2026, 1, 1), "Board",
                     (("nl", "Eerste versie"), ("en", "First version"))),
        HistoryEntry("1.1", "published", datetime.date(2026, 11, 5), "Privacy office",
                     "Retention shortened"),
    )
    version = Version("1.1", datetime.date(2026, 11, 5), history)
    statement = render_document(minimal(), "nl", "statement", version)
    assert "Versie 1.1, geldig vanaf 5 november 2026." in statement
    regulation = render_document(minimal(), "en", "regulation", version)
    assert "| 1.0 | Adopted | 1 January 2026 | Board | First version |" in regulation
    assert "| 1.1 | Published | 5 November 2026 | Privacy office | Retention shortened |" in \
        regulation
    assert "These rules take effect on 5 November 2026." in regulation


def test_dutch_and_belgian_usage_follow_the_jurisdiction(minimal):
    dutch = minimal((("jurisdiction: NL", "jurisdiction: NL\npublic_authority: true\n"
                      "dpo: {appointed: true, email: fg@voorbeeld.example}"),))
    belgian = minimal((("jurisdiction: NL", "jurisdiction: BE\npublic_authority: true\n"
                        "dpo: {appointed: true, email: dpo@voorbeeld.example}"),))
    nl_text = render_document(dutch, "nl", "statement")
    be_text = render_document(belgian, "nl", "statement")
    assert "functionaris voor gegevensbescherming (FG)" in nl_text and "DPO" not in nl_text
    assert "functionaris voor gegevensbescherming (DPO)" in be_text and "(FG)" not in be_text
    assert "Autoriteit Persoonsgegevens" in nl_text and "Postbus 93374, 2509 AJ Den Haag" in nl_text
    assert "Gegevensbeschermingsautoriteit" in be_text and "<contact@apd-gba.be>" in be_text


def test_rights_follow_the_legal_bases_in_use(minimal):
    contract = render_document(minimal(), "en", "statement")
    assert "### Right to data portability" in contract
    assert "Your right to object" not in contract and "## Withdrawing your consent" not in contract
    on_interest = render_document(minimal((
        ("legal_basis: contract", "legal_basis: legitimate_interests\n    legitimate_interest: "
         "{nl: contact houden met leden, en: keeping in touch with members}"),)), "en",
        "statement")
    assert "## Your right to object" in on_interest and "portability" not in on_interest
    assert "Our interest is keeping in touch with members." in on_interest


def test_children_consent_names_the_jurisdictions_age(minimal):
    replacements = (
        ("    name: {nl: Leden, en: Members}",
         "    name: {nl: Leden, en: Members}\n    minors: true"),
        ("legal_basis: contract", "legal_basis: consent\n    consent_by: parent_below_age"),
        ("changes:", "rights:\n  withdraw_consent: {nl: Mail ons., en: E-mail us.}\nchanges:"),
    )
    dutch = render_document(minimal(replacements), "en", "statement")
    belgian = render_document(minimal(replacements + (("jurisdiction: NL", "jurisdiction: BE"),)),
                              "en", "statement")
    # The Netherlands: a parent below 16 for every consent (art. 5 UAVG).
    assert "For a child under 16, we ask a parent with parental authority" in dutch
    assert "Article 5 of the Dutch GDPR Implementation Act" in dutch
    # Belgium: 13 only for an online service offered to children; otherwise no legal age.
    assert "For a child under 13" not in belgian
    assert "Young people who can judge what this means give consent themselves." in belgian
    online = render_document(minimal(replacements + (
        ("jurisdiction: NL", "jurisdiction: BE"),
        ("consent_by: parent_below_age", "consent_by: parent_below_age\n    online_service: true"))),
        "en", "statement")
    assert "From the age of 13, children give consent themselves" in online
    own_age = render_document(minimal(replacements + (
        ("jurisdiction: NL", "jurisdiction: BE"),
        ("consent_by: parent_below_age", "consent_by: parent_below_age\n    consent_age: 12"))),
        "en", "statement")
    assert "This age is our own rule: the law does not set one for this consent." in own_age


def test_a_gap_is_marked_in_a_draft_and_refused_otherwise(minimal):
    profile = minimal()
    profile.purposes[0].retention = None
    profile.purposes[0].legal_basis = INVALID
    draft = render_document(profile, "nl", "statement", draft=True)
    assert "> **Concept.**" in draft
    assert "**[ontbreekt: bewaartermijn]**" in draft and "**[ontbreekt: grondslag]**" in draft
    with pytest.raises(IncompleteProfile):
        render_document(profile, "nl", "statement")
