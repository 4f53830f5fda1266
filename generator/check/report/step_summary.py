"""The step summary of a GitHub Actions run (`$GITHUB_STEP_SUMMARY`): every finding in one
Markdown table, for when there are more than GitHub shows as annotations.

GitHub shows at most 10 error and 10 warning annotations of a step (50 of a job) and drops the
rest without a word (actions/toolkit, docs/problem-matchers.md, "Limitations"); a step summary
may hold up to 1 MiB. The table is cut before that, saying how many rows it left out. Findings
quote profile text: every cell is escaped, so a value is shown as text and never as Markdown
or HTML.
"""

from __future__ import annotations

import html

from ...catalogs import N_, translator
from .text import summary_of

ANNOTATIONS_PER_LEVEL = 10
SUMMARY_BYTES = 1024 * 1024
TITLE = N_("privdocs check")
HEADER = (N_("Place"), N_("Severity"), N_("Rule"), N_("Message"))
CUT = N_("The table stops here to stay within GitHub's limit for a step summary; the other "
         "{n} findings are in the log of this step.")


# Markdown's punctuation, as character references: shown as itself, never as markup.
_LITERAL = {ord(character): f"&#{ord(character)};" for character in "\\`*_[]|#!~"}


def cell(text: str) -> str:
    """`text` as the content of one table cell, shown literally."""
    return html.escape(" ".join(text.split()), quote=False).translate(_LITERAL)


def rows(results, language_of) -> list[str]:
    lines = []
    for result in results:
        lang = language_of(result)
        for found in result.findings:
            place = f"{result.file}:{found.line}:{found.column}"
            rule = f"{found.rule} ({found.path})" if found.path else found.rule
            lines.append(f"| {cell(place)} | {found.severity.value} | {cell(rule)} | "
                         f"{cell(found.message_in(lang))} |")
    return lines


def step_summary(results, language_of, lang: str, limit: int = SUMMARY_BYTES) -> str:
    """The summary's Markdown, at most `limit` bytes in UTF-8."""
    t = translator(lang)
    head = [f"## {t.gettext(TITLE)}", "", summary_of(results, lang), "",
            "| " + " | ".join(t.gettext(name) for name in HEADER) + " |", "|---|---|---|---|"]
    body = rows(results, language_of)
    size = sum(len(line.encode("utf-8")) + 1 for line in head)
    kept: list[str] = []
    for index, line in enumerate(body):
        note = t.format(CUT, n=len(body) - index)
        if size + len(line.encode("utf-8")) + len(note.encode("utf-8")) + 4 > limit:
            return "\n".join(head + kept + ["", note]) + "\n"
        kept.append(line)
        size += len(line.encode("utf-8")) + 1
    return "\n".join(head + kept) + "\n"
