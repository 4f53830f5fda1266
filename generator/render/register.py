"""The two ways the documents can address the reader: informal ("je") and formal ("u").

English has one "you", so only the Dutch catalog holds a second register. It does so with a
message context, `formal`: every document message that addresses the reader (its English id
says "you" or "your") has, beside its plain entry, an entry with that context whose Dutch
says "u". The extractor adds those entries (`formal_copies`), so no template repeats a message
and the catalog test sees a missing formal translation as it sees any other. At render time a
formal document asks for the `formal` entry first and falls back to the plain one, which is
what English (no catalog) always does.
"""

from __future__ import annotations

import re
from pathlib import PurePath

FORMAL = "formal"
INFORMAL = "informal"
ADDRESS_FORMS = (INFORMAL, FORMAL)

_ADDRESSES_READER = re.compile(r"\b(you|your|yours|yourself|yourselves)\b", re.IGNORECASE)
# The sources of the documents' wording (not the site's pages, which have one register): the
# document templates at the top of the templates folder (`<document>.md.j2`, `macros.md.j2`),
# and the renderer's own labels.
TEMPLATE_FOLDER = "site_templates"
DOCUMENT_TEMPLATE_SUFFIXES = [".md", ".j2"]
RENDERER = "generator/render/"


def addresses_reader(msgid: str | tuple) -> bool:
    singular = msgid[0] if isinstance(msgid, (tuple, list)) else msgid
    return bool(_ADDRESSES_READER.search(singular))


def from_documents(filename: str) -> bool:
    path = PurePath(filename)
    if path.as_posix().startswith(RENDERER):
        return True
    return path.parent.as_posix() == TEMPLATE_FOLDER and \
        path.suffixes[-2:] == DOCUMENT_TEMPLATE_SUFFIXES


def formal_copies(messages):
    """For extraction: each (filename, lineno, message, comments, context) as it is, and once
    more with the `formal` context when it is document wording that addresses the reader."""
    for filename, lineno, message, comments, context in messages:
        yield filename, lineno, message, comments, context
        if context is None and from_documents(filename) and addresses_reader(message):
            yield filename, lineno, message, comments, FORMAL


class Register:
    """gettext, ngettext and pgettext of one catalog in one address form."""

    def __init__(self, catalog, formal: bool) -> None:
        self.lang = catalog.lang
        self._catalog = catalog
        self.formal = formal

    def gettext(self, msgid: str) -> str:
        if self.formal and addresses_reader(msgid):
            translated = self._catalog.pgettext(FORMAL, msgid)
            if translated != msgid:
                return translated
        return self._catalog.gettext(msgid)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        if self.formal and addresses_reader(singular):
            translated = self._catalog.npgettext(FORMAL, singular, plural, n)
            if translated not in (singular, plural):
                return translated
        return self._catalog.ngettext(singular, plural, n)

    def pgettext(self, context: str, msgid: str) -> str:
        return self._catalog.pgettext(context, msgid)

    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:
        return self._catalog.npgettext(context, singular, plural, n)
