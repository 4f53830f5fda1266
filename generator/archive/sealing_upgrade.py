"""`privdocs verify --seal`: sealing an archive written before manifests were sealed.

An unsealed (format 1) manifest is still read everywhere; the next publish seals it. This seals
it without publishing: under the archive's lock, only when every file is as its manifest
records it, it writes the seal into the newest version folder, then the sealed manifest (the
commit point). A failure removes the seal again.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from ..atomic_files import write_atomically
from .lock import archive_lock
from .manifest import Manifest, organisations, read_manifest
from .sealing import SEAL, ordered, seal_text, sealed
from .verification import check_archive


def _seal(manifest: Manifest) -> Manifest:
    result = sealed(manifest)
    seal = manifest.directory / ordered(result)[-1].version / SEAL
    write_atomically(seal, seal_text(result))
    try:
        write_atomically(result.path, result.to_yaml().encode("utf-8"))
    except BaseException:
        with suppress(OSError):
            seal.unlink()
        raise
    return result


def seal_archive(root: Path, orgs: list[str] | None) -> list[Manifest]:
    """Seal every unsealed manifest of `orgs` (default: all); the manifests it sealed."""
    done = []
    with archive_lock(root):
        for org in orgs or organisations(root):
            manifest = read_manifest(org, root)
            if manifest.sealed or not manifest.versions:
                continue
            check_archive(root, org)
            done.append(_seal(manifest))
    return done
