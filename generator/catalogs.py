"""The message catalogs: every user-facing string of privdocs passes through here.

Message ids are English; `locales/<lang>/LC_MESSAGES/<domain>.po` holds the translations, one
domain for the tool's own messages (`privdocs`) and one for the documents it writes
(`statement`). The PO file is read once per process and per language, so no compiled `.mo`
file has to be kept in step with it.
"""

from __future__ import annotations

import gettext
from functools import lru_cache
from pathlib import Path

from .po_reading import read_translations

LOCALES_DIR = Path(__file__).parent / "locales"
DOMAIN = "privdocs"
DOCUMENT_DOMAIN = "statement"
LANGUAGES = ("nl", "en")
SOURCE_LANGUAGE = "en"


def N_(msgid: str) -> str:
    """Mark a string for extraction; it is translated later, where it is shown."""
    return msgid


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a singular and plural pair for extraction (keyword `Nn_:1,2`)."""
    return singular, plural


class Translator:
    """gettext and ngettext over one language's catalog, plus formatting of the arguments."""

    def __init__(self, lang: str, translations: gettext.NullTranslations) -> None:
        self.lang = lang
        self._translations = translations

    def gettext(self, msgid: str) -> str:
        return self._translations.gettext(msgid)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._translations.ngettext(singular, plural, n)

    def pgettext(self, context: str, msgid: str) -> str:
        return self._translations.pgettext(context, msgid)

    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:
        return self._translations.npgettext(context, singular, plural, n)

    def format(self, msgid: str, **args: object) -> str:
        return self.gettext(msgid).format(**args)


@lru_cache(maxsize=None)
def translator(lang: str, domain: str = DOMAIN) -> Translator:
    """The translator for `lang`; English and unknown languages use the message ids as they are.

    The PO file is read for lookups only (`po_reading`), when a message is first translated
    into `lang`; fuzzy entries are left out, so an outdated translation falls back to English.
    """
    po_path = LOCALES_DIR / lang / "LC_MESSAGES" / f"{domain}.po"
    if lang == SOURCE_LANGUAGE or not po_path.exists():
        return Translator(lang, gettext.NullTranslations())
    return Translator(lang, read_translations(po_path.read_text(encoding="utf-8")))
