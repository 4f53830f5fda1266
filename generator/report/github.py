"""GitHub Actions workflow commands: each finding becomes an annotation on its file and line."""

from __future__ import annotations

from ..findings import Severity
from .text import summary_of

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning"}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def report(results, language_of, summary_language: str) -> str:
    lines = []
    for result in results:
        lang = language_of(result)
        for found in result.findings:
            title = f"{found.rule} ({found.path})" if found.path else found.rule
            properties = ",".join((
                f"file={_escape_property(result.file)}",
                f"line={found.line}",
                f"col={found.column}",
                f"title={_escape_property(title)}",
            ))
            lines.append(f"::{LEVELS[found.severity]} {properties}::"
                         f"{_escape_data(found.message_in(lang))}")
    lines.append(summary_of(results, summary_language))
    return "\n".join(lines) + "\n"
