"""The changes between consecutive versions, from `generator.diffing`: as Markdown for the
changes pages (the substantive changes, then the redline) and as JSON for machines.

Each pair of versions is compared once per build, whatever the number of languages.
"""

from __future__ import annotations

from pathlib import Path

from ..diffing import diff_to_json, diff_to_markdown, diff_versions
from .archive import Organisation, PublishedVersion


class Changes:
    def __init__(self, statements: Path) -> None:
        self.statements = statements
        self._diffs: dict[tuple[str, str, str], object] = {}

    def diff(self, org: Organisation, previous: PublishedVersion, entry: PublishedVersion):
        key = (org.id, previous.number, entry.number)
        if key not in self._diffs:
            self._diffs[key] = diff_versions(org.id, previous.number, entry.number,
                                             root=self.statements)
        return self._diffs[key]

    def markdown(self, org: Organisation, previous: PublishedVersion, entry: PublishedVersion,
                 lang: str) -> str:
        return diff_to_markdown(self.diff(org, previous, entry), lang)

    def json(self, org: Organisation, previous: PublishedVersion,
             entry: PublishedVersion) -> dict:
        return diff_to_json(self.diff(org, previous, entry))
