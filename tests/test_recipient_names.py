"""Recipients: a name given once reads the same in every language, a translated name follows
the document's language, and a recipient that cannot be named says why."""

from __future__ import annotations

from generator.check.checking import check_file
from generator.render import render_document
from generator.site.snapshots import plain_data

from .conftest import PROFILES, rule_paths

GROUPS = PROFILES / "valid" / "recipient-groups.yaml"


def test_unnamed_reason_satisfies_recipient_named_and_shows_in_the_statement():
    result = check_file(GROUPS)
    assert result.findings == []
    english = render_document(result.profile, "en", "statement")
    dutch = render_document(result.profile, "nl", "statement")
    assert ("We do not name this recipient; which school that is depends on the parents' "
            "choice.") in english
    assert ("We noemen deze ontvanger niet bij naam; welke school dat is, hangt af van "
            "de keuze van de ouders.") in dutch


def test_a_translated_name_follows_the_language():
    profile = check_file(GROUPS).profile
    assert "**Dutch Inspectorate of Education**" in render_document(profile, "en", "statement")
    assert "**Inspectie van het Onderwijs**" in render_document(profile, "nl", "statement")


def test_a_name_given_once_needs_no_translation_and_stays_one_string(check_text):
    text = GROUPS.read_text(encoding="utf-8").replace(
        "name: {nl: Inspectie van het Onderwijs, en: Dutch Inspectorate of Education}",
        "name: Inspectie van het Onderwijs").replace("id: recipient-groups", "id: once")
    result = check_text(text, "once")
    assert result.findings == []
    assert "**Inspectie van het Onderwijs**" in render_document(result.profile, "en", "statement")
    recipients = plain_data(result.profile)["recipients"]
    assert recipients[1]["name"] == "Inspectie van het Onderwijs"


def test_a_translated_name_must_exist_in_every_language(check_text):
    text = GROUPS.read_text(encoding="utf-8").replace(
        "name: {nl: Inspectie van het Onderwijs, en: Dutch Inspectorate of Education}",
        "name: {nl: Inspectie van het Onderwijs}").replace("id: recipient-groups", "id: half")
    assert rule_paths(check_text(text, "half")) == {
        ("translation-missing", "recipients[1].name.en")}
