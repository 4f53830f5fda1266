"""The changes between consecutive versions, from `generator.diffing`: as Markdown for the
changes pages (the substantive changes, then the redline) and as JSON for machines.

Each pair of versions is compared once per build, whatever the number of languages. The diff
is `diffing.compare` of the two versions' snapshots, as `diff_versions` makes it; reading each
snapshot once (it is the newer side of one diff and the older side of the next) saves a
quarter of the reading for three versions, more for more.

Published versions never change, so what is made from a pair of them (the Markdown of the
changes in each language, the readers' list, the JSON) is kept in the build cache
(`build_cache`), keyed by both versions' manifest records (which hold the hashes of every
file): a later build reads it back instead of comparing again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..diffing import compare, diff_to_json, diff_to_markdown
from ..diffing.snapshots import Snapshot, published
from ..diffing.wording import describe_in
from ..profile.model import Profile
from ..render import DOCUMENTS
from .archive import Organisation, PublishedVersion
from .build_cache import BuildCache, key
from .snapshots import snapshot_json


@dataclass(frozen=True)
class ReaderChange:
    text: str  # plain text, in the reader's language
    material: bool  # announced to the people concerned before it takes effect


class Changes:
    def __init__(self, statements: Path, cache: BuildCache | None = None) -> None:
        self.statements = statements
        self.cache = cache or BuildCache(None)
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

    def forget(self, org: Organisation) -> None:
        """Let go of what was read and compared for `org`, once its pages and data are made:
        the build's memory then does not grow with the number of organisations."""
        for held in (self._diffs, self._snapshots, self._profiles):
            for held_key in [held_key for held_key in held if held_key[0] == org.id]:
                del held[held_key]

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

    def _cached(self, what: str, org: Organisation, previous: PublishedVersion,
                entry: PublishedVersion, lang: str, make):
        """`make()`, or what it made for the same two versions in an earlier build."""
        entry_key = key("changes", what, lang, org.id, org.manifest.organisation,
                        previous.record.to_yaml_data(), entry.record.to_yaml_data())
        found = self.cache.get_json(entry_key)
        if found is not None and isinstance(found, dict if what == "json" else
                                            str if what == "markdown" else list):
            return found
        made = make()
        self.cache.put_json(entry_key, made)
        return made

    def markdown(self, org: Organisation, previous: PublishedVersion, entry: PublishedVersion,
                 lang: str) -> str:
        """The changes in the text; the page itself lists the changes in substance."""
        return str(self._cached("markdown", org, previous, entry, lang, lambda: diff_to_markdown(
            self.diff(org, previous, entry), lang, heading=False, substantive=False)))

    def for_readers(self, org: Organisation, previous: PublishedVersion,
                    entry: PublishedVersion, lang: str) -> list[ReaderChange]:
        """The changes in substance as a reader says them: no profile paths, no arrows."""
        def make() -> list:
            diff = self.diff(org, previous, entry)
            return [[describe_in(change, diff, lang).replace(" -> ", " → "), change.material]
                    for change in diff.changes]

        try:
            return [ReaderChange(str(text), bool(material)) for text, material
                    in self._cached("readers", org, previous, entry, lang, make)]
        except (TypeError, ValueError):  # an entry of another shape: never trusted
            return [ReaderChange(str(text), bool(material)) for text, material in make()]

    def json(self, org: Organisation, previous: PublishedVersion,
             entry: PublishedVersion) -> dict:
        return self._cached("json", org, previous, entry, "", lambda: diff_to_json(
            self.diff(org, previous, entry)))

    def snapshot_json(self, org: Organisation, entry: PublishedVersion) -> bytes:
        """The data file of `entry`'s snapshot (`snapshots.snapshot_json`), made once per
        version: its record holds the snapshot's hash."""
        entry_key = key("snapshot", org.id, entry.record.to_yaml_data())
        found = self.cache.get(entry_key)
        if found is not None:
            return found
        made = snapshot_json(org, entry, self.profile(org, entry))
        self.cache.put(entry_key, made)
        return made
