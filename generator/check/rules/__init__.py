"""The check rules, one module each, named after the rule id (`docs/rules.md`).

A module holds `ID`, `SEVERITY`, `ARTICLE`, its message ids and, for rules about the content of
the profile, `check(profile)`, which yields findings. The module docstring is the rule's
documentation: rationale, a passing and a failing example.
"""

from __future__ import annotations

from importlib import import_module
from typing import Iterator

from ..findings import Finding, Rule, register_rules

MODULES = (
    # Reading the profile: reported by the loader and the builder while they read.
    "yaml_syntax", "unknown_key", "missing_key", "invalid_value", "unknown_reference",
    "duplicate_id", "id_mismatch",
    # What the statement must tell people (GDPR Art. 13 and 14).
    "controller_identity", "controller_contact", "dpo_contact", "purpose_required",
    "legal_basis", "legitimate_interest", "legitimate_interest_public_task", "legal_provision",
    "special_category_condition", "purpose_data_categories", "recipients_declared",
    "recipient_named", "transfer_mechanism", "transfer_invalid_mechanism", "transfer_adequacy",
    "transfer_copy", "transfer_certification", "transfer_derogation",
    "joint_controller_arrangement", "recipient_country", "retention", "retention_vague",
    "retention_start", "consent_withdrawal", "complaint_authority", "provision_requirement",
    "automated_decisions", "data_source", "children_consent", "response_time", "changes_notice",
    # Language.
    "translation_missing", "translation_unconfirmed", "translation_stale", "vague_wording",
)


def _load() -> dict[str, Rule]:
    rules = {}
    for name in MODULES:
        module = import_module(f"{__name__}.{name}")
        rule = Rule(module.ID, module.SEVERITY, module.ARTICLE, module.__doc__,
                    getattr(module, "check", None))
        rules[rule.id] = rule
    return rules


RULES: dict[str, Rule] = _load()
register_rules(RULES.values())


def all_rules() -> list[Rule]:
    """Every rule, in the order of `MODULES` (reading, then content, then language)."""
    return list(RULES.values())
CONTENT_RULES = tuple(rule for rule in RULES.values() if rule.check is not None)


def run_rules(profile) -> Iterator[Finding]:
    """Every finding of every content rule on a built profile."""
    for rule in CONTENT_RULES:
        yield from rule.check(profile)
