"""The published version a document belongs to, as `publish` will pass it to the renderer.

`None` instead of a `Version` means: not published yet. The statement's version block then
says "draft", and so does the regulation's version table.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

STATUSES = ("draft", "adopted", "published", "withdrawn")


@dataclass(frozen=True)
class HistoryEntry:
    """One row of the regulation's version table. `description` is one string, or one per
    language (`{"nl": ..., "en": ...}`, given as a tuple of pairs so the entry stays hashable
    and its order is fixed)."""

    version: str
    status: str
    date: datetime.date
    author: str
    description: str | tuple[tuple[str, str], ...]

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}: {self.status!r}")

    def description_in(self, lang: str) -> str:
        if isinstance(self.description, str):
            return self.description
        by_language = dict(self.description)
        if lang in by_language:
            return by_language[lang]
        return self.description[0][1] if self.description else ""


@dataclass(frozen=True)
class Version:
    """A published version: its number, the date it takes effect, and the history of all
    versions up to and including this one, oldest first."""

    number: str
    effective: datetime.date
    history: tuple[HistoryEntry, ...] = field(default=())
