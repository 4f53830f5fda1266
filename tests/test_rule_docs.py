"""Each rule documents itself: rationale, a passing and a failing example (the site's rule
reference is generated from these, so they must be complete and readable)."""

from __future__ import annotations

import pytest
import yaml

from generator.check.rule_docs import rule_doc, texts
from generator.check.rules import all_rules

RULES = all_rules()


def test_the_rule_ids_are_exactly_those_of_the_contract():
    contract = """yaml-syntax unknown-key missing-key invalid-value unknown-reference duplicate-id
    id-mismatch controller-identity controller-contact dpo-contact purpose-required legal-basis
    legitimate-interest legitimate-interest-public-task legal-provision
    special-category-condition purpose-data-categories recipients-declared recipient-named
    transfer-mechanism transfer-invalid-mechanism transfer-adequacy transfer-copy
    transfer-certification transfer-derogation joint-controller-arrangement recipient-country
    retention retention-vague retention-start consent-withdrawal complaint-authority
    provision-requirement automated-decisions data-source children-consent response-time
    changes-notice translation-missing translation-unconfirmed translation-stale
    vague-wording""".split()
    assert [rule.id for rule in RULES] == contract


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_rule_documents_rationale_and_examples(rule):
    doc = rule_doc(rule)
    assert doc.summary.endswith(".")
    assert len(doc.rationale) > 80
    assert doc.passing != doc.failing
    for example in (doc.passing, doc.failing):
        yaml.safe_load(example)  # both examples are YAML a user could paste


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_the_translated_texts_are_the_summary_and_the_rationale_paragraphs(rule):
    """`texts` gives the catalog's message ids; the site looks up the summary and paragraphs."""
    doc = rule_doc(rule)
    assert texts(rule.doc) == (doc.summary, *doc.paragraphs)
    assert " ".join(doc.paragraphs) == " ".join(doc.rationale.split())
    for text in texts(rule.doc):
        assert text == " ".join(text.split()) and "::" not in text


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_articles_are_given_for_the_gdpr_rules(rule):
    reading_or_language = {"yaml-syntax", "unknown-key", "missing-key", "invalid-value",
                           "unknown-reference", "duplicate-id", "id-mismatch",
                           "translation-missing", "translation-unconfirmed",
                           "translation-stale", "vague-wording", "retention-vague",
                           "retention-start", "changes-notice"}
    assert (rule.article is None) == (rule.id in reading_or_language)
