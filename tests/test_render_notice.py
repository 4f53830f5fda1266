"""The short notice of one purpose (`--document notice --purpose ID`): golden files, what a
notice must say for each legal basis, its length against the statement's, parity of NL and EN,
and the link to the full statement.

Regenerate the golden files with:

    UPDATE_GOLDEN=1 python3 -m pytest tests/test_render_notice.py
"""

from __future__ import annotations

import datetime
import re
from functools import cache

import pytest

from generator.documents import file_name
from generator.render import profile_languages, render_document
from generator.render.markup import inline, plain
from generator.render.notice import EXAMPLE_SITE_URL, statement_address
from generator.render.outputs import Selection, render_output
from generator.render.version import Version
from generator.site.settings import EXAMPLE_SITE_URL as SETTINGS_EXAMPLE_URL

from .conftest import assert_matches_golden
from .test_render_documents import shape
from .test_render_golden import EXAMPLES, GOLDEN, example_profile

SITE = "https://privacy.example.nl/"
PROFILES = {path.stem: path for path in EXAMPLES}
# Every legal basis of the examples, direct marketing on consent and on legitimate interests,
# transfers with and without an adequacy decision, special categories, the formal address.
CASES = [
    ("netwerk-vlaamse-ondernemers", "newsletter", SITE),
    ("netwerk-vlaamse-ondernemers", "relationship-management", None),
    ("hogeschool-kempen", "alumni-newsletter", SITE),
    ("hogeschool-kempen", "financial-administration", None),
    ("stichting-ons-onderwijs", "education-and-guidance", SITE),
    ("stichting-ons-onderwijs", "medicine-administration", None),
    ("stichting-ons-onderwijs", "parental-contribution", None),
]
TEXT_CASES = [("netwerk-vlaamse-ondernemers", "newsletter", SITE),
              ("hogeschool-kempen", "alumni-newsletter", None)]


@cache
def loaded(org: str):
    return example_profile(PROFILES[org])


def notice(org: str, purpose: str, lang: str, site_url: str | None = None,
           fmt: str = "markdown") -> str:
    return render_output(loaded(org), lang, "notice", fmt,
                         selection=Selection(purpose=purpose), site_url=site_url).decode("utf-8")


def every_purpose():
    for path in EXAMPLES:
        profile = example_profile(path)
        for purpose in profile.purpose_list:
            yield pytest.param(path.stem, purpose.id, id=f"{path.stem}-{purpose.id}")


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("org", "purpose", "site_url"), CASES,
                         ids=[f"{org}-{purpose}" for org, purpose, _ in CASES])
def test_notice_matches_the_golden_file(org, purpose, site_url, lang):
    assert_matches_golden(notice(org, purpose, lang, site_url),
                          GOLDEN / org / lang / file_name("notice", "markdown", purpose),
                          "tests/test_render_notice.py")


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("org", "purpose", "site_url"), TEXT_CASES,
                         ids=[f"{org}-{purpose}" for org, purpose, _ in TEXT_CASES])
def test_plain_text_notice_matches_the_golden_file(org, purpose, site_url, lang):
    assert_matches_golden(notice(org, purpose, lang, site_url, "text"),
                          GOLDEN / org / lang / file_name("notice", "text", purpose),
                          "tests/test_render_notice.py")


@pytest.mark.parametrize(("org", "purpose"), list(every_purpose()))
def test_a_notice_is_at_most_a_quarter_of_the_statement(org, purpose):
    profile = loaded(org)
    for lang in profile_languages(profile):
        statement = render_document(profile, lang, "statement")
        for site_url in (None, SITE):
            for fmt in ("markdown", "text"):
                short = notice(org, purpose, lang, site_url, fmt)
                assert len(short) <= len(statement) / 4, (lang, fmt, len(short), len(statement))


@pytest.mark.parametrize(("org", "purpose"), list(every_purpose()))
def test_dutch_and_english_notices_say_the_same(org, purpose):
    profile = loaded(org)
    chosen = next(entry for entry in profile.purpose_list if entry.id == purpose)
    recipients = {entry.id: entry for entry in profile.recipient_list}
    nl, en = (notice(org, purpose, lang, SITE) for lang in ("nl", "en"))
    assert shape(nl) == shape(en)
    assert nl.count("\n") == en.count("\n")
    for lang, text in (("nl", nl), ("en", en)):
        assert inline(chosen.name.get(lang)) in text
        for recipient_id in chosen.recipients:
            assert plain(recipients[recipient_id].name.get(lang)) in text
        # The notice names no recipient of another purpose.
        for other_id, other in recipients.items():
            if other_id not in chosen.recipients:
                assert f" {plain(other.name.get(lang))} " not in text.replace(".", " ")


@pytest.mark.parametrize(("org", "purpose"), list(every_purpose()))
def test_the_right_to_object_stands_apart_exactly_when_it_applies(org, purpose):
    profile = loaded(org)
    chosen = next(entry for entry in profile.purpose_list if entry.id == purpose)
    text = notice(org, purpose, "en")
    applies = chosen.legal_basis in ("legitimate_interests", "public_task") \
        or chosen.direct_marketing is True
    assert ("\n## Your right to object\n" in text) is applies
    if chosen.direct_marketing is True:
        section = text.split("\n## Your right to object\n", 1)[1].split("\n## ", 1)[0]
        assert "You can always object to our use of your data for direct marketing." in section
        assert "you do not need to give a reason" in section
    consent = chosen.legal_basis == "consent" \
        or chosen.special_category_condition == "explicit_consent"
    assert ("\n## Withdrawing your consent\n" in text) is consent


def test_each_legal_basis_is_said_in_plain_words_without_articles():
    expected = {
        ("netwerk-vlaamse-ondernemers", "newsletter"):
            "We do this because we have a legitimate interest in it.",
        ("hogeschool-kempen", "alumni-newsletter"): "We only do this if you give your consent.",
        ("hogeschool-kempen", "financial-administration"): "The law requires us to do this.",
        ("stichting-ons-onderwijs", "education-and-guidance"):
            "This is part of the public task we carry out.",
        ("stichting-ons-onderwijs", "parental-contribution"):
            "We need your data to carry out an agreement with you, or to prepare one at your "
            "request.",
    }
    for (org, purpose), sentence in expected.items():
        section = notice(org, purpose, "en").split("\n## Why we are allowed to do this\n\n")[1]
        first = section.split("\n", 1)[0]
        assert first.startswith(sentence)
        assert "Article 6" not in first


def test_a_notice_tells_who_we_are_how_long_and_who_receives():
    text = notice("stichting-ons-onderwijs", "education-and-guidance", "en")
    assert "We are Stichting Ons Onderwijs, Lindelaan 40, 7203 AB Zutphen, Netherlands." in text
    assert "You can reach us at <privacy@ons-onderwijs.example>." in text
    assert "data protection officer (DPO) at <fg@ons-onderwijs.example>." in text
    assert "We keep your data for two years from the moment your child leaves the school." in text
    assert "We give your data to Leerlingvolg Nederland BV, Leermiddelen Distributie Oost BV, " \
           "Brightpath Learning Inc. and Inspectie van het Onderwijs." in text
    # The transfer outside the EEA, with what it relies on (Art. 13(1)(f)).
    assert "Brightpath Learning Inc. (United States) processes your data outside the European " \
           "Economic Area (EEA). No adequacy decision" in text
    assert "Meetwell" not in text  # the video service is another purpose's recipient


def test_the_full_statement_is_linked_from_the_site_address_or_asked_for():
    linked = notice("stichting-ons-onderwijs", "pupil-photos", "nl", SITE)
    assert "in onze volledige privacyverklaring op " \
           "<https://privacy.example.nl/nl/stichting-ons-onderwijs/statement/>." in linked
    unlinked = notice("stichting-ons-onderwijs", "pupil-photos", "nl")
    assert "https://privacy.example.nl" not in unlinked
    assert "Je kunt die bij ons opvragen via <privacy@ons-onderwijs.example>." in unlinked
    # privdocs' example address is nobody's site: no link is made from it.
    assert notice("stichting-ons-onderwijs", "pupil-photos", "nl", EXAMPLE_SITE_URL) == unlinked


def test_the_statement_address_follows_the_site_url_scheme():
    assert EXAMPLE_SITE_URL == SETTINGS_EXAMPLE_URL
    assert statement_address("https://privacy.school.example", "en", "school") == \
        "https://privacy.school.example/en/school/statement/"
    version = Version("1.2", datetime.date(2027, 1, 1))
    assert statement_address("https://x.example/privacy/", "nl", "school", version) == \
        "https://x.example/privacy/nl/school/1.2/statement/"
    assert statement_address(None, "en", "school") is None
    assert statement_address("ftp://x.example/", "en", "school") is None
    assert statement_address(EXAMPLE_SITE_URL, "en", "school") is None


def test_a_notice_needs_a_purpose_the_profile_has():
    profile = loaded("stichting-ons-onderwijs")
    with pytest.raises(ValueError):
        render_document(profile, "en", "notice")
    with pytest.raises(ValueError):
        render_document(profile, "en", "notice", purpose="no-such-purpose")


MARKDOWN_LEFT = re.compile(r"\*\*|\]\(|<https?:|<mailto:|^#|^>|^- |^\|", re.MULTILINE)


@pytest.mark.parametrize(("org", "purpose"), list(every_purpose()))
def test_the_plain_text_notice_has_no_markdown_and_short_lines(org, purpose):
    profile = loaded(org)
    for lang in profile_languages(profile):
        text = notice(org, purpose, lang, SITE, "text")
        assert not MARKDOWN_LEFT.search(text), MARKDOWN_LEFT.search(text)
        assert text.endswith("\n") and not text.endswith("\n\n") and "\n\n\n" not in text
        for line in text.splitlines():
            # Only an address, which is never broken, stands longer on a line of its own.
            assert len(line) <= 72 or " " not in line.strip(), line
        assert f"{SITE}{lang}/{org}/statement/" in text
