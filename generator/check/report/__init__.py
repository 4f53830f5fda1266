"""Reporters: the findings of a check, formatted for people (text), tools (JSON), GitHub
workflow annotations and code-scanning tools (SARIF 2.1.0).

Each reporter takes the checked profiles and a function giving the language of each profile's
messages, and returns the whole output as one string.
"""

from __future__ import annotations

from importlib import import_module
from typing import Callable

Reporter = Callable[..., str]


def _imported_when_used(module: str) -> Reporter:
    """A format's `report`, its module imported on the first report: a check in text need not
    load JSON, SARIF and the rule documentation."""
    def report(*args, **kwargs) -> str:
        return import_module(f"{__name__}.{module}").report(*args, **kwargs)
    return report


REPORTERS: dict[str, Reporter] = {
    "text": _imported_when_used("text"),
    "json": _imported_when_used("json_report"),
    "github": _imported_when_used("github"),
    "sarif": _imported_when_used("sarif"),
}
