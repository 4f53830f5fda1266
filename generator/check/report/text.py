"""Plain text, one finding a line: `FILE:LINE:COL  severity  message  [rule-id, path]`."""

from __future__ import annotations

from ...catalogs import N_, Nn_, translator
from ...terminal import printable
from ..findings import Severity

SUMMARY = N_("{profiles}: {errors}, {warnings}.")
PROFILES = Nn_("{n} profile checked", "{n} profiles checked")
ERRORS = Nn_("{n} error", "{n} errors")
WARNINGS = Nn_("{n} warning", "{n} warnings")


def counted(lang: str, forms: tuple[str, str], n: int) -> str:
    return translator(lang).ngettext(forms[0], forms[1], n).format(n=n)


def summary_line(lang: str, profiles: int, errors: int, warnings: int) -> str:
    return translator(lang).format(
        SUMMARY, profiles=counted(lang, PROFILES, profiles),
        errors=counted(lang, ERRORS, errors), warnings=counted(lang, WARNINGS, warnings))


def summary_of(results, lang: str) -> str:
    """The closing line: how many profiles, errors and warnings."""
    errors = sum(result.count(Severity.ERROR) for result in results)
    warnings = sum(result.count(Severity.WARNING) for result in results)
    return summary_line(lang, len(results), errors, warnings)


def report(results, language_of, summary_language: str) -> str:
    lines = []
    for result in results:
        lang = language_of(result)
        for found in result.findings:
            tag = f"[{found.rule}, {found.path}]" if found.path else f"[{found.rule}]"
            # Values from the profile are quoted in messages: never as raw control sequences.
            lines.append(printable(f"{result.file}:{found.line}:{found.column}  "
                                   f"{found.severity.value}  {found.message_in(lang)}  {tag}"))
    lines.append(summary_of(results, summary_language))
    return "\n".join(lines) + "\n"
