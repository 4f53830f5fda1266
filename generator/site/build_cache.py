"""The build cache: what a build derives from inputs that never change, kept between builds.

Published versions never change and their hashes are in the archive, so the diff between two
versions, its JSON and a page that MkDocs rendered from the same Markdown with the same theme
need not be made again. Each entry is found by a key, the SHA-256 of everything it was made
from (`key`), and that key always includes `version_key()`: the privdocs version and the cache
format and a hash of privdocs' own code and catalogs, so an upgrade starts from an empty
cache.

The cache lives next to the site (`.privdocs-cache/<site folder>/`), is safe to delete, and is
never trusted: an entry is used only when its header names this format and version, and its
stored (compressed) bytes have the length and the hash the header gives, so an entry can be
checked without unpacking it (`holds`). Anything else (a truncated file, a
foreign or older cache, garbage) is a miss, and the entry is made again. An entry is written
to a temporary file and renamed, so a build that is interrupted leaves no half entry behind.
After a build, `prune` removes the entries that build did not use, so the cache holds about
one site's worth.
"""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from functools import lru_cache
from pathlib import Path

from .. import __version__

FORMAT = 2  # 2: the header's hash is of the stored bytes, not of the payload
MAGIC = b"privdocs-build-cache"
# The privdocs version the entries were made by. A test changes it to stand for an upgrade.
PRIVDOCS_VERSION = __version__
CACHE_FOLDER = ".privdocs-cache"


def version_key() -> str:
    return f"{PRIVDOCS_VERSION}/{FORMAT}/{_package_digest()}"


@lru_cache(maxsize=1)
def _package_digest() -> str:
    """The hash of privdocs' own code and catalogs, so that a changed privdocs (a patch
    without a new version number, a checkout in development) never reads what another made."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted([*package.rglob("*.py"), *package.rglob("*.po")]):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def key(*parts: object) -> str:
    """The key of an entry made from `parts` (JSON data), in this version of privdocs."""
    text = json.dumps([version_key(), *parts], ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def folder_digest(folder: Path, pattern: str = "**/*") -> str:
    """The hash of the files in `folder` that match `pattern` (by default every file under
    it): names and bytes, not times, so a fresh checkout of the same files hashes the same."""
    digest = hashlib.sha256()
    for path in sorted(folder.glob(pattern)) if folder.is_dir() else ():
        if path.is_file():
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def cache_folder(site_dir: Path) -> Path:
    """Where the cache of the site in `site_dir` lives: beside it, never in it."""
    resolved = site_dir.resolve()
    return resolved.parent / CACHE_FOLDER / resolved.name


class BuildCache:
    """Entries by key; `folder` None is a cache that holds nothing (a build without one)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.used: set[str] = set()
        self.hits = 0
        self.misses = 0

    def _path(self, entry: str) -> Path:
        assert self.folder is not None
        return self.folder / "entries" / entry[:2] / entry

    def _header(self, packed: bytes) -> bytes:
        digest = hashlib.sha256(packed).hexdigest()
        return b"%s %d %s %s %d\n" % (MAGIC, FORMAT, version_key().encode(), digest.encode(),
                                     len(packed))

    def _packed(self, entry: str) -> bytes | None:
        """The stored bytes of `entry` when its header vouches for them, else None."""
        if self.folder is None:
            return None
        self.used.add(entry)
        try:
            stored = self._path(entry).read_bytes()
        except OSError:
            self.misses += 1
            return None
        header, _, packed = stored.partition(b"\n")
        if header + b"\n" != self._header(packed):
            self.misses += 1
            return None
        return packed

    def holds(self, entry: str) -> bool:
        """Whether `entry` is there and whole, without unpacking it (a later `get` may still
        miss if it changes in between)."""
        return self._packed(entry) is not None

    def get(self, entry: str) -> bytes | None:
        """The payload stored under `entry`, or None when there is none that can be trusted."""
        packed = self._packed(entry)
        if packed is None:
            return None
        try:
            payload = zlib.decompress(packed)
        except zlib.error:
            self.misses += 1
            return None
        self.hits += 1
        return payload

    def put(self, entry: str, payload: bytes) -> None:
        if self.folder is None:
            return
        self.used.add(entry)
        path = self._path(entry)
        temporary = path.with_name(f"{entry}.{os.getpid()}.tmp")
        packed = zlib.compress(payload, 1)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(self._header(packed) + packed)
            os.replace(temporary, path)
        except OSError:
            temporary.unlink(missing_ok=True)  # a cache that cannot be written is no cache

    def get_json(self, entry: str) -> object | None:
        payload = self.get(entry)
        if payload is None:
            return None
        try:
            return json.loads(payload)
        except ValueError:
            return None

    def put_json(self, entry: str, data: object) -> None:
        self.put(entry, json.dumps(data, ensure_ascii=False).encode("utf-8"))

    def prune(self, used: set[str]) -> None:
        """Remove every entry not in `used` (those of this build, in every process)."""
        if self.folder is None or not (self.folder / "entries").is_dir():
            return
        for bucket in (self.folder / "entries").iterdir():
            if not bucket.is_dir():
                continue
            for path in bucket.iterdir():
                if path.name not in used:
                    path.unlink(missing_ok=True)


def remembered_digests(cache: BuildCache, statements: Path):
    """For `verification.check_archive`: each organisation's file hashes from the last build,
    and where to keep those of this one (`archive.known_digests`)."""
    from ..archive.known_digests import KnownDigests

    where = str(statements.resolve())

    def entry(org: str) -> str:
        return key("archive-digests", where, org)

    def load(org: str) -> KnownDigests:
        return KnownDigests(cache.get_json(entry(org)))

    def keep(org: str, known: KnownDigests) -> None:
        if known.found != known.entries:
            cache.put_json(entry(org), known.found)

    return load, keep
