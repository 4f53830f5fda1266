"""Rule documentation, read from each rule module's docstring.

The docstring is the single source of a rule's reference page: the first line is its summary,
the paragraphs after it the rationale, and two literal blocks introduced by `Passing example::`
and `Failing example::` show YAML that passes and fails the rule.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from .findings import Rule

PASSING = "Passing example::"
FAILING = "Failing example::"


@dataclass(frozen=True)
class RuleDoc:
    rule: Rule
    summary: str
    rationale: str
    passing: str
    failing: str


def _block(text: str, marker: str) -> str:
    after = text.split(marker, 1)[1]
    for other in (PASSING, FAILING):
        after = after.split(other, 1)[0]
    return textwrap.dedent(after).strip("\n") + "\n"


def rule_doc(rule: Rule) -> RuleDoc:
    doc = textwrap.dedent(rule.doc).strip()
    summary, _, body = doc.partition("\n\n")
    rationale = body.split(PASSING, 1)[0].strip()
    return RuleDoc(rule, " ".join(summary.split()), rationale, _block(body, PASSING),
                   _block(body, FAILING))
