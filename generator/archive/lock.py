"""One writer at a time: an OS lock on the archive folder, held for a whole publish.

The lock is `flock` on the `statements/` folder itself, so there is no lock file to leave
behind, to commit or to report as a stray file, and the operating system releases it when the
process ends, however it ends. A second writer waits up to PRIVDOCS_LOCK_TIMEOUT seconds
(default 30), then refuses.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..catalogs import N_
from ..errors import PrivdocsError, UsageError

DEFAULT_TIMEOUT = 30.0
POLL_SECONDS = 0.05

LOCKED = N_("Another privdocs process is writing to {folder} (a publish still running); it "
            "did not finish within {seconds} s. Try again when it has; nothing was written.")
CANNOT_LOCK = N_("{folder} cannot be opened for writing ({reason}); nothing was written.")
BAD_TIMEOUT = N_("PRIVDOCS_LOCK_TIMEOUT must be a number of seconds, not `{value}`.")


def lock_timeout() -> float:
    value = os.environ.get("PRIVDOCS_LOCK_TIMEOUT")
    if not value:
        return DEFAULT_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        raise UsageError(BAD_TIMEOUT, value=value) from None
    if not 0 <= seconds < 86400:
        raise UsageError(BAD_TIMEOUT, value=value)
    return seconds


@contextmanager
def archive_lock(root: Path) -> Iterator[None]:
    """Hold the archive's write lock; create `root` when it does not exist yet."""
    timeout = lock_timeout()
    created = not root.exists()
    try:
        root.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as error:
        raise PrivdocsError(CANNOT_LOCK, folder=root.as_posix(),
                            reason=error.strerror or str(error)) from None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise PrivdocsError(LOCKED, folder=root.as_posix(),
                                        seconds=f"{timeout:g}") from None
                time.sleep(POLL_SECONDS)
        yield
    finally:
        os.close(descriptor)  # closing the descriptor releases the lock
        if created:  # a first publish that failed leaves no empty archive behind
            try:
                root.rmdir()
            except OSError:
                pass  # not empty: something was published
