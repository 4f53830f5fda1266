"""Sealing the manifest: a hash chain over its entries, and a seal in the newest version folder.

Each entry of a format 2 manifest carries `chain`: the sha256 of the previous entry's chain (for
the first, of the organisation id) and of the entry itself, every field but `chain`, in a
canonical JSON form. As in git, an entry's hash therefore stands for the whole history before
it: editing a date, an author or a summary, or deleting an entry, changes every hash from there
on. The newest version folder holds `seal.sha256`, its entry's chain, written by the publish
that made it (or by `privdocs verify --seal`): an edited manifest whose hashes were recomputed
still disagrees with the seal.

This finds careless and casual changes. Someone who rewrites the manifest and the seal together
can forge a history, as in any archive without signatures; version control shows who did.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

from .manifest import SEALED_FORMAT, Manifest, VersionRecord

SEAL = "seal.sha256"


def _canonical(record: VersionRecord) -> bytes:
    return json.dumps(record.to_yaml_data(with_chain=False), sort_keys=True,
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def chain_hash(previous: str, record: VersionRecord) -> str:
    return hashlib.sha256(previous.encode("ascii") + b"\n" + _canonical(record)).hexdigest()


def chain_start(organisation: str) -> str:
    return hashlib.sha256(organisation.encode("utf-8")).hexdigest()


def ordered(manifest: Manifest) -> list[VersionRecord]:
    return sorted(manifest.versions, key=lambda record: record.key)


def expected_chain(manifest: Manifest) -> list[tuple[VersionRecord, str]]:
    """Every entry, oldest first, with the chain hash it must carry."""
    previous = chain_start(manifest.organisation)
    result = []
    for record in ordered(manifest):
        previous = chain_hash(previous, record)
        result.append((record, previous))
    return result


def sealed(manifest: Manifest) -> Manifest:
    """The manifest as format 2, every entry carrying its chain hash."""
    records = [dataclasses.replace(record, chain=digest)
               for record, digest in expected_chain(manifest)]
    return Manifest(manifest.organisation, manifest.path, records, SEALED_FORMAT)


def seal_text(manifest: Manifest) -> bytes:
    """The content of the newest version's seal file."""
    return (ordered(manifest)[-1].chain or "").encode("ascii") + b"\n"


def read_seal(folder: Path) -> str | None:
    """The chain hash a version folder's seal holds; None without a seal, "" when unreadable."""
    path = folder / SEAL
    if not path.is_file() and not path.is_symlink():
        return None
    try:
        with path.open("rb") as handle:
            return handle.read(200).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""
