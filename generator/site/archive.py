"""The published archive as the site shows it: every organisation in `statements/`, its versions
with their status on the day of the build, and the documents of each version.

The day comes from `clock.today()` (PRIVDOCS_TODAY fixes it), so a build is reproducible: the
same archive on the same day gives the same site.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..archive.manifest import SNAPSHOT, Manifest, VersionRecord, organisations, read_manifest
from ..documents import FORMATS_OF, file_name
from ..profile.builder import build_profile
from ..profile.loading import load_document
from ..profile.model import Audience, Profile, Text
from ..render import LANGUAGES


@dataclass(frozen=True)
class PublishedVersion:
    """One version with what the site says about it on the day of the build."""

    record: VersionRecord
    status: str  # in-force, superseded, scheduled or never-in-force (Manifest.status)
    previous: str | None  # the version before it, which its changes page compares it with
    until: datetime.date | None  # a superseded version: the day its successor took effect
    folder: Path

    @property
    def number(self) -> str:
        return self.record.version

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted({name.split("/")[0] for name in self.record.files if "/" in name}))

    def document_path(self, lang: str, document: str) -> Path:
        return self.folder / lang / f"{document}.md"

    def has_document(self, lang: str, document: str) -> bool:
        return f"{lang}/{document}.md" in self.record.files

    @property
    def snapshot_path(self) -> Path:
        return self.folder / SNAPSHOT

    @property
    def stored_files(self) -> list[str]:
        """The files the site serves as they are (`nl/statement.pdf`): every file of the
        version but the Markdown pages and the snapshot. None in a version published before
        every format was stored."""
        return sorted(name for name in self.record.files
                      if "/" in name and not name.endswith(".md"))

    def downloads(self, lang: str, document: str,
                  variant: str | None = None) -> list[tuple[str, str]]:
        """(format, file name) of each stored format of `document` in `lang`, in the order of
        `documents.FORMATS_OF`."""
        names = [(fmt, f"{lang}/{file_name(document, fmt, variant)}")
                 for fmt in FORMATS_OF.get(document, ()) if fmt != "markdown"]
        return [(fmt, name) for fmt, name in names if name in self.record.files]

    def audiences(self, lang: str) -> list[tuple[str, str]]:
        """(id, name in `lang`) of each audience this version has a statement for."""
        general = f"{lang}/{file_name('statement', 'markdown')}"
        prefix, suffix = general.rsplit(".", 1)
        if not any(name.startswith(f"{prefix}.") and name.endswith(f".{suffix}")
                   and name != general for name in self.record.files):
            return []  # no audience statement: the snapshot need not be read
        profile = snapshot_profile(self.snapshot_path)
        found = []
        for audience in profile.audiences or () if profile is not None else ():
            if isinstance(audience, Audience) and isinstance(audience.id, str) and \
                    f"{lang}/{file_name('statement', 'markdown', audience.id)}" in self.record.files:
                name = audience.name.get(lang) if isinstance(audience.name, Text) else None
                found.append((audience.id, name or audience.id))
        return found


@dataclass(frozen=True)
class Organisation:
    """An organisation with an archive, its versions oldest first."""

    id: str
    name: str
    manifest: Manifest
    versions: tuple[PublishedVersion, ...]
    in_force: PublishedVersion | None
    # The languages it publishes in: those of its latest version. Every version must have them
    # all; the site of another language only points to them.
    languages: tuple[str, ...] = ()

    @property
    def scheduled(self) -> tuple[PublishedVersion, ...]:
        return tuple(entry for entry in self.versions if entry.status == "scheduled")

    def version(self, number: str) -> PublishedVersion:
        return next(entry for entry in self.versions if entry.number == number)


def _until(record: VersionRecord, manifest: Manifest, day: datetime.date) -> datetime.date | None:
    later = [other.effective for other in manifest.versions
             if (other.effective, other.key) > (record.effective, record.key)
             and other.effective <= day]
    return min(later, default=None)


def published_versions(manifest: Manifest, day: datetime.date) -> tuple[PublishedVersion, ...]:
    records = sorted(manifest.versions, key=lambda record: record.key)
    versions = []
    for index, record in enumerate(records):
        status = manifest.status(record, day)
        versions.append(PublishedVersion(
            record, status, records[index - 1].version if index else None,
            _until(record, manifest, day) if status == "superseded" else None,
            manifest.directory / record.version))
    return tuple(versions)


@lru_cache(maxsize=32)
def snapshot_profile(path: Path) -> Profile | None:
    """The typed profile of a snapshot, or None when it cannot be read any more. Cached for a
    while: a published snapshot never changes, and the site reads one organisation's
    snapshots one after the other (for its name, its audiences and its JSON); not for every
    organisation, so the build's memory does not grow with their number."""
    document = load_document(path)
    if document.root is None:
        return None
    profile, _findings = build_profile(document.root)
    return profile


def in_site_order(languages) -> tuple[str, ...]:
    """`languages` in the order of the site's languages."""
    return tuple(lang for lang in LANGUAGES if lang in set(languages))


def organisation_name(profile: Profile | None, org: str) -> str:
    name = profile.controller.name if profile is not None and profile.controller else None
    return name if isinstance(name, str) and name.strip() else org


def read_organisation(org: str, root: Path, day: datetime.date,
                      name: str | None = None) -> Organisation:
    manifest = read_manifest(org, root)
    versions = published_versions(manifest, day)
    in_force_record = manifest.in_force(day)
    in_force = next((entry for entry in versions if entry.record is in_force_record), None)
    if name is None:
        latest = versions[-1] if versions else None
        name = organisation_name(snapshot_profile(latest.snapshot_path) if latest else None, org)
    languages = in_site_order(versions[-1].languages) if versions else ()
    return Organisation(org, name, manifest, versions, in_force, languages)


def read_archive(root: Path, day: datetime.date,
                 names: dict[str, str] | None = None) -> list[Organisation]:
    """Every organisation with a manifest under `root`, sorted by id. An organisation is
    named as in `names` (its current profile), else as in its latest published version."""
    names = names or {}
    return [read_organisation(org, root, day, names.get(org)) for org in organisations(root)]
