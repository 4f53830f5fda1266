"""SARIF 2.1.0, the format code-scanning tools (GitHub code scanning among them) accept."""

from __future__ import annotations

import json

from .. import __version__
from ..findings import Severity, all_rules
from ..rule_docs import rule_doc

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/privdocs/privdocs"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning"}


def _rule_descriptor(rule) -> dict:
    doc = rule_doc(rule)
    descriptor = {
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": doc.summary},
        "fullDescription": {"text": " ".join(doc.rationale.split())},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["gdpr", "transparency"]},
    }
    if rule.article:
        descriptor["properties"]["gdpr-article"] = rule.article
    return descriptor


def report(results, language_of, summary_language: str) -> str:
    rules = all_rules()
    index = {rule.id: position for position, rule in enumerate(rules)}
    sarif_results = []
    for result in results:
        lang = language_of(result)
        for found in result.findings:
            location = {
                "physicalLocation": {
                    "artifactLocation": {"uri": result.file},
                    "region": {"startLine": found.line, "startColumn": found.column},
                },
            }
            if found.path:
                location["logicalLocations"] = [{"fullyQualifiedName": found.path,
                                                 "kind": "member"}]
            sarif_results.append({
                "ruleId": found.rule,
                "ruleIndex": index[found.rule],
                "level": LEVELS[found.severity],
                "message": {"text": found.message_in(lang)},
                "locations": [location],
            })
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "privdocs",
                "version": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [_rule_descriptor(rule) for rule in rules],
            }},
            "language": summary_language,
            "results": sarif_results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
