"""Exceptions a user can cause, each carrying the exit code the command ends with.

A `PrivdocsError` is printed as one clean line by the CLI; any other exception is a bug and
keeps its traceback.
"""

from __future__ import annotations


class PrivdocsError(Exception):
    """A problem the user can fix. `msgid` and `args` are rendered late through the catalogs."""

    exit_code = 1

    def __init__(self, msgid: str, **args: object) -> None:
        super().__init__(msgid)
        self.msgid = msgid
        self.args_for_message = args


class UsageError(PrivdocsError):
    """Wrong arguments on the command line, or a path that does not exist."""

    exit_code = 2
