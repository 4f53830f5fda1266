"""The second edition of the profile format and the rules (2026-12), as a user meets it:
the keys read into the model, messages that name what is allowed and count right, YAML layout
mistakes explained in our words, and unconfirmed translations treated as not current."""

from __future__ import annotations

import shutil

import pytest

from generator.check.checking import check_file
from generator.cli import main
from generator.law.adequacy import CERTIFIED, SECTOR, adequacy, needs_certification
from generator.profile.located import Keyed
from generator.profile.model import Security

from .conftest import MINIMAL, PROFILES, confirm_translations, confirmed_copy, rule_paths

EVERYTHING = PROFILES / "valid" / "second-edition-everything.yaml"
INVALID = PROFILES / "invalid"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def messages(result, lang: str) -> list[str]:
    return [found.message_in(lang) for found in result.findings]


# -- the model ----------------------------------------------------------------------------

def test_every_second_edition_key_reads_into_the_model(tmp_path):
    shutil.copy(EVERYTHING, tmp_path / EVERYTHING.name)
    confirm_translations(tmp_path / EVERYTHING.name)
    result = check_file(tmp_path / EVERYTHING.name)
    assert result.findings == []
    profile = result.profile
    assert (profile.address_form, profile.body_aim) == ("formal", "religious")
    assert [audience.data_subjects for audience in profile.audiences] == [
        ["members", "children"], ["visitors"]]
    assert profile.dpo.reason.get("en").startswith("We do not process data")
    bisdom, mailer, _, _, embassy, police = profile.recipients
    assert bisdom.arrangement.get("nl").startswith("Het bisdom kiest")
    assert mailer.transfer.framework == "EU-US Data Privacy Framework"
    assert embassy.transfer.derogation == "contract_in_interest"
    membership, _, app, photos, cameras, _, _ = profile.purposes
    assert membership.provision.requirement == "needed"
    assert isinstance(membership.examples, Keyed)
    assert membership.examples["religion"].get("en") == "your date of baptism"
    assert (app.online_service, photos.consent_age, photos.manual_only) == (True, 12, True)
    assert cameras.observed and cameras.from_person and not cameras.asks_person
    session, stats = profile.cookies
    assert (session.basis, stats.basis, stats.recipient) == ("necessary", "consent", "mailer")
    assert isinstance(profile.security, Security)
    assert [measure.get("en") for measure in profile.security.measures] == [
        "Only staff who need the data can see them.", "We make a backup every night."]
    first, second = profile.regulation.protocols
    assert (first.url, second.url) == (None, "https://www.sint-jan.example/datalekken")
    assert profile.regulation.publication.get("nl").startswith("op onze website")


def test_address_form_defaults_to_informal(tmp_path):
    shutil.copy(MINIMAL, tmp_path / "minimal.yaml")
    assert check_file(tmp_path / "minimal.yaml").profile.address_form == "informal"


def test_security_as_plain_text_keeps_its_path_for_the_translation_lock(check_text):
    text = MINIMAL.read_text(encoding="utf-8") + (
        "security: {nl: We versleutelen alles., en: We encrypt everything.}\n")
    result = check_text(text)
    assert result.findings == []
    security = result.profile.security
    assert security.summary.where.path == "security" and security.measures == []


def test_adequacy_decisions_are_dated_data_with_their_numbers():
    us = adequacy("US")
    assert (us.decision, us.adopted, us.coverage) == ("(EU) 2023/1795", "2023-07-10", CERTIFIED)
    assert us.scope == "EU-US Data Privacy Framework"
    assert adequacy("CA").coverage == SECTOR and adequacy("JP").coverage == SECTOR
    assert needs_certification("US") and not needs_certification("CA")
    assert adequacy("IN") is None


# -- messages -----------------------------------------------------------------------------

def test_consent_withdrawal_counts_its_purposes_in_dutch(check_text):
    base = MINIMAL.read_text(encoding="utf-8").replace("legal_basis: contract",
                                                       "legal_basis: consent")
    [one] = check_text(base).findings
    assert one.message_in("nl").startswith("Het doel membership steunt op toestemming")
    assert one.message_in("en").startswith("The purpose membership relies on consent")
    two = base.replace("recipients: []\nautomated_decisions", (
        "recipients: []\n  - id: newsletter\n    name: {nl: Nieuwsbrief, en: Newsletter}\n"
        "    data_subjects: [members]\n    data_categories: [contact]\n"
        "    legal_basis: consent\n    provision: {requirement: voluntary}\n"
        "    retention: {period: P1M, from: {nl: je afmelding, en: you unsubscribe}}\n"
        "    recipients: []\nautomated_decisions"))
    [both] = check_text(two).findings
    assert both.message_in("nl").startswith(
        "De doelen membership, newsletter steunen op toestemming")
    assert both.message_in("en").startswith("The purposes membership, newsletter rely on")


def test_foundation_member_disclosure_counts_its_recipients():
    result = check_file(INVALID / "special-category-condition--foundation-every-misuse.yaml")
    text = "\n".join(messages(result, "nl"))
    assert "geeft de gegevens aan crm, sponsor, en dat zijn geen verwerkers" in text
    result = check_file(INVALID / "special-category-condition--foundation-disclosed.yaml")
    assert any("aan crm, en dat is geen verwerker" in line for line in messages(result, "nl"))


@pytest.mark.parametrize("fixture, expected", [
    ("missing-key--recipient-role.yaml",
     "one of: processor, controller, joint_controller, public_authority, third_party"),
    ("invalid-value--derogation.yaml",
     "explicit_consent, contract, contract_in_interest, public_interest, legal_claims, "
     "vital_interests, public_register"),
    ("invalid-value--address-form.yaml", "one of: informal, formal"),
    ("missing-key--protocol-without-url-or-summary.yaml", "or a `summary` of it"),
])
def test_missing_and_invalid_values_name_what_is_allowed(fixture, expected, tmp_path):
    [found] = check_file(confirmed_copy(INVALID / fixture, tmp_path)).findings
    assert expected in found.message_in("en")


def test_an_unwritten_language_is_one_finding_not_one_per_text():
    path = INVALID / "invalid-value--unsupported-language-with-english-texts.yaml"
    [found] = check_file(path).findings
    assert (found.rule, found.path) == ("invalid-value", "languages[1]")
    assert "`de`" in found.message_in("en") and "`nl` or `en`" in found.message_in("en")


@pytest.mark.parametrize("text, line, column, words", [
    ("format: 1\nid: minimal\ncontroller:\n\tname: X\n", 4, 1,
     ["Line 4 is indented with a tab", "only spaces"]),
    ("format: 1\nid: minimal\ncontroller:\n  name: X\n   email: a@b.example\n", 5, 4,
     ["Line 5 is indented further than line 4", "already has a value"]),
    ("format: 1\nid: minimal\ncontroller:\n  address:\n    city: X\n   street: Y\n", 6, 4,
     ["Line 6 is indented by 3 spaces", "(0, 2, 4 spaces)"]),
])
def test_tabs_and_indentation_are_explained_in_our_words(check_text, text, line, column, words):
    [found] = check_text(text, confirmed=False).findings
    assert (found.rule, found.path, found.line, found.column) == ("yaml-syntax", "", line, column)
    english = found.message_in("en")
    assert all(word in english for word in words), english
    assert "token" not in english and "libyaml" not in english
    assert found.message_in("nl").startswith(f"Regel {line} ")


# -- unconfirmed translations -------------------------------------------------------------

@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "org_profiles").mkdir()
    profile = tmp_path / "org_profiles" / "minimal.yaml"
    shutil.copy(MINIMAL, profile)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRIVDOCS_TODAY", "2026-01-10")
    return profile


def test_a_profile_never_confirmed_is_one_warning_and_publish_refuses_it(capsys, project):
    code, out, _ = run(capsys, "check", "--strict", "--lang", "en", "org_profiles/minimal.yaml")
    assert code == 1
    assert ("No translation of this profile has been confirmed yet: have them checked and run "
            "`privdocs i18n confirm minimal`.  [translation-unconfirmed]") in out
    assert out.count("translation-unconfirmed") == 1
    code, _, err = run(capsys, "publish", "minimal", "--summary-nl", "Eerste versie.",
                       "--summary-en", "First version.", "--lang", "en")
    assert code == 1 and "nobody has confirmed" in err
    assert not (project.parent.parent / "statements").exists()


def test_status_says_unconfirmed_texts_remain_and_exits_1(capsys, project):
    code, out, _ = run(capsys, "i18n", "status", "minimal", "--lang", "en")
    assert code == 1
    assert "Every translation is complete and current." not in out
    assert "7 texts still have translations nobody has confirmed" in out
    assert out.endswith("Some translations are missing, fuzzy, out of date or not confirmed.\n")

    run(capsys, "i18n", "confirm", "minimal")
    code, out, _ = run(capsys, "i18n", "status", "minimal", "--lang", "en")
    assert code == 0 and out.endswith("Every translation is complete and current.\n")


def test_an_edited_translation_is_unconfirmed_until_confirmed_again(capsys, project):
    run(capsys, "i18n", "confirm", "minimal")
    text = project.read_text(encoding="utf-8")
    project.write_text(text.replace("en: Keeping track of your membership",
                                    "en: Keeping your membership records"), encoding="utf-8")
    assert rule_paths(check_file(project)) == {("translation-unconfirmed", "purposes[0].name.en")}
    code, _, err = run(capsys, "publish", "minimal", "--summary-nl", "Eerste versie.",
                       "--summary-en", "First version.", "--lang", "en")
    assert code == 1 and "nobody has confirmed" in err
    run(capsys, "i18n", "confirm", "minimal")
    code, out, _ = run(capsys, "publish", "minimal", "--summary-nl", "Eerste versie.",
                       "--summary-en", "First version.", "--lang", "en")
    assert code == 0, out


def test_the_site_never_calls_an_unconfirmed_language_current(capsys, project):
    from generator.site.translations import translation_state

    state = translation_state(project.parent, "minimal")
    english = [lang for lang in state.languages if lang.lang == "en"][0]
    assert english.unconfirmed == 7 and not english.current
    assert not state.complete_and_current
    run(capsys, "i18n", "confirm", "minimal")
    assert translation_state(project.parent, "minimal").complete_and_current


# -- frozen versions ----------------------------------------------------------------------

def test_a_frozen_version_still_diffs_and_verifies_under_stricter_rules(capsys, project,
                                                                      monkeypatch):
    """A snapshot was checked by the rules of its day: a rule added later (here one that fails
    every profile) must not make the archive unreadable."""
    from generator.check import rules
    from generator.check.findings import Location, finding

    run(capsys, "i18n", "confirm", "minimal")
    assert run(capsys, "publish", "minimal", "--summary-nl", "Eerste versie.",
               "--summary-en", "First version.")[0] == 0
    stricter = rules.Rule("retention-start", rules.RULES["retention-start"].severity, None, "",
                          lambda profile: [finding("yaml-syntax", Location("", 1, 1),
                                                   "a rule of the future")])
    monkeypatch.setattr(rules, "CONTENT_RULES", (*rules.CONTENT_RULES, stricter))
    assert run(capsys, "check", "org_profiles/minimal.yaml")[0] == 1
    code, out, _ = run(capsys, "verify", "--rerender", "--lang", "en")
    assert code == 0, out
    code, out, _ = run(capsys, "show", "minimal", "--lang", "en")
    assert code == 0 and "Vereniging Voorbeeld" in out
    code, out, _ = run(capsys, "diff", "minimal", "1.0", "--lang", "en")
    assert code in (0, 1) and "Traceback" not in out
