"""`privdocs new` at a terminal: the questionnaire driven through a pseudo-terminal."""

from __future__ import annotations

import subprocess
import sys

import pytest

from generator.check.checking import check_file

from .conftest import rule_paths
from .terminal import CLEAR_LINE, DOWN, ENTER, Terminal

pytest.importorskip("pexpect")

SKIPPED_EVERYTHING = [
    "In which languages do you publish?",
    "How do your Dutch documents address the reader?",
    "Whose law applies",
    "Is it a public body",
    "The organisation's legal name",
    "Street and number",
    "Postal code",
    "City",
    "Country code",
    "E-mail address for privacy questions",
    "Website (optional)",
    "Have you appointed a data protection officer",
    "Why is none appointed? [en]",
    "Name of a group of people [en]",
    "Name of a kind of data [en]",
    "Where do the data come from? [en]",
    "Name of a recipient",
    "Name of a purpose [en]",
    "Do you take decisions about people by computer alone",
    "What do you ask to check who makes a request (optional)? [en]",
    "How do people hear that this statement changes?",
]


def privdocs(cwd, *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *argv], cwd=cwd,
                          capture_output=True, text=True, timeout=60)


def test_enter_on_every_question_writes_a_profile_whose_gaps_check_lists(tmp_path):
    terminal = Terminal(tmp_path, "new", "sportclub", "--lang", "en")
    for question in SKIPPED_EVERYTHING:
        terminal.answer(question, ENTER)
    code, seen = terminal.finish()

    assert code == 0
    assert terminal.questions[0].startswith(SKIPPED_EVERYTHING[0])
    assert "Wrote org_profiles/sportclub.yaml." in seen
    assert "privdocs i18n confirm sportclub" in seen
    profile = tmp_path / "org_profiles" / "sportclub.yaml"
    result = check_file(profile)
    assert rule_paths(result) == {
        ("controller-identity", "controller.name"),
        ("controller-identity", "controller.address.street"),
        ("controller-identity", "controller.address.postal_code"),
        ("controller-identity", "controller.address.city"),
        ("controller-contact", "controller.email"),
        ("missing-key", "data_subjects"),
        ("missing-key", "data_categories"),
        ("missing-key", "recipients"),
        ("purpose-required", "purposes"),
        ("changes-notice", "changes"),
    }
    # The suggested answers were taken: English first, then Dutch, Dutch law, no DPO.
    text = profile.read_text(encoding="utf-8")
    assert "languages: [en, nl]" in text
    assert 'jurisdiction: "NL"' in text
    assert "automated_decisions: []" in text
    listed = privdocs(tmp_path, "check", "--lang", "en")
    assert listed.returncode == 1
    assert "The key `data_subjects` is required here" in listed.stdout


def test_real_answers_give_a_profile_that_checks_clean(tmp_path):
    t = Terminal(tmp_path, "new", "sportclub", "--lang", "en")
    t.answer("In which languages", "1" + ENTER)  # Dutch and English
    t.answer("How do your Dutch documents address the reader?", "2" + ENTER)  # "u"
    t.answer("Whose law applies", ENTER)
    t.answer("Is it a public body", ENTER)
    t.answer("The organisation's legal name", "Sportclub De Ster" + ENTER)
    t.answer("Street and number", "Sportlaan 1" + ENTER)
    t.answer("Postal code", "1234 AB" + ENTER)
    t.answer("City", "Utrecht" + ENTER)
    t.answer("Country code", ENTER)
    t.answer("E-mail address for privacy questions", "privacy at de ster" + ENTER, done=False)
    t.shows("Give an e-mail address, like privacy@example.org.")
    t.correct(CLEAR_LINE + "privacy@deser.example" + ENTER)
    t.answer("Website (optional)", ENTER)
    t.answer("Have you appointed a data protection officer", ENTER)
    t.answer("Why is none appointed? [nl]", ENTER)
    t.answer("Name of a group of people [nl]", "Leden" + ENTER)
    t.answer("Name of a group of people [en]", "Members" + ENTER)
    t.answer("May this group include children?", "1" + ENTER)
    t.answer("Name of a group of people [nl]", ENTER)
    t.answer("Name of a kind of data [nl]", "Contactgegevens" + ENTER)
    t.answer("Name of a kind of data [en]", "Contact details" + ENTER)
    t.answer("Examples (optional) [nl]", "naam en e-mailadres" + ENTER)
    t.answer("Examples (optional) [en]", "name and e-mail address" + ENTER)
    t.answer("Is it special data", ENTER)
    t.answer("Name of a kind of data [nl]", ENTER)
    t.answer("Where do the data come from? [nl]", ENTER)
    t.answer("Name of a recipient", "Mailer Inc." + ENTER)
    t.answer("What is its role?", ENTER)
    t.answer("What does it receive the data for? [nl]", "verstuurt de nieuwsbrief" + ENTER)
    t.answer("What does it receive the data for? [en]", "sends the newsletter" + ENTER)
    t.answer("In which country", CLEAR_LINE + "US" + ENTER)
    t.answer("That is outside the European Economic Area", ENTER)
    t.answer("Under which framework", ENTER)
    t.answer("Name of a recipient", ENTER)
    # A purpose on consent, with children among the people: who consents?
    t.answer("Name of a purpose [nl]", "De nieuwsbrief versturen" + ENTER)
    t.answer("Name of a purpose [en]", "Sending the newsletter" + ENTER)
    t.answer("What do you do", ENTER)
    t.answer("Whose data?", " " + ENTER)
    t.answer("Which kinds of data?", " " + ENTER)
    t.answer("On which legal basis?", "1" + ENTER)
    t.answer("Children are among these people. Who gives consent?", "2" + ENTER)
    t.answer("Where do these data come from?", ENTER)  # the people themselves
    t.answer("Must people give you these data", "4" + ENTER)
    t.answer("How long do you keep the data?", "P2Y" + ENTER)
    t.answer("From when does that period run? [nl]", "na je afmelding" + ENTER)
    t.answer("From when does that period run? [en]", "after you unsubscribe" + ENTER)
    t.answer("Who receives these data?", " " + ENTER)
    # One on legitimate interests: which interest?
    t.answer("Name of a purpose [nl]", "Het clubhuis beveiligen" + ENTER)
    t.answer("Name of a purpose [en]", "Securing the clubhouse" + ENTER)
    t.answer("What do you do", ENTER)
    t.answer("Whose data?", " " + ENTER)
    t.answer("Which kinds of data?", " " + ENTER)
    t.answer("On which legal basis?", "6" + ENTER)
    t.answer("Which interest do you pursue? [nl]", "ons clubhuis veilig houden" + ENTER)
    t.answer("Which interest do you pursue? [en]", "keeping our clubhouse safe" + ENTER)
    t.answer("Where do these data come from?", " " + DOWN + " " + ENTER)  # and observed
    t.answer("Must people give you these data", "2" + ENTER)
    t.answer("What happens if they do not give them? [nl]", "dan kun je niet binnen" + ENTER)
    t.answer("What happens if they do not give them? [en]", "you cannot enter" + ENTER)
    t.answer("How long do you keep the data?", "P30D" + ENTER)
    t.answer("From when does that period run? [nl]", "na het opnemen" + ENTER)
    t.answer("From when does that period run? [en]", "after the recording" + ENTER)
    t.answer("Who receives these data?", DOWN + " " + ENTER)  # nobody
    t.answer("Name of a purpose [nl]", ENTER)
    t.answer("Do you take decisions about people by computer alone", ENTER)
    t.answer("How can people withdraw their consent? [nl]",
             "met de link in elke nieuwsbrief" + ENTER)
    t.answer("How can people withdraw their consent? [en]",
             "with the link in every newsletter" + ENTER)
    t.answer("What do you ask to check who makes a request", ENTER)
    t.answer("How do people hear that this statement changes? [nl]", "via de nieuwsbrief" + ENTER)
    t.answer("How do people hear that this statement changes? [en]",
             "through the newsletter" + ENTER)
    code, seen = t.finish()

    assert code == 0, seen
    assert "== 4/6 Purposes, legal bases and retention ==" in seen
    assert "legitimate interests: your own interest" in seen
    assert "`privdocs i18n confirm sportclub`" in seen
    profile = tmp_path / "org_profiles" / "sportclub.yaml"
    text = profile.read_text(encoding="utf-8")
    assert "    consent_by: parent_below_age\n" in text
    assert '    legitimate_interest: {nl: "ons clubhuis veilig houden", ' \
           'en: "keeping our clubhouse safe"}\n' in text
    assert '      framework: "EU-US Data Privacy Framework"\n' in text
    assert "    recipients: []\n" in text
    assert "    sources: [subject, observed]\n" in text
    assert "\naddress_form: formal\n" in text
    assert privdocs(tmp_path, "i18n", "confirm", "sportclub").returncode == 0
    checked = privdocs(tmp_path, "check", "--strict", "--lang", "en")
    assert (checked.returncode, checked.stdout) == (0, "1 profile checked: 0 errors, "
                                                       "0 warnings.\n")


def test_ctrl_c_stops_without_writing(tmp_path):
    terminal = Terminal(tmp_path, "new", "sportclub", "--lang", "nl")
    terminal.answer("In welke talen", ENTER)
    terminal.answer("Hoe spreken je Nederlandse documenten de lezer aan?", ENTER)
    terminal.next_question()
    terminal.type("\x03")
    code, _ = terminal.finish()
    assert code == 130
    assert not (tmp_path / "org_profiles").exists()
