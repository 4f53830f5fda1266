"""JSON for tools: `{"profiles": [{"file", "id", "findings": [...]}], "summary": {...}}`."""

from __future__ import annotations

import json

from ..findings import Severity


def finding_json(found, lang: str) -> dict:
    return {
        "rule": found.rule,
        "severity": found.severity.value,
        "path": found.path,
        "line": found.line,
        "column": found.column,
        "article": found.article,
        "message": found.message_in(lang),
    }


def report(results, language_of, summary_language: str) -> str:
    profiles = []
    errors = warnings = 0
    for result in results:
        lang = language_of(result)
        profiles.append({
            "file": result.file,
            "id": result.id,
            "language": lang,
            "findings": [finding_json(found, lang) for found in result.findings],
        })
        errors += result.count(Severity.ERROR)
        warnings += result.count(Severity.WARNING)
    document = {
        "profiles": profiles,
        "summary": {"profiles": len(results), "errors": errors, "warnings": warnings},
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
