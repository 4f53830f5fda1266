"""Checking the archive: every file as its manifest recorded it, every entry of the manifest as
its hash chain and seal recorded it, nothing missing or added anywhere under `statements/`, and,
on request, whether today's generator would still write the same text.

`check_archive` is the cheap form (hashes only) that `build`, `diff`, `show` and `publish` run
before they use an archive: they refuse a tampered one, naming the file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..catalogs import N_
from ..check.checking import check_file
from ..check.findings import Message, Severity
from ..errors import PrivdocsError
from .known_digests import KnownDigests, file_digest
from .manifest import (MANIFEST, SNAPSHOT, UNREADABLE_FOLDER, VERSION, Manifest, organisations,
                       read_manifest)
from .sealing import SEAL, expected_chain, ordered, read_seal

MODIFIED, MISSING, UNEXPECTED, RERENDERED, UNREADABLE = (
    "modified", "missing", "unexpected", "would-change", "snapshot-has-errors")
NO_MANIFEST, CHAIN_BROKEN, NO_SEAL, SEAL_DIFFERS, SEAL_WITHOUT_CHAIN = (
    "no-manifest", "chain-broken", "no-seal", "seal-differs", "seal-without-chain")
LEFTOVER = "leftover"
UNSEALED = "unsealed"  # a note, not a problem: a manifest written before sealing existed
NOTES = frozenset({UNSEALED})

PROBLEMS = {
    MODIFIED: N_("modified: {path} differs from the hash in its manifest"),
    MISSING: N_("missing: {path} is listed in its manifest but absent"),
    UNEXPECTED: N_("unexpected: {path} is not listed in the manifest"),
    LEFTOVER: N_("unexpected: {path} is left over from an interrupted publish; remove it"),
    RERENDERED: N_("would change: today's generator writes {path} differently"),
    UNREADABLE: N_("snapshot has errors: {path} no longer checks clean"),
    NO_MANIFEST: N_("missing: {path} is absent, but the folder holds published versions"),
    CHAIN_BROKEN: N_("modified: the entry of version {version} in {path} was changed, or an "
                     "entry before it was changed or deleted (its chain hash differs)"),
    NO_SEAL: N_("missing: {path}, the seal of the newest version, is absent"),
    SEAL_DIFFERS: N_("modified: {path} does not match the entry of version {version} in the "
                     "manifest"),
    SEAL_WITHOUT_CHAIN: N_("modified: {path} is sealed, but its manifest has lost its chain "
                           "hashes"),
    UNSEALED: N_("note: {path} was written before manifests were sealed; the next publish, or "
                 "`privdocs verify --seal`, seals it"),
}
TAMPERED = N_("The archive is not as it was published: {problem}. privdocs does not use it; "
              "`privdocs verify` lists every problem, and version control restores what was "
              "published.")


@dataclass(frozen=True)
class ArchiveProblem:
    kind: str
    path: str  # relative to the statements folder, e.g. "hogeschool-kempen/1.0/nl/statement.md"
    version: str = ""

    def message(self, root: Path) -> Message:
        return Message(PROBLEMS[self.kind], (("path", f"{root.as_posix()}/{self.path}"),
                                             ("version", self.version)))


class TamperedArchive(PrivdocsError):
    exit_code = 1


def _walk(folder: Path, org: str, record) -> list[ArchiveProblem]:
    """Files and folders of a version folder that its entry does not list."""
    allowed = set(record.files) | {SEAL}
    # Every folder above a listed file ("nl", "nl/annex"); plain strings, as a version has
    # hundreds of files and the site's build verifies every version of every organisation.
    parents = {name[:index] for name in record.files
               for index, char in enumerate(name) if char == "/"}
    problems = []
    for current, folders, files in os.walk(folder, onerror=_raise):
        base = os.path.relpath(current, folder).replace(os.sep, "/")
        prefix = "" if base == "." else f"{base}/"
        for name in sorted(folders):
            relative = f"{prefix}{name}"
            if relative not in parents or os.path.islink(os.path.join(current, name)):
                problems.append(ArchiveProblem(UNEXPECTED, f"{org}/{record.version}/{relative}"))
        folders[:] = [name for name in folders if f"{prefix}{name}" in parents]
        for name in sorted(files):
            relative = f"{prefix}{name}"
            if relative not in allowed:
                problems.append(ArchiveProblem(UNEXPECTED, f"{org}/{record.version}/{relative}"))
    return problems


def _raise(error: OSError) -> None:
    raise PrivdocsError(UNREADABLE_FOLDER, folder=str(error.filename),
                        reason=error.strerror or str(error))


def _chain_problems(manifest: Manifest, org: str) -> list[ArchiveProblem]:
    where = f"{org}/{MANIFEST}"
    records = ordered(manifest)
    seals = {record.version: read_seal(manifest.directory / record.version)
             for record in records}
    if not manifest.sealed:
        sealed_folders = [version for version, seal in seals.items() if seal is not None]
        if sealed_folders:
            return [ArchiveProblem(SEAL_WITHOUT_CHAIN, where)]
        return [ArchiveProblem(UNSEALED, where)] if records else []
    problems = []
    broken = next((record for record, digest in expected_chain(manifest)
                   if record.chain != digest), None)
    if broken is not None:
        problems.append(ArchiveProblem(CHAIN_BROKEN, where, broken.version))
    for record in records:
        seal = seals[record.version]
        path = f"{org}/{record.version}/{SEAL}"
        if seal is None and record is records[-1]:
            problems.append(ArchiveProblem(NO_SEAL, path, record.version))
        elif seal is not None and seal != record.chain:
            problems.append(ArchiveProblem(SEAL_DIFFERS, path, record.version))
    return problems


def verify_manifest(manifest: Manifest, rerendering: bool = False,
                    known: KnownDigests | None = None) -> list[ArchiveProblem]:
    org = manifest.directory.name
    digest_of = known.digest if known is not None else lambda path, _name: file_digest(path)
    problems = _chain_problems(manifest, org)
    listed = {record.version for record in manifest.versions}
    try:
        children = sorted(manifest.directory.iterdir())
    except OSError as error:
        _raise(error)
    for child in children:
        if child.name != MANIFEST and (child.name not in listed or child.is_symlink()
                                       or not child.is_dir()):
            # publish's temporary names: a publish was killed before it could clean up
            interrupted = child.name.startswith((".publishing-", f".{MANIFEST}."))
            problems.append(ArchiveProblem(LEFTOVER if interrupted else UNEXPECTED,
                                           f"{org}/{child.name}"))
    newest = manifest.latest
    for record in ordered(manifest):
        folder = manifest.directory / record.version
        for name, digest in sorted(record.files.items()):
            where = f"{org}/{record.version}/{name}"
            found = digest_of(folder / name, f"{record.version}/{name}")
            if found is None and not (folder / name).is_symlink():
                problems.append(ArchiveProblem(MISSING, where))
            elif found != digest:
                problems.append(ArchiveProblem(MODIFIED, where))
        if folder.is_dir() and not folder.is_symlink():
            problems.extend(_walk(folder, org, record))
        # Only the newest version: an older one was written by the generator of its day, and a
        # difference there is history, not a signal. The newest one tells whether publishing
        # now would change the documents.
        if rerendering and record == newest \
                and file_digest(folder / SNAPSHOT) == record.files.get(SNAPSHOT):
            problems.extend(_rerendered(manifest, record, folder, org))
    return problems


def _rerendered(manifest: Manifest, record, folder: Path, org: str) -> list[ArchiveProblem]:
    from .version_files import rerender  # rendering loads Jinja2: only for --rerender

    snapshot = check_file(folder / SNAPSHOT, expected_id=org, rules=False)
    if snapshot.count(Severity.ERROR):
        return [ArchiveProblem(UNREADABLE, f"{org}/{record.version}/{SNAPSHOT}")]
    # A PDF is typeset from the Markdown compared here, and its bytes follow the Typst
    # release installed: comparing them would report every Typst upgrade as a change.
    compared = {name for name in record.files if not name.endswith(".pdf")}
    today = rerender(manifest, record, snapshot.profile, compared)
    return [ArchiveProblem(RERENDERED, f"{org}/{record.version}/{name}")
            for name, data in sorted(today.items())
            if name in compared and (folder / name).is_file()
            and (folder / name).read_bytes() != data]


def _holds_versions(folder: Path) -> bool:
    return any(VERSION.fullmatch(child.name) or child.name.startswith(".publishing-")
               for child in folder.iterdir())


def stray_entries(root: Path) -> list[ArchiveProblem]:
    """What lies under `root` but belongs to no organisation's archive."""
    if not root.is_dir():
        return []
    problems = []
    try:
        for child in sorted(root.iterdir()):
            manifest = child / MANIFEST
            if child.is_symlink() or not child.is_dir():
                problems.append(ArchiveProblem(UNEXPECTED, child.name))
            elif manifest.is_file() and not manifest.is_symlink():
                continue
            elif _holds_versions(child):
                problems.append(ArchiveProblem(NO_MANIFEST, f"{child.name}/{MANIFEST}"))
            else:
                problems.append(ArchiveProblem(UNEXPECTED, child.name))
    except OSError as error:
        _raise(error)
    return problems


def verify_organisation(org: str, root: Path, rerendering: bool = False,
                        known: KnownDigests | None = None) -> list[ArchiveProblem]:
    folder = root / org
    if not (folder / MANIFEST).is_file() and folder.is_dir() and _holds_versions(folder):
        return [ArchiveProblem(NO_MANIFEST, f"{org}/{MANIFEST}")]
    return verify_manifest(read_manifest(org, root), rerendering, known)


# org -> the hashes remembered for it; and what to do with those found (org, KnownDigests)
Remembered = tuple[Callable[[str], KnownDigests], Callable[[str, KnownDigests], None]]


def verify(orgs: list[str] | None, root: Path, rerendering: bool = False,
           remembered: Remembered | None = None) -> list[ArchiveProblem]:
    """The problems (and notes) of `orgs`, or of the whole archive with its strays."""
    problems: list[ArchiveProblem] = []
    if orgs is None:
        problems.extend(stray_entries(root))
        orgs = organisations(root)
    for org in orgs:
        known = remembered[0](org) if remembered is not None else None
        found = verify_organisation(org, root, rerendering, known)
        problems.extend(found)
        if remembered is not None and known is not None and \
                all(problem.kind in NOTES for problem in found):
            remembered[1](org, known)  # only of an organisation whose archive is whole
    return problems


def check_archive(root: Path, org: str | None = None,
                  remembered: Remembered | None = None) -> None:
    """Refuse an archive (or one organisation's) that is not as it was published;
    `remembered`: hashes of files unchanged since an earlier check (`known_digests`)."""
    problems = [problem for problem in verify([org] if org else None, root,
                                              remembered=remembered)
                if problem.kind not in NOTES]
    if problems:
        raise TamperedArchive(TAMPERED, problem=problems[0].message(root))
