"""Reporters: the findings of a check, formatted for people (text), tools (JSON), GitHub
workflow annotations and code-scanning tools (SARIF 2.1.0).

Each reporter takes the checked profiles and a function giving the language of each profile's
messages, and returns the whole output as one string.
"""

from __future__ import annotations

from typing import Callable

from . import github, json_report, sarif, text

Reporter = Callable[..., str]

REPORTERS: dict[str, Reporter] = {
    "text": text.report,
    "json": json_report.report,
    "github": github.report,
    "sarif": sarif.report,
}
