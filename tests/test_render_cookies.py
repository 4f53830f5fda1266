"""The cookie statement: golden files in Markdown and CSV, the law each jurisdiction names,
consent per cookie (given or by category), who receives the data and where, how consent is
withdrawn (only as the profile says), parity between the languages and both address forms.

Regenerate the golden files with:

    UPDATE_GOLDEN=1 python3 -m pytest tests/test_render_register.py tests/test_render_cookies.py
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from generator.check.findings import Severity
from generator.profile.model import Cookie
from generator.render import LANGUAGES, profile_languages, render_document
from generator.render.outputs import render_output

from .conftest import MINIMAL, ROOT, assert_matches_golden
from .test_render_documents import LEFTOVERS, english_fragments, shape
from .test_render_register import (EVERYTHING, EXAMPLES, GOLDEN, assert_matches_golden_bytes,
                                   checked, csv_rows, table_rows)

THIS_FILE = "tests/test_render_cookies.py"
INFORMAL_WORDS = re.compile(r"\b(je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)


def cases():
    for path in EXAMPLES:
        for lang in profile_languages(checked(path)):
            yield pytest.param(path, lang, id=f"{path.stem}-{lang}")


@pytest.mark.parametrize(("path", "lang"), list(cases()))
@pytest.mark.parametrize("fmt", ("markdown", "csv"))
def test_the_cookie_statement_of_every_example_matches_its_golden_files(path, lang, fmt):
    produced = render_output(checked(path), lang, "cookies", fmt)
    golden = GOLDEN / path.stem / lang / f"cookies.{'md' if fmt == 'markdown' else 'csv'}"
    if fmt == "markdown":
        assert_matches_golden(produced.decode("utf-8"), golden, THIS_FILE)
    else:
        assert_matches_golden_bytes(produced, golden)


@pytest.mark.parametrize("form", ("formal", "informal"))
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("fmt", ("markdown", "csv"))
def test_the_second_edition_cookie_statement_matches_its_golden_files(form, lang, fmt):
    profile = dataclasses.replace(checked(EVERYTHING), address_form=form)
    produced = render_output(profile, lang, "cookies", fmt)
    golden = GOLDEN / "second-edition" / form / lang / \
        f"cookies.{'md' if fmt == 'markdown' else 'csv'}"
    if fmt == "markdown":
        assert_matches_golden(produced.decode("utf-8"), golden, THIS_FILE)
    else:
        assert_matches_golden_bytes(produced, golden)


@pytest.mark.parametrize("path", [*EXAMPLES, EVERYTHING],
                         ids=[*(path.stem for path in EXAMPLES), "second-edition"])
def test_dutch_and_english_cookie_statements_say_the_same(path):
    profile = checked(path)
    nl, en = (render_document(profile, lang, "cookies") for lang in ("nl", "en"))
    assert shape(nl) == shape(en)
    assert [len(row) for row in table_rows(nl)] == [len(row) for row in table_rows(en)]
    assert [row[0] for row in table_rows(nl)[1:]] == [row[0] for row in table_rows(en)[1:]]
    for cookie in profile.cookies:
        assert f"`{cookie.name}`" in nl and f"`{cookie.name}`" in en
    for text in (nl, en):
        for leftover in LEFTOVERS:
            assert leftover not in text, leftover
    assert [fragment for fragment in english_fragments() if fragment in nl] == []
    nl_csv, en_csv = (csv_rows(render_output(profile, lang, "cookies", "csv"))
                      for lang in ("nl", "en"))
    assert len(nl_csv) == len(en_csv) == 1 + len(profile.cookies)
    assert [row[0] for row in nl_csv[1:]] == [row[0] for row in en_csv[1:]] == \
        [cookie.name for cookie in profile.cookies]


def test_each_jurisdiction_names_its_own_cookie_law():
    school = render_document(checked(ROOT / "org_profiles" / "stichting-ons-onderwijs.yaml"),
                             "nl", "cookies")
    assert "De Telecommunicatiewet (artikel 11.7a)" in school
    network = render_document(checked(ROOT / "org_profiles" /
                                      "netwerk-vlaamse-ondernemers.yaml"), "en", "cookies")
    assert ("(Article 10/2 of the Data Protection Act of 30 July 2018, formerly Article 129 "
            "of the Electronic Communications Act)") in network


def test_consent_follows_the_legal_basis_or_else_the_category():
    profile = checked(EVERYTHING)
    session, stats = profile.cookies
    necessary_stats = dataclasses.replace(stats, legal_basis="necessary")
    preferences = dataclasses.replace(session, name="prefs", category="preferences")
    profile = dataclasses.replace(profile, cookies=[session, stats, necessary_stats,
                                                    preferences])
    rows = csv_rows(render_output(profile, "en", "cookies", "csv"))
    consent = rows[0].index("Consent needed")
    assert [row[consent] for row in rows[1:]] == ["No, strictly necessary", "Yes",
                                                  "No, strictly necessary", "Yes"]


def test_a_third_party_cookie_names_its_recipient_country_and_transfer():
    markdown = render_document(checked(EVERYTHING), "en", "cookies")
    assert "| `_stats` | Example Stats Inc. | Counts visits | one year | Yes | Example Mailer " \
           "Inc., United States (adequacy decision) |" in markdown
    assert "- **Example Mailer Inc.** (United States): Example Mailer Inc. is certified under " \
           "the EU-US Data Privacy Framework." in markdown
    first_party = render_document(checked(ROOT / "org_profiles" / "hogeschool-kempen.yaml"),
                                  "en", "cookies")
    assert "outside the European Economic Area" not in first_party
    assert "| `kempen_session` | Hogeschool Kempen | Keeps you logged in to the alumni portal " \
           "| until you close your browser | No, strictly necessary | Hogeschool Kempen |" \
           in first_party


STATS_COOKIE = """\
cookies:
  - name: stats
    provider: Vereniging Voorbeeld
    purpose: {nl: telt bezoeken, en: counts visits}
    duration: P1Y
    category: statistics
"""


def test_withdrawing_consent_is_explained_only_as_the_profile_states_it(check_text):
    everything = EVERYTHING.read_text(encoding="utf-8")
    withdraw = "  withdraw_consent: {nl: Mail naar privacy@sint-jan.example., " \
               "en: E-mail privacy@sint-jan.example.}\n"
    assert withdraw in everything
    listed = everything.replace(withdraw, "  withdraw_consent:\n"
                                "    nl: \"- in de app\\n- per e-mail\"\n"
                                "    en: \"- in the app\\n- by e-mail\"\n")
    result = check_text(listed, name="second-edition-everything")
    markdown = render_document(result.profile, "en", "cookies")
    assert "You can change or withdraw your consent at any time, in these ways:\n\n" \
           "- in the app\n- by e-mail\n" in markdown
    # No text at all: the statement names the profile's contact for requests, nothing else.
    result = check_text(MINIMAL.read_text(encoding="utf-8") + STATS_COOKIE)
    assert not result.count(Severity.ERROR), result.findings
    markdown = render_document(result.profile, "en", "cookies")
    section = markdown.split("## Changing or withdrawing your consent\n", 1)[1]
    section = section.split("\n## ", 1)[0]
    assert section.strip().splitlines() == [
        "You can change or withdraw your consent at any time.",
        "What we did with your consent before you withdrew it remains lawful.",
        "To withdraw your consent, write to <privacy@voorbeeld.example>."]


def test_a_statement_without_consent_cookies_has_no_consent_section():
    markdown = render_document(checked(ROOT / "org_profiles" / "hogeschool-kempen.yaml"),
                               "en", "cookies")
    assert "Changing or withdrawing" not in markdown
    assert "Cookies that are strictly necessary do not need your consent" in markdown


def test_the_formal_dutch_cookie_statement_says_u():
    profile = dataclasses.replace(checked(EVERYTHING), address_form="formal")
    formal = render_document(profile, "nl", "cookies")
    informal = render_document(dataclasses.replace(profile, address_form="informal"), "nl",
                               "cookies")
    assert "wat u kunt kiezen" in formal and "wat je kunt kiezen" in informal
    assert not INFORMAL_WORDS.search(formal.replace("`", ""))
    assert render_document(profile, "en", "cookies") == render_document(
        dataclasses.replace(profile, address_form="informal"), "en", "cookies")


def test_a_cookie_without_a_recipient_reports_its_provider_as_receiver():
    profile = checked(EVERYTHING)
    session = profile.cookies[0]
    assert isinstance(session, Cookie) and session.recipient is None
    rows = csv_rows(render_output(profile, "en", "cookies", "csv"))
    assert rows[1][rows[0].index("Who receives the data")] == session.provider
