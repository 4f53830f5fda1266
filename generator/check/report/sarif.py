"""SARIF 2.1.0, the format code-scanning tools (GitHub code scanning among them) accept.

Files are named relative to the root of the repository they are in, against the base
`%SRCROOT%`, as GitHub code scanning expects: the same profile gets the same address whatever
folder `privdocs check` ran in. Each rule links to its section of docs/rules.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from ... import __version__
from ...addresses import REPOSITORY, rule_url
from ..findings import Severity
from ..rule_docs import rule_doc
from ..rules import all_rules

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = REPOSITORY
SOURCE_ROOT = "%SRCROOT%"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning"}


def repository_root(start: Path) -> Path:
    """The nearest folder at or above `start` that holds `.git` (a folder, or a file in a
    worktree); the working directory when there is none."""
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return Path.cwd().resolve()


def artifact_location(file: str) -> dict:
    """`{"uri": "org_profiles/x.yaml", "uriBaseId": "%SRCROOT%"}`; a file outside the
    repository keeps an absolute `file:` URI."""
    path = Path(file).resolve()
    try:
        relative = path.relative_to(repository_root(path.parent))
    except ValueError:
        return {"uri": path.as_uri()}
    return {"uri": quote(relative.as_posix()), "uriBaseId": SOURCE_ROOT}


def _rule_descriptor(rule) -> dict:
    doc = rule_doc(rule)
    descriptor = {
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": doc.summary},
        "fullDescription": {"text": " ".join(doc.rationale.split())},
        "helpUri": rule_url(rule.id),
        "help": {"text": f"{doc.summary} {rule_url(rule.id)}"},
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
                    "artifactLocation": artifact_location(result.file),
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
