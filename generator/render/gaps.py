"""Gaps: what a document cannot say because the profile lacks it.

A profile with check errors is only rendered as a draft. There each missing or unreadable
value (None, `INVALID`, a text without the document's language) shows as a marker in the
document's language, at the place the value belongs: **[missing: retention period]**. Outside
draft mode a gap is an error: the renderer never writes a legal document with a hole in it.
"""

from __future__ import annotations

from ..catalogs import N_
from ..errors import PrivdocsError

INCOMPLETE = N_("The profile lacks {what}, so the document cannot be written: fix the errors "
                "`privdocs check` reports, or render a draft with --draft.")


def statement_msgid(msgid: str) -> str:
    """Mark a message id of the document catalog (domain `statement`) for extraction; it is
    translated where the document is rendered."""
    return msgid


MARKER = statement_msgid("[missing: %(what)s]")


class Gap(str):
    """The marker text of one gap; a `str`, so it can stand wherever a value would."""

    __slots__ = ()


class IncompleteProfile(PrivdocsError):
    """The profile lacks a value the document needs, and no draft was asked for."""

    exit_code = 1


class Gaps:
    """Turns a missing value into a marker (draft) or an error."""

    def __init__(self, gettext, draft: bool) -> None:
        self._gettext = gettext
        self.draft = draft

    def mark(self, label_msgid: str) -> Gap:
        label = self._gettext(label_msgid)
        if not self.draft:
            raise IncompleteProfile(INCOMPLETE, what=label)
        return Gap("**" + self._gettext(MARKER) % {"what": label} + "**")
