"""GitHub Actions workflow commands: each finding becomes an annotation on its file and line.

GitHub shows only the first 10 errors and 10 warnings of a step as annotations. When there are
more, every finding also goes into the step summary (`$GITHUB_STEP_SUMMARY`, see
`step_summary`), and a notice says so, so that nobody takes the annotations for all there is.
"""

from __future__ import annotations

import os

from ...catalogs import N_, translator
from ..findings import Severity
from .step_summary import ANNOTATIONS_PER_LEVEL, step_summary
from .text import summary_of

MORE_IN_SUMMARY = N_("GitHub shows at most {limit} errors and {limit} warnings of a step as "
                     "annotations; all {n} findings are in the summary of this step.")
MORE_IN_LOG = N_("GitHub shows at most {limit} errors and {limit} warnings of a step as "
                 "annotations; all {n} findings are in the log of this step.")

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
    if any(sum(result.count(severity) for result in results) > ANNOTATIONS_PER_LEVEL
           for severity in LEVELS):
        lines.append(_more_than_shown(results, language_of, summary_language))
    return "\n".join(lines) + "\n"


def _more_than_shown(results, language_of, lang: str) -> str:
    """Write every finding to the step summary when the runner gives one; the notice saying
    where they all are."""
    count = sum(len(result.findings) for result in results)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    msgid = MORE_IN_LOG
    if summary_file:
        try:
            with open(summary_file, "a", encoding="utf-8") as handle:
                handle.write(step_summary(results, language_of, lang))
            msgid = MORE_IN_SUMMARY
        except OSError:
            pass  # the annotations and the log still hold every finding
    text = translator(lang).format(msgid, limit=ANNOTATIONS_PER_LEVEL, n=count)
    return f"::notice title=privdocs::{_escape_data(text)}"
