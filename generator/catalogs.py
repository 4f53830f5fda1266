"""The message catalogs: every user-facing string of privdocs passes through here.

Message ids are English; `locales/<lang>/LC_MESSAGES/privdocs.po` holds the translations. The
PO file is read with Babel once per process and per language, so no compiled `.mo` file has to
be kept in step with it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from babel.messages.pofile import read_po

LOCALES_DIR = Path(__file__).parent / "locales"
DOMAIN = "privdocs"
LANGUAGES = ("nl", "en")
SOURCE_LANGUAGE = "en"


def N_(msgid: str) -> str:
    """Mark a string for extraction; it is translated later, where it is shown."""
    return msgid


class Translator:
    """gettext and ngettext over one language's catalog (the identity for English)."""

    def __init__(self, lang: str, messages: dict[str, str | tuple[str, ...]], plural) -> None:
        self.lang = lang
        self._messages = messages
        self._plural = plural

    def gettext(self, msgid: str) -> str:
        found = self._messages.get(msgid)
        return found if isinstance(found, str) and found else msgid

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        found = self._messages.get(singular)
        if isinstance(found, tuple) and all(found):
            return found[self._plural(n)]
        return singular if n == 1 else plural

    def format(self, msgid: str, **args: object) -> str:
        return self.gettext(msgid).format(**args)


@lru_cache(maxsize=None)
def translator(lang: str) -> Translator:
    """The translator for `lang`; unknown languages fall back to the English message ids."""
    po_path = LOCALES_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if lang == SOURCE_LANGUAGE or not po_path.exists():
        return Translator(lang, {}, lambda n: 0 if n == 1 else 1)
    with po_path.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    messages: dict[str, str | tuple[str, ...]] = {}
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, tuple):
            messages[message.id[0]] = tuple(message.string)
        else:
            messages[message.id] = message.string
    return Translator(lang, messages, catalog.plural_func)
