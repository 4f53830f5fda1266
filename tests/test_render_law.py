"""What the documents say about the law follows the law and the profile, nothing more.

Each test changes the minimal profile in one respect and reads the sentence a person would
read. The golden files show the whole documents; these tests name the legal points one by one
(review of 2026-12: transfers, children, rights, the DPO, what people must give).
"""

from __future__ import annotations

import pytest

from generator.render import render_document

from .conftest import MINIMAL

RECIPIENT = """recipients:
  - id: tool
    name: Example Tool Inc.
    role: processor
    description: {nl: levert onze ledenadministratie, en: provides our membership system}
    country: %s
    transfer:
%s
"""


@pytest.fixture
def render(check_text):
    def rendered(replace=(), lang="en", document="statement", draft=False):
        text = MINIMAL.read_text(encoding="utf-8")
        for old, new in replace:
            assert old in text, old
            text = text.replace(old, new)
        result = check_text(text)
        return render_document(result.profile, lang, document, draft=draft)
    return rendered


def with_transfer(country: str, transfer: str):
    return (("\nrecipients: []\n", "\n" + RECIPIENT % (country, transfer)),
            ("    recipients: []\nautomated", "    recipients: [tool]\nautomated"))


def test_a_certified_us_recipient_is_named_as_certified_never_as_an_adequate_country(render):
    text = render(with_transfer("US", "      mechanism: adequacy_decision\n"
                                      "      framework: EU-US Data Privacy Framework"))
    assert "Example Tool Inc. is certified under the EU-US Data Privacy Framework." in text
    assert "organisations certified under this framework protect personal data adequately" in text
    assert "this country" not in text
    assert "each transfer has a safeguard" not in text


def test_standard_clauses_say_that_no_adequacy_decision_covers_the_transfer(render):
    text = render(with_transfer("IN", "      mechanism: standard_contractual_clauses\n"
                                      "      copy: https://voorbeeld.example/clauses"))
    assert "No adequacy decision of the European Commission covers this transfer." in text
    assert "(GDPR, Article 46(2)(c))" in text
    assert "You can read a copy at <https://voorbeeld.example/clauses>." in text
    dutch = render(with_transfer("IN", "      mechanism: standard_contractual_clauses\n"
                                       "      copy: https://voorbeeld.example/clauses"), "nl")
    assert "(AVG, artikel 46, lid 2, onder c)" in dutch


def test_a_derogation_is_named_and_never_called_a_safeguard(render):
    text = render(with_transfer("EG", "      mechanism: derogation\n"
                                      "      derogation: explicit_consent"))
    assert "there is no safeguard for it" in text
    assert "(GDPR, Article 49(1)(a))" in text and "Know the risks" in text
    rules = render(with_transfer("EG", "      mechanism: derogation\n"
                                       "      derogation: legal_claims"), document="regulation")
    assert "an exception for a specific situation, not a safeguard (GDPR, Article 49(1)(e))" \
        in rules


def test_restriction_means_only_storing_and_access_is_limited_by_others_rights(render):
    text = render()
    assert "We then only store them." in text
    assert "use your data only in a limited way" not in text
    assert "A copy must not harm the rights of other people." in text
    assert "when you object and we have no overriding reasons to go on" in text
    assert "establish, exercise or defend a legal claim" in text
    assert "at the latest within one month of receiving your request" in text


def test_portability_leaves_out_purposes_carried_out_on_paper(render):
    assert "### Right to data portability" in render()
    paper = render((("    legal_basis: contract", "    legal_basis: contract\n    manual_only: true"),))
    assert "portability" not in paper


def test_the_right_to_object_stands_apart_in_the_first_layer(render):
    text = render((("legal_basis: contract", "legal_basis: legitimate_interests\n"
                    "    legitimate_interest: {nl: contact houden, en: keeping in touch}"),))
    brief = text.split("### How you can reach us")[0]
    assert "> **Your right to object**" in brief
    assert "because of your own situation" in brief
    assert "object to how we use them" not in brief


def test_without_a_dpo_the_statement_claims_nothing_about_the_law(render):
    text = render((("\ndata_subjects:", "\ndpo: {appointed: false}\ndata_subjects:"),))
    assert "We have not appointed a data protection officer (DPO)." in text
    assert "does not require" not in text
    reason = render((("\ndata_subjects:", "\ndpo:\n  appointed: false\n  reason: {nl: we zijn "
                      "klein, en: we are a small association}\ndata_subjects:"),))
    assert "We have not appointed a data protection officer (DPO); we are a small " \
           "association." in reason


def test_data_that_are_needed_and_data_we_record_ourselves(render):
    needed = render((("requirement: contractual", "requirement: needed"),))
    assert "No law and no contract obliges you to give us these data." in needed
    observed = render((("    legal_basis: contract", "    sources: [observed]\n"
                        "    legal_basis: contract"),
                       ("    provision:\n      requirement: contractual\n      consequence: {nl: "
                        "Zonder deze gegevens kun je geen lid worden., en: Without these data you "
                        "cannot become a member.}\n", "")))
    assert "we record them ourselves" in observed
    assert "Do you have to give us the data?" not in observed


def test_the_regulation_speaks_of_the_organisation_never_to_you(render):
    neutral = (("{nl: Je lidmaatschap bijhouden, en: Keeping track of your membership}",
                "{nl: Het ledenbestand, en: The membership list}"),
               ("{nl: na het einde van je lidmaatschap, en: after your membership ends}",
                "{nl: na het einde van het lidmaatschap, en: after the membership ends}"))
    for lang in ("en", "nl"):
        rules = render(neutral, lang=lang, document="regulation")
        words = rules.replace("(", " ").split()
        assert not {"you", "your", "je", "jij", "jouw"} & {word.lower() for word in words}
    rules = render(document="regulation")
    assert "within 72 hours after becoming aware of it" in rules
    assert "(GDPR, Article 33(2))" in rules and "(GDPR, Article 19)" in rules
    assert "(GDPR, Article 25)" in rules and "(GDPR, Article 30)" in rules


def test_dutch_usage_follows_the_country(render):
    dutch = render(lang="nl")
    assert "een klacht indienen bij de Autoriteit Persoonsgegevens (AP)." in dutch
    assert "contacteren" not in dutch and "toezichthouder: " not in dutch
    assert "binnen één maand na ontvangst van je verzoek" in dutch
    belgian = render((("jurisdiction: NL", "jurisdiction: BE"),
                      ("  email: privacy@voorbeeld.example",
                       "  email: privacy@voorbeeld.example\n  registration: \"0123.456.789\""),
                      ("postal_code: \"1234 AB\", city: Utrecht, country: NL",
                       "postal_code: \"2000\", city: Antwerpen, country: BE")), lang="nl")
    assert "Ons ondernemingsnummer is 0123.456.789." in belgian
    assert "bij de Gegevensbeschermingsautoriteit (GBA)" in belgian


def test_the_adequacy_decision_is_named_with_its_number_and_its_scope(render):
    certified = render(with_transfer("US", "      mechanism: adequacy_decision\n"
                                           "      framework: EU-US Data Privacy Framework"))
    assert "(GDPR, Article 45; decision (EU) 2023/1795)" in certified
    sector = render(with_transfer("JP", "      mechanism: adequacy_decision"))
    assert "some organisations in this country protect personal data adequately, and Example " \
           "Tool Inc. is one of them (GDPR, Article 45; decision (EU) 2019/419)" in sector
    assert "this country protects" not in sector
    whole = render(with_transfer("CH", "      mechanism: standard_contractual_clauses\n"
                                       "      copy: https://voorbeeld.example/clauses"))
    assert "No adequacy decision" not in whole
    assert "this country protects personal data adequately (GDPR, Article 45; decision " \
           "2000/518/EC). We have also signed" in whole
