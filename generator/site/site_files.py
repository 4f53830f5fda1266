"""The files privdocs itself puts in the site folder (the data for machines, every stored
format of every version, the pages at the site's root), written only when they changed.

A federation's site serves every format of every published version: tens of thousands of
files, gigabytes at a thousand organisations, and nearly all of them the same as in the last
build. With the build cache, a build writes a file only when its bytes differ from what the
last build wrote there, or the file is no longer as that build left it (its size or time of
last change differs: someone touched it). A stored file is copied from the archive by its
seal's hash, without being read. At the end, every file of the site that this build did not
make is removed, so the folder holds what a clean build makes and nothing else (the engine
builds the language folders anew itself).

Without a cache, `build.empty_site_dir` empties the folder first and everything is written:
a clean build.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from .build_cache import BuildCache
from .folder import MARKER
from .snapshots import DataFile

RECORD = "site-files"


def file_status(path: Path) -> list[int] | None:
    """Size and time of last change of the file at `path` itself (a link is not followed)."""
    try:
        status = path.lstat()
    except OSError:
        return None
    return [status.st_size, status.st_mtime_ns]


def remove_links(folder: Path, skip: set[str] = frozenset()) -> None:
    """Remove every symbolic link under `folder` (but in the folders named in `skip` at its
    top): a build that writes into a folder it did not empty must never write through a link
    into somewhere else (the archive, say). A clean build has none."""
    for current, subfolders, names in os.walk(folder):
        here = Path(current)
        if here == folder:
            subfolders[:] = [name for name in subfolders if name not in skip]
        for name in [*subfolders, *names]:
            if (here / name).is_symlink():
                (here / name).unlink()
        subfolders[:] = [name for name in subfolders if (here / name).is_dir()]


class SiteFiles:
    """Writes `DataFile`s into `site_dir`, skipping those the last build left as they are."""

    def __init__(self, site_dir: Path, cache: BuildCache, engine_folders: set[str]) -> None:
        self.site_dir = site_dir
        remove_links(site_dir, engine_folders)  # the engine does its own folders
        stored = cache.get_json(RECORD)
        # path -> [digest, size, time of last change] as the last build left it
        self.last: dict = stored if isinstance(stored, dict) else {}
        self.now: dict[str, list] = {}

    def write(self, item: DataFile) -> None:
        digest = item.sha256 or hashlib.sha256(item.unpacked()).hexdigest()
        path = self.site_dir / item.path
        before = self.last.get(item.path)
        if (isinstance(before, list) and len(before) == 3 and before[0] == digest
                and file_status(path) == before[1:]):
            self.now[item.path] = before
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        if item.source is not None:
            shutil.copyfile(item.source, path)
        else:
            path.write_bytes(item.unpacked())
        self.now[item.path] = [digest, *(file_status(path) or [])]

    def remove_others(self, made: set[str], engine_folders: set[str]) -> None:
        """Remove every file under the site folder that is neither written here (`write`),
        nor in `made` (the pages at the root), nor in one of the engine's `engine_folders`;
        then the folders left empty."""
        remove_all_but(self.site_dir, set(self.now) | made | {MARKER}, engine_folders)

    def record(self, cache: BuildCache) -> None:
        cache.put_json(RECORD, self.now)


def remove_all_but(folder: Path, keep: set[str], skip: set[str] = frozenset()) -> None:
    """Remove every file under `folder` whose path (relative, with "/") is not in `keep`,
    leaving alone the folders named in `skip` at its top; then the folders left empty. A link
    is removed, never followed."""
    folders = []
    for current, subfolders, names in os.walk(folder):
        here = Path(current)
        relative = here.relative_to(folder).as_posix()
        prefix = "" if relative == "." else f"{relative}/"
        if not prefix:
            subfolders[:] = [name for name in subfolders if name not in skip]
        for name in [name for name in subfolders if (here / name).is_symlink()]:
            subfolders.remove(name)
            names.append(name)
        folders.append(here)
        for name in names:
            if f"{prefix}{name}" not in keep:
                (here / name).unlink()
    for here in reversed(folders[1:]):  # the deepest first
        if not any(here.iterdir()):
            here.rmdir()
