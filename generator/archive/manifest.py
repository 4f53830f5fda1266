"""The archive of published versions: `statements/<org>/versions.yaml` and its version folders.

Layout (see docs/archive.md)::

    statements/<org>/versions.yaml               the manifest: every version, oldest first
    statements/<org>/<version>/profile.yaml      the profile exactly as it was published
    statements/<org>/<version>/<lang>/statement.md      and every other document and format
    statements/<org>/<version>/<lang>/regulation.md     (`version_files.py`)

The manifest is written by `privdocs publish` only and is the archive's commit point: a version
exists when the manifest lists it. Each entry records the sha256 of every file of its version,
which `privdocs verify` recomputes, and (format 2) a `chain` hash over itself and every entry
before it (`sealing.py`), so an edited or deleted entry is found too.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..catalogs import N_
from ..errors import PrivdocsError, UsageError

STATEMENTS_DIR = Path("statements")
MANIFEST = "versions.yaml"
SNAPSHOT = "profile.yaml"
KINDS = ("substantive", "editorial")
# Nine digits a part: enough for any real numbering, and a file name any file system accepts.
VERSION = re.compile(r"(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})")
UNSEALED_FORMAT, SEALED_FORMAT = 1, 2

BAD_MANIFEST = N_("{file} cannot be read ({problem}); it is written by `privdocs publish` only: "
                  "restore it from version control.")
BAD_VERSION = N_("`{version}` is not a version number: write it as MAJOR.MINOR, such as 1.0 or "
                 "2.3.")
BAD_DATE = N_("`{value}` is not a date: write it as YYYY-MM-DD.")
NO_ARCHIVE = N_("{org} has no published versions (no {file}).")


def parse_version(text: str) -> tuple[int, int]:
    match = VERSION.fullmatch(text)
    if match is None:
        raise UsageError(BAD_VERSION, version=text)
    return int(match.group(1)), int(match.group(2))


def parse_date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise UsageError(BAD_DATE, value=text) from None


@dataclass(frozen=True)
class VersionRecord:
    """One published version as the manifest records it."""

    version: str
    published: datetime.date
    effective: datetime.date
    author: str
    kind: str
    summary: dict[str, str]
    profile_sha256: str
    files: dict[str, str]
    changes: tuple[str, ...] = ()
    notice_period_waived: str | None = None
    status: str = "published"
    chain: str | None = None  # sealing.chain_hash of this entry; None in a format 1 manifest

    @property
    def key(self) -> tuple[int, int]:
        return parse_version(self.version)

    def summary_in(self, lang: str) -> str:
        return self.summary.get(lang) or next(iter(self.summary.values()), "")

    def to_yaml_data(self, with_chain: bool = True) -> dict:
        data = {
            "version": self.version,
            "status": self.status,
            "published": self.published.isoformat(),
            "effective": self.effective.isoformat(),
            "author": self.author,
            "kind": self.kind,
            "summary": dict(self.summary),
            "changes": list(self.changes),
        }
        if self.notice_period_waived:
            data["notice_period_waived"] = self.notice_period_waived
        data["profile_sha256"] = self.profile_sha256
        data["files"] = dict(sorted(self.files.items()))
        if with_chain and self.chain is not None:
            data["chain"] = self.chain
        return data


@dataclass
class Manifest:
    organisation: str
    path: Path
    versions: list[VersionRecord] = field(default_factory=list)
    format: int = SEALED_FORMAT

    @property
    def sealed(self) -> bool:
        return self.format >= SEALED_FORMAT

    @property
    def directory(self) -> Path:
        return self.path.parent

    def record(self, version: str) -> VersionRecord | None:
        return next((record for record in self.versions if record.version == version), None)

    @property
    def latest(self) -> VersionRecord | None:
        return max(self.versions, key=lambda record: record.key, default=None)

    def in_force(self, day: datetime.date) -> VersionRecord | None:
        """The version in force on `day`: the latest effective date on or before it (and of
        two with the same effective date, the higher version)."""
        candidates = [record for record in self.versions if record.effective <= day]
        return max(candidates, key=lambda record: (record.effective, record.key), default=None)

    def never_in_force(self, record: VersionRecord) -> bool:
        """Whether a later version took `record`'s place before it could take effect: one
        with a higher number whose effective date is on or before `record`'s."""
        return any(other.key > record.key and other.effective <= record.effective
                   for other in self.versions)

    def status(self, record: VersionRecord, day: datetime.date) -> str:
        """What to call `record` on `day`: `never-in-force` for a version replaced before it
        took effect, else its `status_on`. (The site and `privdocs versions` say it alike.)"""
        return "never-in-force" if self.never_in_force(record) else self.status_on(record, day)

    def status_on(self, record: VersionRecord, day: datetime.date) -> str:
        current = self.in_force(day)
        if record.effective > day:
            return "scheduled"
        return "in-force" if current is record else "superseded"

    def to_yaml(self) -> str:
        header = ("# Written by `privdocs publish`; do not edit. `privdocs verify` checks every "
                  "hash below.\n")
        data = {"format": self.format, "organisation": self.organisation,
                "versions": [record.to_yaml_data() for record in
                             sorted(self.versions, key=lambda record: record.key)]}
        return header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def manifest_path(org: str, root: Path = STATEMENTS_DIR) -> Path:
    return root / org / MANIFEST


def _record(entry: object) -> VersionRecord:
    if not isinstance(entry, dict):
        raise ValueError("a version entry is not a mapping")

    def date(key: str) -> datetime.date:
        value = entry[key]
        if isinstance(value, datetime.datetime):  # YAML reads `2026-03-02 10:00` as a timestamp
            raise ValueError(f"{key}: {value} is a timestamp, not a date")
        if isinstance(value, datetime.date):
            return value
        if not isinstance(value, str):
            raise ValueError(f"{key}: {value!r} is not a date")
        return datetime.date.fromisoformat(value)

    def text(key: str) -> str | None:
        value = entry.get(key)
        return None if value is None else str(value)

    record = VersionRecord(
        version=str(entry["version"]), published=date("published"),
        effective=date("effective"), author=str(entry["author"]), kind=str(entry["kind"]),
        summary={str(lang): str(text) for lang, text in dict(entry["summary"]).items()},
        profile_sha256=str(entry["profile_sha256"]),
        files={str(name): str(digest) for name, digest in dict(entry["files"]).items()},
        changes=tuple(str(kind) for kind in entry.get("changes") or ()),
        notice_period_waived=text("notice_period_waived"),
        status=str(entry.get("status", "published")), chain=text("chain"))
    if VERSION.fullmatch(record.version) is None or record.kind not in KINDS:
        raise ValueError(f"version {record.version!r} of kind {record.kind!r}")
    return record


def read_manifest(org: str, root: Path = STATEMENTS_DIR, required: bool = True) -> Manifest:
    """The manifest of `org`; an empty one when it has none and `required` is false."""
    path = manifest_path(org, root)
    if path.exists() and not path.is_file():
        raise PrivdocsError(BAD_MANIFEST, file=path.as_posix(), problem="not a file")
    if not path.is_file():
        if required:
            raise UsageError(NO_ARCHIVE, org=org, file=path.as_posix())
        return Manifest(org, path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"),
                         Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        if not isinstance(data, dict) or not isinstance(data.get("versions"), list):
            raise ValueError("expected a mapping with a list of `versions`")
        versions = [_record(entry) for entry in data["versions"]]
        number = data.get("format", UNSEALED_FORMAT)
        if number not in (UNSEALED_FORMAT, SEALED_FORMAT):
            raise ValueError(f"unknown format {number!r}")
    except (OSError, UnicodeDecodeError, yaml.YAMLError, KeyError, TypeError,
            ValueError) as error:
        problem = " ".join(str(error).split()) or type(error).__name__
        raise PrivdocsError(BAD_MANIFEST, file=path.as_posix(), problem=problem) from None
    return Manifest(str(data.get("organisation", org)), path, versions, number)


UNREADABLE_FOLDER = N_("The folder {folder} cannot be read ({reason}).")


def organisations(root: Path = STATEMENTS_DIR) -> list[str]:
    """The organisations with an archive, sorted."""
    if not root.is_dir():
        return []
    try:
        return sorted(child.name for child in root.iterdir() if (child / MANIFEST).is_file())
    except OSError as error:
        raise PrivdocsError(UNREADABLE_FOLDER, folder=root.as_posix(),
                            reason=error.strerror or str(error)) from None
