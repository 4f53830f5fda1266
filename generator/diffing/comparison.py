"""Comparing two versions: the substantive changes of their profiles and the redline of their
documents, in one `VersionDiff`.

`compare` is pure: the same two snapshots give the same diff. `diff_versions` only finds the
snapshots (in the archive, or the current profile as a draft) and hands them to it.
"""

from __future__ import annotations

from pathlib import Path

from ..archive.manifest import STATEMENTS_DIR, read_manifest
from ..archive.substance import substantive_changes
from ..catalogs import N_
from ..errors import UsageError
from ..profile.files import PROFILES_DIR
from ..render import DOCUMENTS
from .model import VersionDiff
from .redline import diff_document
from .snapshots import Snapshot, draft, published

LANGUAGE_ABSENT = N_("Neither version of {org} is written in {lang}; its languages: "
                     "{languages}.")
NO_VERSIONS = N_("{org} has no published versions yet.")


def compare(organisation: str, old: Snapshot, new: Snapshot,
            languages: tuple[str, ...] | None = None,
            documents: tuple[str, ...] = DOCUMENTS) -> VersionDiff:
    """The diff from `old` to `new`, for `languages` (default: every language of either
    version, the newer one's first) and `documents`."""
    every = tuple(dict.fromkeys(new.languages + old.languages))
    chosen = tuple(lang for lang in every if languages is None or lang in languages)
    sections = []
    for document in documents:
        for lang in chosen:
            sections.extend(diff_document(document, lang, old.documents.get((lang, document)),
                                          new.documents.get((lang, document))))
    return VersionDiff(
        organisation=organisation, from_version=old.version, to_version=new.version,
        from_effective=old.effective, to_effective=new.effective,
        old_profile=old.profile, new_profile=new.profile, languages=chosen,
        documents=tuple(documents),
        changes=tuple(substantive_changes(old.profile, new.profile)),
        sections=tuple(section for section in sections
                       if any(op.op != "equal" for op in section.ops())))


def diff_versions(org: str, from_version: str | None = None, to_version: str | None = None,
                  root: Path = STATEMENTS_DIR, *, profiles: Path = PROFILES_DIR,
                  languages: tuple[str, ...] | None = None,
                  documents: tuple[str, ...] | None = None) -> VersionDiff:
    """The diff of `org` from `from_version` (None: the latest published version) to
    `to_version` (None: the current profile in `profiles`, as an unpublished draft).

    Raises `UsageError` (exit 2) for an organisation without an archive, a version that does
    not exist or a language neither version has, and `PrivdocsError` (exit 1) for a manifest,
    snapshot, document or profile that cannot be read.
    """
    documents = tuple(documents or DOCUMENTS)
    manifest = read_manifest(org, root)
    if from_version is None:
        if manifest.latest is None:
            raise UsageError(NO_VERSIONS, org=org)
        from_version = manifest.latest.version
    old = published(manifest, from_version, languages, documents)
    new = (draft(org, profiles, languages, documents) if to_version is None
           else published(manifest, to_version, languages, documents))
    every = tuple(dict.fromkeys(new.languages + old.languages))
    for lang in languages or ():
        if lang not in every:
            raise UsageError(LANGUAGE_ABSENT, org=org, lang=lang, languages=", ".join(every))
    return compare(manifest.organisation, old, new, languages, documents)
