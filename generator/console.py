"""How much a command says: `-q/--quiet` keeps only its results and problems, `-v/--verbose`
adds the details of what it does (on standard error, so that output piped into a file or a tool
stays the same).

Results (findings, a rendered document, JSON) and errors are always written; what this module
governs is the rest: closing summaries and confirmations (`say`), and details (`detail`).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # logging is imported only for --verbose: most runs never need it
    import logging

QUIET, NORMAL, VERBOSE = 0, 1, 2
_level = NORMAL
_log_handler: logging.Handler | None = None
_root_level_before = 30  # logging.WARNING, the root logger's default


def set_level(level: int) -> None:
    """Set once per command run, from -q/-v. Verbose also shows what the libraries privdocs
    drives log (MkDocs' progress, for instance) on standard error; leaving verbose undoes it."""
    global _level, _log_handler, _root_level_before
    _level = level
    if (level >= VERBOSE) == (_log_handler is not None):
        return
    import logging

    root = logging.getLogger()
    if level >= VERBOSE and _log_handler is None:
        _log_handler = logging.StreamHandler(sys.stderr)
        _log_handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
        _root_level_before = root.level
        root.addHandler(_log_handler)
        root.setLevel(logging.INFO)
    elif level < VERBOSE and _log_handler is not None:
        root.removeHandler(_log_handler)
        root.setLevel(_root_level_before)
        _log_handler = None


def level() -> int:
    return _level


def say(text: str) -> None:
    """A summary or confirmation line (or lines), on standard output unless quiet."""
    if _level > QUIET and text:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def detail(text: str) -> None:
    """A detail of what the command did, on standard error when verbose."""
    if _level >= VERBOSE and text:
        sys.stderr.write(text if text.endswith("\n") else text + "\n")
