"""The site's data for machines: each version's profile snapshot and each organisation's
archive as JSON, at stable addresses under `/data/` (see `urls`).

The snapshot is the typed profile as `check` reads it (`NO` stays Norway, `"2200"` a postal
code), key by key in declaration order, leaving out keys the profile does not give. It is
written once per version and, since a version never changes, never changes either.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from . import urls
from ..profile.model import Entity, Profile, Text
from ..profile.spec import specs_of
from .archive import Organisation, PublishedVersion, snapshot_profile

FORMAT = 1


def plain_data(value: object) -> object:
    """A model value as JSON data: entities by their declared keys, texts by language."""
    if isinstance(value, Text):
        # A text given as one string (a name, a web address) stays one string, as written.
        return next(iter(value.values.values())) if value.plain else dict(value.values)
    if isinstance(value, Entity):
        data = {}
        for yaml_key, attribute, _spec in specs_of(type(value)):
            item = getattr(value, attribute)
            if item is not None:
                data[yaml_key] = plain_data(item)
        return data
    if isinstance(value, (list, tuple)):
        return [plain_data(item) for item in value]
    if isinstance(value, (str, int, float, bool)):
        return value
    return None  # a value the builder could not read (already reported by check)


def to_json(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def snapshot_json(org: Organisation, entry: PublishedVersion,
                  profile: Profile | None = None) -> bytes:
    """The snapshot of `entry`; `profile` is its typed profile when it has been read already."""
    profile = profile or snapshot_profile(entry.snapshot_path)
    return to_json({
        "format": FORMAT,
        "organisation": org.id,
        "version": entry.number,
        "effective": entry.record.effective.isoformat(),
        "profile_sha256": entry.record.profile_sha256,
        "profile": plain_data(profile) if profile is not None else None,
    })


def versions_json(org: Organisation, day) -> bytes:
    """The archive of `org`, with each version's status on `day` (the day of the build)."""
    return to_json({
        "format": FORMAT,
        "organisation": org.id,
        "name": org.name,
        "status_on": day.isoformat(),
        "in_force": org.in_force.number if org.in_force else None,
        "versions": [{**entry.record.to_yaml_data(), "status_on_build": entry.status}
                     for entry in org.versions],
    })


def organisations_json(organisations: list[Organisation], day) -> bytes:
    return to_json({
        "format": FORMAT,
        "status_on": day.isoformat(),
        "organisations": [{"id": org.id, "name": org.name,
                           "in_force": org.in_force.number if org.in_force else None}
                          for org in organisations],
    })


@dataclass(frozen=True)
class DataFile:
    """A file the site serves as it is: made by the build (`content`), or a file of the
    archive copied at its seal's hash (`source`, `sha256`), which is read only when written."""

    path: str  # relative to the site's root, e.g. "data/<org>/1.0/profile.json"
    content: bytes | None = None
    source: Path | None = None
    sha256: str | None = None


def organisation_data(org: Organisation, day, changes) -> list[DataFile]:
    """The data files of one organisation: its versions, and each version's profile, changes
    and stored files."""
    files = [DataFile(urls.versions_data(org.id), versions_json(org, day))]
    for entry in org.versions:
        files.append(DataFile(urls.snapshot(org.id, entry.number),
                              changes.snapshot_json(org, entry)))
        if entry.previous is not None:
            previous = org.version(entry.previous)
            files.append(DataFile(urls.changes_data(org.id, entry.number),
                                  to_json(changes.json(org, previous, entry))))
        files.extend(stored_files(org, entry))
    return files


def stored_files(org: Organisation, entry: PublishedVersion) -> list[DataFile]:
    """A version's documents in their other formats, byte for byte as the archive holds them
    (verified before the build): written beside the pages, never made into pages."""
    return [DataFile(urls.stored_file(org.id, entry.number, name), source=entry.folder / name,
                     sha256=entry.record.files[name]) for name in entry.stored_files]
