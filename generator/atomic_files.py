"""Replacing a file atomically: readers see the old file or the new one, never a part of it."""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from pathlib import Path

from .catalogs import N_
from .errors import PrivdocsError

CANNOT_WRITE = N_("{file} cannot be written: {reason}.")


def _mode_for(path: Path) -> int:
    """The permissions the file has now, or the usual ones for a new file under the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, then rename it over `path`."""
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                                 dir=path.parent)
    except OSError as error:
        raise PrivdocsError(CANNOT_WRITE, file=path.as_posix(),
                            reason=error.strerror or str(error)) from error
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except OSError as error:
        with suppress(OSError):
            os.unlink(temporary)
        raise PrivdocsError(CANNOT_WRITE, file=path.as_posix(),
                            reason=error.strerror or str(error)) from error
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise
