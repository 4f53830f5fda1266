"""The changes between consecutive versions, from `generator.diffing`: as Markdown for the
changes pages (the substantive changes, then the redline) and as JSON for machines.

Each pair of versions is compared once per build, whatever the number of languages. The diff
is `diffing.compare` of the two versions' snapshots, as `diff_versions` makes it; reading each
snapshot once (it is the newer side of one diff and the older side of the next) saves a
quarter of the reading for three versions, more for more.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..diffing import compare, diff_to_json, diff_to_markdown
from ..diffing.snapshots import Snapshot, published
from ..model import Profile
from ..render import DOCUMENTS
from ..diffing.wording import describe_in
from .archive import Organisation, PublishedVersion


@dataclass(frozen=True)
class ReaderChange:
    text: str  # plain text, in the reader's language
    material: bool  # announced to the people concerned before it takes effect


class Changes:
    def __init__(self, statements: Path) -> None:
        self.statements = statements
        self._diffs: dict[tuple[str, str, str], object] = {}
        self._snapshots: dict[tuple[str, str], Snapshot] = {}
        self._profiles: dict[tuple[str, str], Profile] = {}  # read for a diff, kept for JSON

    def _snapshot(self, org: Organisation, number: str) -> Snapshot:
        if not any(key[0] == org.id for key in self._snapshots):
            self._snapshots.clear()  # organisations come one after the other
        key = (org.id, number)
        if key not in self._snapshots:
            self._snapshots[key] = published(org.manifest, number, None, DOCUMENTS)
        return self._snapshots[key]

    def diff(self, org: Organisation, previous: PublishedVersion, entry: PublishedVersion):
        key = (org.id, previous.number, entry.number)
        if key not in self._diffs:
            old, new = self._snapshot(org, previous.number), self._snapshot(org, entry.number)
            self._diffs[key] = compare(org.manifest.organisation, old, new)
            self._profiles[(org.id, previous.number)] = old.profile
            self._profiles[(org.id, entry.number)] = new.profile
        return self._diffs[key]

    def profile(self, org: Organisation, entry: PublishedVersion) -> Profile | None:
        """The profile of `entry` from a diff made already (each holds both sides), if any."""
        return self._profiles.get((org.id, entry.number))

    def markdown(self, org: Organisation, previous: PublishedVersion, entry: PublishedVersion,
                 lang: str) -> str:
        """The changes in the text; the page itself lists the changes in substance."""
        return diff_to_markdown(self.diff(org, previous, entry), lang, heading=False,
                                substantive=False)

    def for_readers(self, org: Organisation, previous: PublishedVersion,
                    entry: PublishedVersion, lang: str) -> list[ReaderChange]:
        """The changes in substance as a reader says them: no profile paths, no arrows."""
        diff = self.diff(org, previous, entry)
        return [ReaderChange(describe_in(change, diff, lang).replace(" -> ", " → "),
                             change.material)
                for change in diff.changes]

    def json(self, org: Organisation, previous: PublishedVersion,
             entry: PublishedVersion) -> dict:
        return diff_to_json(self.diff(org, previous, entry))
