"""Substantive changes between two versions of a profile, and which of them are material."""

from __future__ import annotations

import pytest

from generator.archive.substance import is_substantive, substantive_changes

from .conftest import MINIMAL

BASE = MINIMAL.read_text(encoding="utf-8")
RECIPIENT = ("recipients:\n  - id: mailer\n    name: Mailer BV\n    role: processor\n"
             "    country: NL\n")


def changes(check_text, old_text: str, new_text: str) -> list[tuple]:
    old = check_text(old_text, "minimal").profile
    new = check_text(new_text, "minimal").profile
    return [(c.kind, c.path, c.before, c.after, c.material)
            for c in substantive_changes(old, new)]


def test_identical_profiles_have_no_changes(check_text):
    assert changes(check_text, BASE, BASE) == []


@pytest.mark.parametrize("old,new,expected", [
    ("period: P2Y", "period: P5Y",
     ("retention-changed", "purposes[0].retention", "P2Y", "P5Y", True)),
    ("period: P2Y", "period: P1Y",
     ("retention-changed", "purposes[0].retention", "P2Y", "P1Y", False)),
    ("legal_basis: contract", "legal_basis: consent",
     ("legal-basis-changed", "purposes[0].legal_basis", "contract", "consent", True)),
])
def test_single_value_changes(check_text, old, new, expected):
    [found] = changes(check_text, BASE, BASE.replace(old, new))
    kind, path, before, after, material = found
    if kind == "retention-changed":
        before, after = before["period"], after["period"]
    assert (kind, path, before, after, material) == expected


def test_added_data_category_is_material_and_removed_is_not(check_text):
    two = BASE.replace(
        "data_categories:\n", "data_categories:\n  - id: bank\n"
        "    name: {nl: Bankgegevens, en: Bank details}\n", 1)
    old = two
    new = two.replace("data_categories: [contact]", "data_categories: [contact, bank]")
    assert changes(check_text, old, new) == [
        ("data-category-added", "purposes[0].data_categories", None, "bank", True)]
    assert changes(check_text, new, old) == [
        ("data-category-removed", "purposes[0].data_categories", "bank", None, False)]


def test_new_recipient_and_transfer(check_text):
    with_recipient = BASE.replace("recipients: []\npurposes:", RECIPIENT + "purposes:")
    old = with_recipient
    new = with_recipient.replace("    recipients: []", "    recipients: [mailer]")
    assert changes(check_text, old, new) == [
        ("recipient-added", "purposes[0].recipients", None, "mailer", True)]
    moved = new.replace("    country: NL\n", "    country: US\n    transfer:\n"
                        "      mechanism: adequacy_decision\n")
    assert changes(check_text, new, moved) == [
        ("transfer-added", "recipients[0]", "NL",
         {"country": "US", "mechanism": "adequacy_decision"}, True)]


def test_purpose_added_removed_and_renamed(check_text):
    renamed = BASE.replace("en: Keeping track of your membership", "en: Managing your membership")
    found = changes(check_text, BASE, renamed)
    assert [(kind, path, material) for kind, path, _, _, material in found] == [
        ("purpose-renamed", "purposes[0].name", False)]
    with_second = BASE.replace("automated_decisions: []", (
        "  - id: newsletter\n    name: {nl: Nieuwsbrief, en: Newsletter}\n"
        "    data_subjects: [members]\n    data_categories: [contact]\n"
        "    legal_basis: contract\n    provision: {requirement: voluntary}\n"
        "    retention: {period: P1Y}\n    recipients: []\nautomated_decisions: []"))
    assert [c[:2] + c[4:] for c in changes(check_text, BASE, with_second)] == [
        ("purpose-added", "purposes[1]", True)]
    assert [c[:2] + c[4:] for c in changes(check_text, with_second, BASE)] == [
        ("purpose-removed", "purposes[1]", False)]


def test_contact_changes_are_not_material(check_text):
    new = BASE.replace("email: privacy@voorbeeld.example", "email: avg@voorbeeld.example")
    found = changes(check_text, BASE, new)
    assert [(kind, path, material) for kind, path, _, _, material in found] == [
        ("controller-changed", "controller", False)]
    assert not is_substantive(substantive_changes(
        check_text(BASE).profile, check_text(new).profile))


US_RECIPIENT = RECIPIENT.replace("    country: NL\n", "    country: US\n    transfer:\n"
                                 "      mechanism: adequacy_decision\n")


def test_a_transfer_to_another_country_outside_the_eea_is_a_new_transfer(check_text):
    old = BASE.replace("recipients: []\npurposes:", US_RECIPIENT + "purposes:")
    new = old.replace("country: US\n    transfer:\n      mechanism: adequacy_decision",
                      "country: IN\n    transfer:\n      mechanism: standard_contractual_clauses")
    assert changes(check_text, old, new) == [
        ("transfer-added", "recipients[0]", "US",
         {"country": "IN", "mechanism": "standard_contractual_clauses"}, True)]


def test_an_ended_transfer_is_a_change_but_not_material(check_text):
    outside = BASE.replace("recipients: []\npurposes:", US_RECIPIENT + "purposes:")
    moved_back = BASE.replace("recipients: []\npurposes:", RECIPIENT + "purposes:")
    assert changes(check_text, outside, moved_back) == [
        ("transfer-removed", "recipients[0]",
         {"country": "US", "mechanism": "adequacy_decision"}, "NL", False)]
    assert changes(check_text, outside, BASE) == [
        ("transfer-removed", "recipients[0]",
         {"country": "US", "mechanism": "adequacy_decision"}, None, False)]
    assert not is_substantive(substantive_changes(check_text(outside).profile,
                                                  check_text(BASE).profile))
