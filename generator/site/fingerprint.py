"""A build when nothing changed: the fingerprint of everything a build reads, and of what it
wrote.

After a build, `record` stores in the build cache the fingerprint of its inputs (the bytes of
the profiles and their translation locks, of every file of the archive and of the templates,
the settings, the day of the build, the versions of privdocs and of the engine) and the list
of files it left in the site and generated folders (name, size, time of last change). A later build whose
inputs have the same fingerprint, and finds both folders exactly as listed, would write the
same bytes: `unchanged` says so and the build stops there. Anything else (a changed or
touched file, a file removed from the site, a record that cannot be read) is a full build.
"""

from __future__ import annotations

import os
from pathlib import Path

from .build_cache import BuildCache, key
from .page_cache import engine_versions, folder_digest

RECORD = "last-build"


def _files(folder: Path) -> list[list]:
    """Each file under `folder`: relative name, size, time of last change."""
    if not folder.is_dir():
        return []
    listed = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            status = path.stat()
            listed.append([path.relative_to(folder).as_posix(), status.st_size,
                           status.st_mtime_ns])
    return listed


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
               folder_digest(request.statements), os.environ.get("SOURCE_DATE_EPOCH"))


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
