"""Hashes of archive files that have not changed since they were hashed, so that a build that
verifies the archive before every run does not read gigabytes that did not change.

Verification hashes every file of every version. A federation's archive grows to gigabytes
(every format of every version of a thousand organisations), and `privdocs build` verifies it
each time. A file whose inode, size, time of last change and time of last status change
(`st_ctime`, which only the kernel sets) are what they were when it was hashed has the same
bytes, as git's index assumes. A file changed in the moment it was hashed (its status changed
less than `RACY_SECONDS` before) is not remembered, so a change within the clock's resolution
is never missed. This memo only says what a file's hash *is*; verification still compares it
with the manifest. `privdocs verify` never uses it and always reads every byte.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from pathlib import Path

RACY_SECONDS = 2


def file_digest(path: Path) -> str | None:
    """The sha256 of a regular file; None for anything else (a link, a folder, unreadable)."""
    try:
        return _read_digest(path) if stat.S_ISREG(os.lstat(path).st_mode) else None
    except OSError:
        return None


def _read_digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class KnownDigests:
    """The hashes of one organisation's files, as remembered (`entries`) and as found now."""

    def __init__(self, entries: object = None) -> None:
        # name -> [inode, size, mtime_ns, ctime_ns, sha256], where the caller kept it
        self.entries = entries if isinstance(entries, dict) else {}
        self.found: dict[str, list] = {}
        self.read = 0  # files hashed because they were not known

    def digest(self, path: Path, name: str) -> str | None:
        try:
            status = os.lstat(path)
        except OSError:
            return None
        if not stat.S_ISREG(status.st_mode):
            return None
        signature = [status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns]
        known = self.entries.get(name)
        if isinstance(known, list) and len(known) == 5 and known[:4] == signature \
                and isinstance(known[4], str):
            self.found[name] = known
            return known[4]
        digest = _read_digest(path)  # a regular file: `status` says so
        self.read += 1
        settled = status.st_ctime_ns < time.time_ns() - RACY_SECONDS * 10**9
        if digest is not None and settled:
            self.found[name] = [*signature, digest]
        return digest
