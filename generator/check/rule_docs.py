"""Rule documentation, read from each rule module's docstring.

The docstring is the single source of a rule's reference page: the first line is its summary,
the paragraphs after it the rationale, and two literal blocks introduced by `Passing example::`
and `Failing example::` show YAML that passes and fails the rule.

The docstring stays English. Its summary and each paragraph of its rationale, on one line each
(`texts`), are also the message ids of their translations in the `privdocs` catalog: the Babel
extraction method of `generator/i18n/docstrings.py` reads them with this module, so the catalog
and the site find the same text.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

from .findings import Rule

PASSING = "Passing example::"
FAILING = "Failing example::"
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class RuleDoc:
    rule: Rule
    summary: str
    rationale: str
    passing: str
    failing: str

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The rationale's paragraphs, each on one line."""
        return paragraphs(self.rationale)


def paragraphs(text: str) -> tuple[str, ...]:
    """The paragraphs of `text` (separated by blank lines), with their whitespace normalised."""
    return tuple(" ".join(part.split()) for part in _BLANK_LINE.split(text) if part.strip())


def _block(text: str, marker: str) -> str:
    after = text.split(marker, 1)[1]
    for other in (PASSING, FAILING):
        after = after.split(other, 1)[0]
    return textwrap.dedent(after).strip("\n") + "\n"


def _summary_and_body(docstring: str) -> tuple[str, str]:
    doc = textwrap.dedent(docstring).strip()
    summary, _, body = doc.partition("\n\n")
    return " ".join(summary.split()), body


def texts(docstring: str) -> tuple[str, ...]:
    """The summary and the rationale's paragraphs of a rule docstring: what is translated."""
    summary, body = _summary_and_body(docstring)
    return (summary, *paragraphs(body.split(PASSING, 1)[0]))


def rule_doc(rule: Rule) -> RuleDoc:
    summary, body = _summary_and_body(rule.doc)
    rationale = body.split(PASSING, 1)[0].strip()
    return RuleDoc(rule, summary, rationale, _block(body, PASSING), _block(body, FAILING))
