"""A build when nothing changed: the fingerprint of everything a build reads, and of what it
wrote.

After a build, `record` stores in the build cache the fingerprint of its inputs (the bytes of
the profiles and their translation locks and of the templates, the archive by its manifests
(see `archive_digest`), the settings, the day of the build, the versions of privdocs and of
the engine) and the list of files it left in the site and generated folders (name, size, time
of last change). A later build whose inputs have the same fingerprint, and finds both folders
exactly as listed, would write the same bytes: `unchanged` says so and the build stops there.
Anything else (a changed or touched file, a file removed from the site, a record that cannot
be read) is a full build.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..archive.manifest import MANIFEST
from ..archive.sealing import SEAL
from .build_cache import BuildCache, folder_digest, key
from .mkdocs_engine.page_cache import engine_versions

RECORD = "last-build"


def _files(folder: Path) -> list[list]:
    """Each file under `folder`: relative name, size, time of last change (links as links)."""
    listed = []
    for current, folders, names in os.walk(folder):
        folders.sort()
        base = os.path.relpath(current, folder)
        for name in sorted(names + [name for name in folders
                                    if os.path.islink(os.path.join(current, name))]):
            status = os.lstat(os.path.join(current, name))
            relative = name if base == "." else f"{base}/{name}".replace(os.sep, "/")
            listed.append([relative, status.st_size, status.st_mtime_ns])
    return sorted(listed)


def archive_digest(statements: Path) -> str:
    """The archive as the build reads it: every organisation's manifest and every version's
    seal, byte for byte. The manifest holds the hash of every file of every version, and
    `privdocs build` verifies those hashes before it builds, so the archive's gigabytes are
    not read a second time here."""
    digest = hashlib.sha256()
    for org in sorted(statements.iterdir()) if statements.is_dir() else ():
        for path in [org / MANIFEST, *sorted(org.glob(f"*/{SEAL}"))] if org.is_dir() else ():
            if path.is_file():
                digest.update(path.relative_to(statements).as_posix().encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def inputs(request, settings, site_url: str, day, templates: Path) -> str:
    """The fingerprint of everything the build of `request` reads."""
    config = settings.file.read_bytes().hex() if settings.file else None
    logo = settings.logo.read_bytes().hex() if settings.logo else None
    folders = [str(Path(folder).resolve()) for folder in (
        request.statements, request.profiles, settings.docs_dir, request.site_dir or
        settings.site_dir)]
    return key("build", repr(settings), folders, config, logo, site_url, day.isoformat(),
               request.drafts, request.docs_only, request.docs, str(templates),
               folder_digest(templates), engine_versions(), folder_digest(request.profiles, "*"),
               archive_digest(Path(request.statements)), os.environ.get("SOURCE_DATE_EPOCH"))


def unchanged(cache: BuildCache, fingerprint: str, site_dir: Path,
              pages_dir: Path) -> dict | None:
    """What the last build reported, when its inputs were the same and it left both folders
    as they are; else None."""
    stored = cache.get_json(RECORD)
    if not isinstance(stored, dict) or stored.get("inputs") != fingerprint:
        return None
    if stored.get("site") != _files(site_dir) or stored.get("pages") != _files(pages_dir):
        return None
    report = stored.get("report")
    return report if isinstance(report, dict) else None


def record(cache: BuildCache, fingerprint: str, site_dir: Path, pages_dir: Path,
           report: dict) -> None:
    cache.put_json(RECORD, {"inputs": fingerprint, "site": _files(site_dir),
                            "pages": _files(pages_dir), "report": report})
