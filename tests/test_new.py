"""`privdocs new` from an answers file, and every way it refuses: one line, a non-zero exit,
nothing written."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml

from generator.check.checking import check_file
from generator.cli import main

from .conftest import ROOT, assert_matches_golden, rule_paths

GOLDEN = Path(__file__).parent / "starter"  # golden profiles, refreshed with UPDATE_GOLDEN=1

ANSWERS = {
    "organisation": {
        "languages": [
            "nl", "en"],
        "jurisdiction": "BE",
        "public_authority": True,
        "name": "Gemeentelijke Academie Lier",
        "street": "Kerkstraat 3",
        "postal_code": "2500",
        "city": "Lier",
        "email": "privacy@academie-lier.example",
        "website": "https://www.academie-lier.example",
        "dpo_email": "dpo@academie-lier.example",
    },
    "groups": [
        {"id": "pupils", "name": {"nl": "Leerlingen", "en": "Pupils"}, "minors": True},
        {"id": "staff", "name": {"nl": "Medewerkers", "en": "Staff"}},
    ],
    "categories": [
        {"id": "contact", "name": {"nl": "Contactgegevens", "en": "Contact details"},
         "examples": {"nl": "naam en adres", "en": "name and address"}},
        {"id": "health", "name": {"nl": "Gezondheid", "en": "Health"}, "special": True},
    ],
    "recipients": [
        {"id": "school-software", "name": "Leerlingbeheer NV", "role": "processor",
         "description": {"nl": "levert de leerlingenadministratie",
                         "en": "provides the pupil records system"}},
        {"id": "cloud", "name": "Cloudy Inc.", "role": "processor",
         "description": {"nl": "bewaart onze back-ups", "en": "keeps our backups"},
         "country": "US"},
    ],
    "purposes": [
        {"id": "teaching", "name": {"nl": "Lesgeven", "en": "Teaching"},
         "groups": ["pupils"], "categories": ["contact", "health"],
         "legal_basis": "public_task",
         "legal_provision": {"nl": "het decreet deeltijds kunstonderwijs",
                             "en": "the decree on part-time arts education"},
         "special_condition": "substantial_public_interest",
         "requirement": "statutory",
         "consequence": {"nl": "dan kun je niet inschrijven", "en": "you cannot enrol"},
         "retention_period": "P5Y",
         "retention_from": {"nl": "na je laatste schooljaar", "en": "after your last year"},
         "recipients": ["school-software", "cloud"]},
        {"id": "photos", "name": {"nl": "Foto's op de website", "en": "Photos on the website"},
         "groups": ["pupils"], "categories": ["contact"], "legal_basis": "consent",
         "consent_by": "parent_below_age", "consent_age": "12", "requirement": "voluntary",
         "retention_period": "P1Y", "retention_from": {"nl": "na het schooljaar",
                                                       "en": "after the school year"},
         "recipients": []},
    ],
    "automated_decisions": False,
    "rights": {"withdraw_consent": {"nl": "met een e-mail aan het secretariaat",
                                    "en": "by e-mail to the office"}},
    "changes": {"notify": {"nl": "in de nieuwsbrief", "en": "in the newsletter"}},
}


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LANG", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write_answers(answers: object, name: str = "answers.yaml") -> str:
    Path(name).write_text(yaml.safe_dump(answers, allow_unicode=True), encoding="utf-8")
    return name


def test_an_answers_file_gives_a_commented_profile_that_checks_clean(capsys):
    code, out, err = run(capsys, "new", "academie-lier", "--answers", write_answers(ANSWERS))
    assert (code, err) == (0, "")
    assert out == (
        "\nWrote org_profiles/academie-lier.yaml.\n"
        "Next: `privdocs check org_profiles/academie-lier.yaml` lists what is still open, one "
        "gap at a time.\n"
        "When the translations are right, record that: `privdocs i18n confirm academie-lier`. "
        "Until then `check` reports them as unconfirmed and `publish` refuses.\n")
    profile = Path("org_profiles/academie-lier.yaml")
    assert_matches_golden(profile.read_text(encoding="utf-8"), GOLDEN / "academie-lier.yaml",
                          __file__)
    assert run(capsys, "i18n", "confirm", "academie-lier")[0] == 0
    assert run(capsys, "check", "--strict", "--lang", "en")[:2] == (
        0, "1 profile checked: 0 errors, 0 warnings.\n")


def test_json_answers_and_skipped_follow_ups_stay_gaps(capsys):
    answers = {"organisation": {"languages": "en", "name": "Example Ltd"},
               "groups": [{"name": "Customers"}], "categories": [{"name": "Contact details"}],
               "purposes": [{"name": "Delivering orders", "groups": ["customers"],
                             "categories": ["contact-details"],
                             "legal_basis": "legitimate_interests"}]}
    Path("answers.json").write_text(json.dumps(answers), encoding="utf-8")
    assert run(capsys, "new", "example", "--answers", "answers.json")[0] == 0
    result = check_file(Path("org_profiles/example.yaml"))
    assert rule_paths(result) == {
        ("controller-identity", "controller.address.street"),
        ("controller-identity", "controller.address.postal_code"),
        ("controller-identity", "controller.address.city"),
        ("controller-contact", "controller.email"),
        ("missing-key", "recipients"),
        ("legitimate-interest", "purposes[0].legitimate_interest"),
        ("provision-requirement", "purposes[0].provision"),
        ("retention", "purposes[0].retention"),
        ("recipients-declared", "purposes[0].recipients"),
        ("changes-notice", "changes"),
    }


def test_an_existing_profile_is_refused_and_kept(capsys):
    Path("org_profiles").mkdir()
    Path("org_profiles/club.yaml").write_text("mine\n", encoding="utf-8")
    code, out, err = run(capsys, "new", "club", "--answers", write_answers({}))
    assert (code, out) == (1, "")
    assert err == ("privdocs: error: org_profiles/club.yaml exists already: edit it, or choose "
                   "another id.\n")
    assert Path("org_profiles/club.yaml").read_text(encoding="utf-8") == "mine\n"


@pytest.mark.parametrize("answers, message", [
    ({"organisation": {"naam": "Club"}},
     "answers.yaml: `organisation.naam` was not asked: there is no such question, or the other "
     "answers make it not apply."),
    ({"groups": [{"name": "Members"}],
      "purposes": [{"name": "Records", "legal_basis": "contract", "legal_provision": "a law"}]},
     "answers.yaml: `purposes[0].legal_provision` was not asked: there is no such question, or "
     "the other answers make it not apply."),
    ({"organisation": {"email": "nobody"}},
     "answers.yaml: `organisation.email`: Give an e-mail address, like privacy@example.org."),
    ({"organisation": {"jurisdiction": "DE"}},
     "answers.yaml: `organisation.jurisdiction`: `DE` is not one of: NL, BE."),
    ({"groups": {"name": "Members"}},
     "answers.yaml: `groups`: expected a list of mappings."),
    ({"groups": [{"name": "Members", "minors": "yes"}]},
     "answers.yaml: `groups[0].minors`: expected true or false."),
    ({"groups": [{"name": "Members"}], "purposes": [{"name": "Records", "groups": ["leden"]}]},
     "answers.yaml: `purposes[0].groups`: `leden` is not one of: members."),
    ({"purposes": [{"name": "Records", "retention_period": "two years"}]},
     "answers.yaml: `purposes[0].retention_period`: Give a period like P2Y (2 years), P6M "
     "(6 months) or P30D (30 days)."),
    (["a list"], "answers.yaml: the answers must be a mapping of questions to answers."),
])
def test_bad_answers_are_one_line_and_write_nothing(capsys, answers, message):
    code, out, err = run(capsys, "new", "club", "--answers", write_answers(answers))
    assert (code, out, err) == (2, "", f"privdocs: error: {message}\n")
    assert not Path("org_profiles").exists()


def test_unreadable_answers_are_one_line(capsys):
    Path("broken.yaml").write_text("organisation:\n  name: [unclosed\n", encoding="utf-8")
    code, _, err = run(capsys, "new", "club", "--answers", "broken.yaml")
    assert code == 2
    assert err.startswith("privdocs: error: broken.yaml:3: not valid YAML or JSON: ")
    assert err.count("\n") == 1
    os.mkfifo("pipe")
    assert run(capsys, "new", "club", "--answers", "pipe")[::2] == (
        2, "privdocs: error: pipe: cannot be read: it is not a regular file.\n")
    Path("big.yaml").write_text("# " + "x" * (1 << 20) + "\n", encoding="utf-8")
    assert run(capsys, "new", "club", "--answers", "big.yaml")[::2] == (
        2, "privdocs: error: big.yaml: cannot be read: it is larger than 1 MiB.\n")
    code, _, err = run(capsys, "new", "club", "--answers", "missing.yaml")
    assert (code, err) == (2, "privdocs: error: missing.yaml: cannot be read: No such file or "
                              "directory.\n")


def test_a_bad_id_and_no_terminal_are_usage_errors(capsys):
    assert run(capsys, "new", "Club!")[::2] == (
        2, "privdocs: error: `Club!` is not a valid id: use lowercase letters, digits and "
           "hyphens, starting with a letter or digit (for example `sportclub-de-ster`).\n")
    assert run(capsys, "new", "club", "--lang", "nl")[::2] == (
        2, "privdocs: fout: privdocs new stelt zijn vragen in een terminal; geef zonder "
           "terminal de antwoorden in een bestand met --answers BESTAND.\n")


def test_the_documented_answers_file_is_accepted(capsys):
    page = (ROOT / "docs" / "new.md").read_text(encoding="utf-8")
    example = page.split("```yaml\n", 1)[1].split("```", 1)[0]
    Path("answers.yaml").write_text(example, encoding="utf-8")
    assert run(capsys, "new", "sportclub", "--answers", "answers.yaml")[0] == 0
    assert run(capsys, "i18n", "confirm", "sportclub")[0] == 0
    assert run(capsys, "check", "--strict", "--lang", "en")[:2] == (
        0, "1 profile checked: 0 errors, 0 warnings.\n")


def test_each_answer_gets_the_follow_up_it_needs(capsys):
    answers = {
        "organisation": {"languages": "en", "jurisdiction": "BE", "dpo": False,
                         "dpo_reason": "We are a small club without large-scale processing."},
        "groups": [{"id": "members", "name": "Members", "minors": True}],
        "categories": [{"id": "contact", "name": "Contact details"}],
        "recipients": [
            {"id": "league", "name": "The League", "role": "joint_controller",
             "description": "organises the competition with us",
             "arrangement": "The league answers all questions about the competition.",
             "country": "BE"},
            {"id": "backup", "name": "Backup Ltd", "role": "processor",
             "description": "keeps our backups", "country": "IN",
             "transfer": "standard_contractual_clauses",
             "copy": "https://www.club.example/clauses"},
            {"id": "camp", "name": "Camp Inc.", "role": "controller",
             "description": "runs the summer camp", "country": "BR",
             "transfer": "derogation", "derogation": "contract_in_interest"},
        ],
        "purposes": [{"id": "app", "name": "The club app", "groups": ["members"],
                      "categories": ["contact"], "legal_basis": "consent",
                      "online_service": True, "consent_by": "parent_below_age"}],
    }
    assert run(capsys, "new", "club", "--answers", write_answers(answers))[0] == 0
    profile = yaml.safe_load(Path("org_profiles/club.yaml").read_text(encoding="utf-8"))
    assert profile["dpo"] == {"appointed": False, "reason": {
        "en": "We are a small club without large-scale processing."}}
    league, backup, camp = profile["recipients"]
    assert league["arrangement"] == {
        "en": "The league answers all questions about the competition."}
    assert backup["transfer"] == {"mechanism": "standard_contractual_clauses",
                                  "copy": {"en": "https://www.club.example/clauses"}}
    assert camp["transfer"] == {"mechanism": "derogation", "derogation": "contract_in_interest"}
    purpose = profile["purposes"][0]
    # The age of 13 of Belgian law applies to an online service: no age of the club's own.
    assert (purpose["online_service"], purpose["consent_by"]) == (True, "parent_below_age")
    assert "consent_age" not in purpose


def test_in_the_netherlands_a_child_does_not_consent_alone(capsys):
    answers = {"groups": [{"id": "pupils", "name": "Pupils", "minors": True}],
               "purposes": [{"name": "Photos", "groups": ["pupils"], "legal_basis": "consent",
                             "consent_by": "subject"}]}
    assert run(capsys, "new", "school", "--answers", write_answers(answers))[::2] == (
        2, "privdocs: error: answers.yaml: `purposes[0].consent_by`: `subject` is not one of: "
           "parent, parent_below_age.\n")
