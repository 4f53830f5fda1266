"""`privdocs diff`, substantive changes: one pair of profiles per kind of change, with the exact
list of changes it must produce and the plain words that describe it in Dutch and English."""

from __future__ import annotations

import datetime

import pytest

from generator.diffing import compare
from generator.diffing.snapshots import Snapshot
from generator.diffing.wording import describe_in

from .conftest import MINIMAL

BASE = MINIMAL.read_text(encoding="utf-8")
CATEGORY = "data_categories:\n  - id: bank\n    name: {nl: Bankgegevens, en: Bank details}\n"
SUBJECT = "data_subjects:\n  - id: donors\n    name: {nl: Donateurs, en: Donors}\n"
MAILER = ("recipients:\n  - id: mailer\n    name: Mailer BV\n    role: processor\n"
          "    country: NL\n")
US_MAILER = MAILER.replace("    country: NL\n", "    country: US\n    transfer:\n"
                           "      mechanism: adequacy_decision\n")
SECOND_PURPOSE = (
    "  - id: newsletter\n    name: {nl: Nieuwsbrief versturen, en: Sending the newsletter}\n"
    "    data_subjects: [members]\n    data_categories: [contact]\n"
    "    legal_basis: consent\n    provision: {requirement: voluntary}\n"
    "    retention: {period: P1Y}\n    recipients: []\nautomated_decisions: []")
RIGHTS = "rights:\n  contact: {email: rechten@voorbeeld.example}\nchanges:"
DPO = "dpo: {appointed: true, email: fg@voorbeeld.example}\ndata_subjects:"


def with_category(text: str) -> str:
    return text.replace("data_categories:\n", CATEGORY, 1)


def with_subject(text: str) -> str:
    return text.replace("data_subjects:\n", SUBJECT, 1)


def with_recipient(text: str, recipient: str = MAILER) -> str:
    return text.replace("recipients: []\npurposes:", recipient + "purposes:")


def snapshot(check_text, text: str, version: str) -> Snapshot:
    result = check_text(text, "minimal")
    assert result.profile is not None
    return Snapshot(version, datetime.date(2026, 1, 1), result.profile, ("nl", "en"), {})


# (name, old profile, new profile, expected changes, Dutch words, English words)
CASES = [
    ("purpose-added", BASE, BASE.replace("automated_decisions: []", SECOND_PURPOSE),
     [("purpose-added", "purposes[1]", None,
       {"en": "Sending the newsletter", "nl": "Nieuwsbrief versturen"}, True)],
     "Nieuw doel: Nieuwsbrief versturen", "New purpose: Sending the newsletter"),
    ("purpose-removed", BASE.replace("automated_decisions: []", SECOND_PURPOSE), BASE,
     [("purpose-removed", "purposes[1]",
       {"en": "Sending the newsletter", "nl": "Nieuwsbrief versturen"}, None, False)],
     "Doel geschrapt: Nieuwsbrief versturen", "Purpose removed: Sending the newsletter"),
    ("purpose-renamed", BASE,
     BASE.replace("en: Keeping track of your membership", "en: Managing your membership"),
     [("purpose-renamed", "purposes[0].name",
       {"en": "Keeping track of your membership", "nl": "Je lidmaatschap bijhouden"},
       {"en": "Managing your membership", "nl": "Je lidmaatschap bijhouden"}, False)],
     "Doel hernoemd: Je lidmaatschap bijhouden -> Je lidmaatschap bijhouden",
     "Purpose renamed: Keeping track of your membership -> Managing your membership"),
    ("legal-basis-changed", BASE,
     BASE.replace("legal_basis: contract", "legal_basis: legitimate_interests\n"
                  "    legitimate_interest: {nl: ons ledenbeheer, en: managing our members}"),
     [("legal-basis-changed", "purposes[0].legal_basis", "contract", "legitimate_interests",
       True)],
     "Grondslag van Je lidmaatschap bijhouden: overeenkomst -> gerechtvaardigd belang",
     "Legal basis for Keeping track of your membership: contract -> legitimate interests"),
    ("data-category-added", with_category(BASE),
     with_category(BASE).replace("data_categories: [contact]",
                                 "data_categories: [contact, bank]"),
     [("data-category-added", "purposes[0].data_categories", None, "bank", True)],
     "Je lidmaatschap bijhouden: nieuwe soort gegevens: Bankgegevens",
     "Keeping track of your membership: new kind of data: Bank details"),
    ("data-category-removed",
     with_category(BASE).replace("data_categories: [contact]",
                                 "data_categories: [contact, bank]"), with_category(BASE),
     [("data-category-removed", "purposes[0].data_categories", "bank", None, False)],
     "Je lidmaatschap bijhouden: soort gegevens geschrapt: Bankgegevens",
     "Keeping track of your membership: kind of data removed: Bank details"),
    ("data-subject-added", with_subject(BASE),
     with_subject(BASE).replace("data_subjects: [members]", "data_subjects: [members, donors]"),
     [("data-subject-added", "purposes[0].data_subjects", None, "donors", True)],
     "Je lidmaatschap bijhouden: nieuwe groep mensen: Donateurs",
     "Keeping track of your membership: new group of people: Donors"),
    ("data-subject-removed",
     with_subject(BASE).replace("data_subjects: [members]", "data_subjects: [members, donors]"),
     with_subject(BASE),
     [("data-subject-removed", "purposes[0].data_subjects", "donors", None, False)],
     "Je lidmaatschap bijhouden: groep mensen geschrapt: Donateurs",
     "Keeping track of your membership: group of people removed: Donors"),
    ("recipient-added", with_recipient(BASE),
     with_recipient(BASE).replace("    recipients: []", "    recipients: [mailer]"),
     [("recipient-added", "purposes[0].recipients", None, "mailer", True)],
     "Je lidmaatschap bijhouden: nieuwe ontvanger: Mailer BV",
     "Keeping track of your membership: new recipient: Mailer BV"),
    ("recipient-removed",
     with_recipient(BASE).replace("    recipients: []", "    recipients: [mailer]"),
     with_recipient(BASE),
     [("recipient-removed", "purposes[0].recipients", "mailer", None, False)],
     "Je lidmaatschap bijhouden: ontvanger geschrapt: Mailer BV",
     "Keeping track of your membership: recipient removed: Mailer BV"),
    ("retention-longer", BASE, BASE.replace("period: P2Y", "period: P5Y"),
     [("retention-changed", "purposes[0].retention",
       {"period": "P2Y", "from": {"en": "after your membership ends",
                                  "nl": "na het einde van je lidmaatschap"}, "criteria": None},
       {"period": "P5Y", "from": {"en": "after your membership ends",
                                  "nl": "na het einde van je lidmaatschap"}, "criteria": None},
       True)],
     "Bewaartermijn van Je lidmaatschap bijhouden: 2 jaar -> 5 jaar",
     "Retention for Keeping track of your membership: 2 years -> 5 years"),
    ("retention-shorter", BASE, BASE.replace("period: P2Y", "period: P18M"),
     [("retention-changed", "purposes[0].retention",
       {"period": "P2Y", "from": {"en": "after your membership ends",
                                  "nl": "na het einde van je lidmaatschap"}, "criteria": None},
       {"period": "P18M", "from": {"en": "after your membership ends",
                                   "nl": "na het einde van je lidmaatschap"}, "criteria": None},
       False)],
     "Bewaartermijn van Je lidmaatschap bijhouden: 2 jaar -> 18 maanden",
     "Retention for Keeping track of your membership: 2 years -> 18 months"),
    ("retention-start", BASE,
     BASE.replace("after your membership ends}", "after your last payment}")
     .replace("na het einde van je lidmaatschap,", "na je laatste betaling,"),
     [("retention-changed", "purposes[0].retention",
       {"period": "P2Y", "from": {"en": "after your membership ends",
                                  "nl": "na het einde van je lidmaatschap"}, "criteria": None},
       {"period": "P2Y", "from": {"en": "after your last payment",
                                  "nl": "na je laatste betaling"}, "criteria": None},
       False)],
     "Bewaartermijn van Je lidmaatschap bijhouden: 2 jaar na het einde van je lidmaatschap "
     "-> 2 jaar na je laatste betaling",
     "Retention for Keeping track of your membership: 2 years after your membership ends "
     "-> 2 years after your last payment"),
    ("transfer-added", BASE, with_recipient(BASE, US_MAILER),
     [("transfer-added", "recipients[0]", None,
       {"country": "US", "mechanism": "adequacy_decision"}, True)],
     "Nieuwe doorgifte buiten de EER: Mailer BV in Verenigde Staten (adequaatheidsbesluit)",
     "New transfer outside the EEA: Mailer BV in United States (adequacy decision)"),
    ("transfer-mechanism-changed", with_recipient(BASE, US_MAILER),
     with_recipient(BASE, US_MAILER.replace("adequacy_decision",
                                            "standard_contractual_clauses")),
     [("transfer-mechanism-changed", "recipients[0].transfer.mechanism", "adequacy_decision",
       "standard_contractual_clauses", True)],
     "Waarborg voor de doorgifte aan Mailer BV: adequaatheidsbesluit -> "
     "modelcontractbepalingen",
     "Safeguard for the transfer to Mailer BV: adequacy decision -> "
     "standard contractual clauses"),
    ("transfer-removed", with_recipient(BASE, US_MAILER), with_recipient(BASE),
     [("transfer-removed", "recipients[0]", {"country": "US", "mechanism": "adequacy_decision"},
       "NL", False)],
     "Doorgifte buiten de EER beëindigd: Mailer BV in Verenigde Staten",
     "Transfer outside the EEA ended: Mailer BV in United States"),
    ("controller-changed", BASE,
     BASE.replace("email: privacy@voorbeeld.example", "email: avg@voorbeeld.example"),
     [("controller-changed", "controller", {"name": "Vereniging Voorbeeld",
                                            "email": "privacy@voorbeeld.example"},
       {"name": "Vereniging Voorbeeld", "email": "avg@voorbeeld.example"}, False)],
     "Gegevens van de verwerkingsverantwoordelijke gewijzigd: e-mail: "
     "privacy@voorbeeld.example -> avg@voorbeeld.example",
     "Controller's details changed: e-mail: privacy@voorbeeld.example -> "
     "avg@voorbeeld.example"),
    ("controller-address", BASE, BASE.replace("city: Utrecht", "city: Amersfoort"),
     [("controller-changed", "controller.address",
       {"street": "Dorpsstraat 1", "postal_code": "1234 AB", "city": "Utrecht",
        "country": "NL"},
       {"street": "Dorpsstraat 1", "postal_code": "1234 AB", "city": "Amersfoort",
        "country": "NL"}, False)],
     "Gegevens van de verwerkingsverantwoordelijke gewijzigd: plaats: Utrecht -> Amersfoort",
     "Controller's details changed: city: Utrecht -> Amersfoort"),
    ("dpo-changed", BASE, BASE.replace("data_subjects:", DPO, 1),
     [("dpo-changed", "dpo", None, {"appointed": True, "email": "fg@voorbeeld.example"},
       False)],
     "Gegevens van de functionaris voor gegevensbescherming gewijzigd: aangesteld: geen -> ja; "
     "e-mail: geen -> fg@voorbeeld.example",
     "Data protection officer's details changed: appointed: none -> yes; e-mail: none -> "
     "fg@voorbeeld.example"),
    ("rights-contact-changed", BASE, BASE.replace("changes:", RIGHTS, 1),
     [("rights-contact-changed", "rights.contact", None,
       {"email": "rechten@voorbeeld.example", "post": False}, False)],
     "Contact voor verzoeken over rechten gewijzigd: e-mail: geen -> "
     "rechten@voorbeeld.example; verzoeken per post: geen -> nee",
     "Contact for requests about rights changed: e-mail: none -> rechten@voorbeeld.example; "
     "requests by post: none -> no"),
]


@pytest.mark.parametrize(("old", "new", "expected", "dutch", "english"),
                         [pytest.param(*case[1:], id=case[0]) for case in CASES])
def test_each_kind_of_change_is_listed_exactly_and_worded(check_text, old, new, expected,
                                                          dutch, english):
    diff = compare("minimal", snapshot(check_text, old, "1.0"), snapshot(check_text, new, "1.1"))
    found = [(c.kind, c.path, c.before, c.after, c.material) for c in diff.changes]
    assert found == expected
    assert [describe_in(change, diff, "nl") for change in diff.changes] == [dutch]
    assert [describe_in(change, diff, "en") for change in diff.changes] == [english]


def test_every_kind_the_issue_names_is_covered():
    kinds = {change[0] for case in CASES for change in case[3]}
    assert kinds == {
        "purpose-added", "purpose-removed", "purpose-renamed", "legal-basis-changed",
        "data-category-added", "data-category-removed", "data-subject-added",
        "data-subject-removed", "recipient-added", "recipient-removed", "retention-changed",
        "transfer-added", "transfer-mechanism-changed", "transfer-removed",
        "controller-changed", "dpo-changed", "rights-contact-changed"}


def test_the_same_profile_has_no_changes_and_no_sections(check_text):
    diff = compare("minimal", snapshot(check_text, BASE, "1.0"),
                   snapshot(check_text, BASE, "1.0"))
    assert diff.changes == () and diff.sections == ()
