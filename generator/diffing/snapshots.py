"""The two sides of a diff: a published version from the archive, or the current profile
rendered as an unpublished draft.

A side is its profile (the snapshot the version was published from, or the profile in
`org_profiles/`) and the bodies of its documents without front matter: a published version's
documents as they were published, byte for byte, never rendered again.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from ..archive.manifest import SNAPSHOT, Manifest, parse_version
from ..catalogs import N_
from ..check.checking import check_file
from ..check.findings import Severity
from ..errors import PrivdocsError, UsageError
from ..profile.files import find_profile
from ..profile.model import Profile
from ..render import IncompleteProfile, profile_languages, render_document
from .model import DRAFT
from .sections import strip_front_matter

NO_VERSION = N_("{org} has no version {version}; its versions: {versions}.")
SNAPSHOT_UNREADABLE = N_("{file} cannot be read as a profile: the archive is damaged. "
                         "`privdocs verify {org}` shows what changed.")
DOCUMENT_MISSING = N_("{file} is listed in the manifest but cannot be read: the archive is "
                      "damaged. `privdocs verify {org}` shows what changed.")
PROFILE_UNREADABLE = N_("{file} cannot be read as a profile; `privdocs check {file}` shows why.")


@dataclass(frozen=True)
class Snapshot:
    version: str                               # a version number, or DRAFT
    effective: datetime.date | None            # None for the draft
    profile: Profile
    languages: tuple[str, ...]
    documents: dict[tuple[str, str], str]      # (lang, document) -> body


def _languages(profile: Profile, names) -> tuple[str, ...]:
    """The languages of a version's documents, in the order of its profile."""
    present = {name.split("/", 1)[0] for name in names if "/" in name}
    ordered = [lang for lang in profile_languages(profile) if lang in present]
    return tuple(ordered + sorted(present - set(ordered)))


def published(manifest: Manifest, version: str, languages: tuple[str, ...] | None,
              documents: tuple[str, ...]) -> Snapshot:
    """Version `version` from the archive; a missing version is a usage error."""
    parse_version(version)
    record = manifest.record(version)
    org = manifest.organisation
    if record is None:
        known = ", ".join(other.version for other in
                          sorted(manifest.versions, key=lambda other: other.key))
        raise UsageError(NO_VERSION, org=org, version=version, versions=known or "-")
    folder = manifest.directory / record.version
    checked = check_file(folder / SNAPSHOT, expected_id=org, rules=False)
    if checked.profile is None:
        raise PrivdocsError(SNAPSHOT_UNREADABLE, file=(folder / SNAPSHOT).as_posix(), org=org)
    all_languages = _languages(checked.profile, record.files)
    bodies = {}
    for lang in all_languages:
        for document in documents:
            name = f"{lang}/{document}.md"
            if (languages is not None and lang not in languages) or name not in record.files:
                continue
            try:
                text = (folder / name).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                raise PrivdocsError(DOCUMENT_MISSING, file=(folder / name).as_posix(),
                                    org=org) from None
            bodies[(lang, document)] = strip_front_matter(text)
    return Snapshot(record.version, record.effective, checked.profile, all_languages, bodies)


def draft(org: str, profiles: Path, languages: tuple[str, ...] | None,
          documents: tuple[str, ...]) -> Snapshot:
    """The current profile of `org`, rendered as it would be published now. A profile with
    errors is rendered as a marked draft, so the reviewer sees what it still lacks."""
    path = find_profile(org, profiles)
    checked = check_file(path)
    if checked.profile is None:
        raise PrivdocsError(PROFILE_UNREADABLE, file=path.as_posix())
    profile = checked.profile
    marked = checked.count(Severity.ERROR) > 0
    all_languages = tuple(profile_languages(profile))
    bodies = {}
    for lang in all_languages:
        if languages is not None and lang not in languages:
            continue
        for document in documents:
            try:
                bodies[(lang, document)] = render_document(profile, lang, document,
                                                           draft=marked)
            except IncompleteProfile:
                bodies[(lang, document)] = render_document(profile, lang, document,
                                                           draft=True)
    return Snapshot(DRAFT, None, profile, all_languages, bodies)
