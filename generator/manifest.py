"""The archive of published versions: `statements/<org>/versions.yaml` and its version folders.

Layout (see docs/archive.md)::

    statements/<org>/versions.yaml               the manifest: every version, oldest first
    statements/<org>/<version>/profile.yaml      the profile exactly as it was published
    statements/<org>/<version>/<lang>/statement.md
    statements/<org>/<version>/<lang>/regulation.md

The manifest is written by `privdocs publish` only and is the archive's commit point: a version
exists when the manifest lists it. Each entry records the sha256 of every file of its version,
which `privdocs verify` recomputes.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .catalogs import N_
from .errors import PrivdocsError, UsageError

STATEMENTS_DIR = Path("statements")
MANIFEST = "versions.yaml"
SNAPSHOT = "profile.yaml"
KINDS = ("substantive", "editorial")
VERSION = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)")

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

    @property
    def key(self) -> tuple[int, int]:
        return parse_version(self.version)

    def summary_in(self, lang: str) -> str:
        return self.summary.get(lang) or next(iter(self.summary.values()), "")

    def to_yaml_data(self) -> dict:
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
        return data


@dataclass
class Manifest:
    organisation: str
    path: Path
    versions: list[VersionRecord] = field(default_factory=list)

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

    def status_on(self, record: VersionRecord, day: datetime.date) -> str:
        current = self.in_force(day)
        if record.effective > day:
            return "scheduled"
        return "in-force" if current is record else "superseded"

    def to_yaml(self) -> str:
        header = ("# Written by `privdocs publish`; do not edit. `privdocs verify` checks every "
                  "hash below.\n")
        data = {"format": 1, "organisation": self.organisation,
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
        return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(value)

    record = VersionRecord(
        version=str(entry["version"]), published=date("published"),
        effective=date("effective"), author=str(entry["author"]), kind=str(entry["kind"]),
        summary={str(lang): str(text) for lang, text in dict(entry["summary"]).items()},
        profile_sha256=str(entry["profile_sha256"]),
        files={str(name): str(digest) for name, digest in dict(entry["files"]).items()},
        changes=tuple(str(kind) for kind in entry.get("changes") or ()),
        notice_period_waived=entry.get("notice_period_waived"),
        status=str(entry.get("status", "published")))
    if VERSION.fullmatch(record.version) is None or record.kind not in KINDS:
        raise ValueError(f"version {record.version!r} of kind {record.kind!r}")
    return record


def read_manifest(org: str, root: Path = STATEMENTS_DIR, required: bool = True) -> Manifest:
    """The manifest of `org`; an empty one when it has none and `required` is false."""
    path = manifest_path(org, root)
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
    except (OSError, UnicodeDecodeError, yaml.YAMLError, KeyError, TypeError,
            ValueError) as error:
        problem = " ".join(str(error).split()) or type(error).__name__
        raise PrivdocsError(BAD_MANIFEST, file=path.as_posix(), problem=problem) from None
    return Manifest(str(data.get("organisation", org)), path, versions)


def organisations(root: Path = STATEMENTS_DIR) -> list[str]:
    """The organisations with an archive, sorted."""
    if not root.is_dir():
        return []
    return sorted(child.name for child in root.iterdir() if (child / MANIFEST).is_file())
