"""Checking the archive: every file as its manifest recorded it, nothing missing or added, and,
on request, whether today's generator would still write the same text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .checking import check_file
from .findings import Severity
from .manifest import MANIFEST, SNAPSHOT, Manifest, read_manifest
from .publishing import rerender, sha256

MODIFIED, MISSING, UNEXPECTED, RERENDERED, UNREADABLE = (
    "modified", "missing", "unexpected", "would-change", "snapshot-has-errors")


@dataclass(frozen=True)
class ArchiveProblem:
    kind: str
    path: str  # relative to the statements folder, e.g. "hogeschool-kempen/1.0/nl/statement.md"


def _files_under(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}


def verify_manifest(manifest: Manifest, root: Path, rerendering: bool) -> list[ArchiveProblem]:
    org = manifest.directory.name
    problems: list[ArchiveProblem] = []
    listed = {record.version for record in manifest.versions}
    for child in sorted(manifest.directory.iterdir()):
        if child.name != MANIFEST and child.name not in listed:
            problems.append(ArchiveProblem(UNEXPECTED, f"{org}/{child.name}"))
    for record in sorted(manifest.versions, key=lambda record: record.key):
        folder = manifest.directory / record.version
        present = _files_under(folder) if folder.is_dir() else set()
        for name, digest in sorted(record.files.items()):
            where = f"{org}/{record.version}/{name}"
            if name not in present:
                problems.append(ArchiveProblem(MISSING, where))
            elif sha256((folder / name).read_bytes()) != digest:
                problems.append(ArchiveProblem(MODIFIED, where))
        for name in sorted(present - set(record.files)):
            problems.append(ArchiveProblem(UNEXPECTED, f"{org}/{record.version}/{name}"))
        if rerendering and SNAPSHOT in present:
            problems.extend(_rerendered(manifest, record, folder, org))
    return problems


def _rerendered(manifest: Manifest, record, folder: Path, org: str) -> list[ArchiveProblem]:
    snapshot = check_file(folder / SNAPSHOT, expected_id=org, rules=False)
    if snapshot.count(Severity.ERROR):
        return [ArchiveProblem(UNREADABLE, f"{org}/{record.version}/{SNAPSHOT}")]
    today = rerender(manifest, record, snapshot.profile)
    return [ArchiveProblem(RERENDERED, f"{org}/{record.version}/{name}")
            for name, data in sorted(today.items())
            if name in record.files and (folder / name).is_file()
            and (folder / name).read_bytes() != data]


def verify(orgs: list[str], root: Path, rerendering: bool = False) -> list[ArchiveProblem]:
    problems: list[ArchiveProblem] = []
    for org in orgs:
        problems.extend(verify_manifest(read_manifest(org, root), root, rerendering))
    return problems
