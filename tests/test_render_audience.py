"""The statement for one audience (`--audience ID`): only the purposes whose data subjects are
in the audience, and everything that follows from them; golden files, parity, and a profile
built to show each consequence.

Regenerate the golden files with:

    UPDATE_GOLDEN=1 python3 -m pytest tests/test_render_audience.py
"""

from __future__ import annotations

import datetime
from functools import cache

import pytest

from generator.check.findings import Severity
from generator.documents import file_name
from generator.render import render_document
from generator.render.audiences import for_audience, for_purpose
from generator.render.markup import inline, plain
from generator.render.version import Version

from .conftest import assert_matches_golden
from .test_render_documents import shape
from .test_render_golden import EXAMPLES, GOLDEN, example_profile

SCHOOL = "stichting-ons-onderwijs"
SITE = "https://privacy.example.nl/"
CASES = [("parents", SITE), ("staff", None)]
STAFF_PURPOSES = {"employment", "payroll-tax", "sickness-absence"}


@cache
def school():
    return example_profile(next(path for path in EXAMPLES if path.stem == SCHOOL))


def statement(audience: str | None, lang: str = "en", site_url: str | None = None,
              version: Version | None = None) -> str:
    return render_document(school(), lang, "statement", version, audience=audience,
                           site_url=site_url)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("audience", "site_url"), CASES, ids=[case[0] for case in CASES])
def test_audience_statement_matches_the_golden_file(audience, site_url, lang):
    assert_matches_golden(statement(audience, lang, site_url),
                          GOLDEN / SCHOOL / lang / file_name("statement", "markdown", audience),
                          "tests/test_render_audience.py")


@pytest.mark.parametrize("audience", ["parents", "staff"])
def test_only_the_purposes_of_the_audience_are_in_it(audience):
    for lang in ("nl", "en"):
        text = statement(audience, lang)
        for purpose in school().purpose_list:
            wanted = (purpose.id in STAFF_PURPOSES) is (audience == "staff")
            assert (f"\n### {inline(purpose.name.get(lang))}\n" in text) is wanted, purpose.id


@pytest.mark.parametrize("audience", ["parents", "staff"])
def test_dutch_and_english_audience_statements_say_the_same(audience):
    nl, en = statement(audience, "nl"), statement(audience, "en")
    assert shape(nl) == shape(en)
    for recipient in for_audience(school(), audience).recipient_list:
        assert plain(recipient.name.get("nl")) in nl and plain(recipient.name.get("en")) in en


def test_recipients_transfers_sources_and_categories_follow_the_purposes():
    staff, parents = statement("staff"), statement("parents")
    for name in ("Salarisdienst Onderwijs BV", "Belastingdienst", "Stichting Pensioenfonds ABP",
                 "Arbozorg Oost BV"):
        assert f"- **{name}**" in staff
    for name in ("KlasContact BV", "Brightpath Learning Inc.", "Meetwell Inc."):
        assert name not in staff and f"- **{name}**" in parents
    assert "Salarisdienst" not in parents
    assert "## Your data outside the European Economic Area" not in staff
    assert "## Your data outside the European Economic Area" in parents
    assert "previous school" not in staff and "previous school" in parents
    assert "Health data of pupils" not in staff and "Sickness absence of staff" in staff


def test_the_rights_follow_the_legal_bases_left():
    staff, parents = statement("staff"), statement("parents")
    # Staff purposes rest on contract and legal obligations: nothing to object to, no consent.
    assert "## Your right to object" not in staff and "## Withdrawing your consent" not in staff
    assert "change your consent in the parent app" not in staff  # how parents withdraw it
    assert "### Right to data portability" in staff  # the employment contract
    assert "## Your right to object" in parents and "## Withdrawing your consent" in parents


def test_it_says_for_whom_it_is_and_where_the_full_statement_is():
    text = statement("parents", "nl", SITE)
    assert text.startswith("# Privacyverklaring van Stichting Ons Onderwijs voor ouders en "
                           "leerlingen\n")
    assert "Deze versie van onze privacyverklaring is voor ouders en leerlingen." in text
    assert "<https://privacy.example.nl/nl/stichting-ons-onderwijs/statement/>" in text
    published = statement("staff", "en", SITE, Version("2.0", datetime.date(2027, 1, 1)))
    assert "is at <https://privacy.example.nl/en/stichting-ons-onderwijs/2.0/statement/>." \
        in published
    unlinked = statement("staff", "en")
    assert "You can ask us for it at <privacy@ons-onderwijs.example>." in unlinked


def test_the_cookies_stay_for_every_audience():
    # Cookies are placed on whoever visits the website; the profile does not say who does.
    for audience in ("parents", "staff"):
        assert "\n## Cookies\n" in statement(audience)


def test_the_full_statement_is_unchanged_by_the_audiences():
    assert statement(None) == (GOLDEN / SCHOOL / "en" / "statement.md").read_text("utf-8")


DECISIONS = """\
format: 1
id: club
languages: [nl, en]
jurisdiction: NL
audiences:
  - id: members
    name: {nl: Leden, en: Members}
    data_subjects: [members]
  - id: visitors
    name: {nl: Bezoekers, en: Visitors}
    data_subjects: [visitors]
controller:
  name: Vereniging Voorbeeld
  address: {street: Dorpsstraat 1, postal_code: "1234 AB", city: Utrecht, country: NL}
  email: privacy@voorbeeld.example
data_subjects:
  - {id: members, name: {nl: Leden, en: Members}}
  - {id: visitors, name: {nl: Bezoekers, en: Visitors}}
data_categories:
  - {id: contact, name: {nl: Contactgegevens, en: Contact details}}
  - {id: usage, name: {nl: Gebruiksgegevens, en: Usage data}}
recipients:
  - id: analytics
    name: Stats Inc.
    role: processor
    country: NL
  - id: bank
    name: Bank BV
    role: processor
    country: NL
purposes:
  - id: fees
    name: {nl: Contributie innen, en: Collecting fees}
    data_subjects: [members]
    data_categories: [contact]
    legal_basis: contract
    provision:
      requirement: contractual
      consequence: {nl: Zonder deze gegevens kun je geen lid worden., en: Without these data you cannot become a member.}
    retention: {period: P2Y}
    recipients: [bank]
  - id: visits
    name: {nl: Bezoeken tellen, en: Counting visits}
    data_subjects: [visitors]
    data_categories: [usage]
    sources: [observed]
    legal_basis: legitimate_interests
    legitimate_interest: {nl: onze website verbeteren, en: improving our website}
    retention: {period: P1Y}
    recipients: []
automated_decisions:
  - purpose: fees
    logic: {nl: We berekenen de contributie uit je leeftijd., en: We compute the fee from your age.}
    significance: {nl: Je betaalt dat bedrag., en: You pay that amount.}
cookies:
  - name: stats
    provider: Stats Inc.
    purpose: {nl: telt bezoeken, en: counts visits}
    duration: P1Y
    category: statistics
    recipient: analytics
changes:
  notify: {nl: We mailen je over elke wijziging., en: We e-mail you about every change.}
"""


def test_decisions_and_a_cookie_recipient_follow_the_audience(check_text):
    result = check_text(DECISIONS, name="club")
    assert result.profile is not None and not result.count(Severity.ERROR), result.findings
    profile = result.profile
    members = render_document(profile, "en", "statement", audience="members")
    visitors = render_document(profile, "en", "statement", audience="visitors")
    assert "**Collecting fees**" in members and "We compute the fee from your age." in members
    assert "We compute the fee" not in visitors
    assert "We never let a computer alone take decisions" in visitors
    # The cookie's recipient receives what the cookie collects: it stays with the cookie.
    assert "- **Stats Inc.**" in members and "- **Stats Inc.**" in visitors
    assert "Bank BV" in members and "Bank BV" not in visitors
    assert "## Your right to object" in visitors and "## Your right to object" not in members


def test_a_trimmed_profile_keeps_only_what_its_purposes_refer_to(check_text):
    profile = check_text(DECISIONS, name="club").profile
    trimmed = for_purpose(profile, "visits")
    assert [purpose.id for purpose in trimmed.purpose_list] == ["visits"]
    assert [subject.id for subject in trimmed.data_subjects] == ["visitors"]
    assert [category.id for category in trimmed.data_categories] == ["usage"]
    assert trimmed.recipient_list == [] and trimmed.cookies == []
    assert trimmed.automated_decisions == []
    assert [purpose.id for purpose in profile.purpose_list] == ["fees", "visits"]  # untouched
    with pytest.raises(ValueError):
        for_audience(profile, "nobody")
