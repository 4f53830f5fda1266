"""A profile's texts as a PO file for translators (Poedit, Weblate, Lokalize, ...).

One entry per text, in document order: `msgctxt` is the text's profile path, `msgid` its
authoritative wording, `msgstr` the current translation (empty when missing). A translation
whose source changed since it was confirmed is `fuzzy`, with the source it was confirmed against
as `#| msgid` where the lock recorded it, so translation tools show what changed. The location
comment points at the text's line in the profile.
"""

from __future__ import annotations

from datetime import datetime, timezone

from babel.messages.catalog import Message

from .. import __version__
from ..catalogs import N_, translator
from ..errors import PrivdocsError
from .catalog_files import po_bytes
from .profile_catalog import PROFILE_HEADER, SOURCE_LANGUAGE_HEADER, ProfileCatalog
from .profile_files import LoadedProfile
from .text_status import text_status

NOT_A_TRANSLATION = N_("`{lang}` is the authoritative language of {file}: export one of its "
                       "translations ({languages}).")
UNKNOWN_LANGUAGE = N_("{file} is not written in `{lang}`: its languages are {languages}.")
NO_TRANSLATIONS = N_("{file} has only one language, so there is nothing to translate.")
HEADER_COMMENT = N_("Texts of the privacy profile {file}, from `{source}` into `{target}`.\n"
                    "Each msgctxt is the place of the text in the profile.\n"
                    "Import the translated file with: privdocs i18n import FILE")


def check_translation_language(loaded: LoadedProfile, lang: str) -> None:
    """`lang` must be one of the profile's translation languages."""
    languages = ", ".join(f"`{code}`" for code in loaded.translation_languages)
    if lang == loaded.source_language:
        if not loaded.translation_languages:
            raise PrivdocsError(NO_TRANSLATIONS, file=loaded.display)
        raise PrivdocsError(NOT_A_TRANSLATION, lang=lang, file=loaded.display,
                            languages=languages)
    if lang not in loaded.translation_languages:
        raise PrivdocsError(UNKNOWN_LANGUAGE, file=loaded.display, lang=lang,
                            languages=", ".join(f"`{code}`" for code in loaded.languages))


def _contact(loaded: LoadedProfile) -> str:
    """Where questions about the source texts go: the controller's e-mail address."""
    email = getattr(loaded.profile.controller, "email", None)
    return email if isinstance(email, str) else ""


def _header_comment(loaded: LoadedProfile, lang: str) -> str:
    """The file's opening comment, in the language the translator writes."""
    comment = translator(lang).format(HEADER_COMMENT, file=loaded.display,
                                      source=loaded.source_language, target=lang)
    return "\n".join("# " + line for line in comment.splitlines())


def export_catalog(loaded: LoadedProfile, lang: str) -> ProfileCatalog:
    check_translation_language(loaded, lang)
    source_language = loaded.source_language
    now = datetime.now(timezone.utc)
    catalog = ProfileCatalog(
        locale=lang, project="privdocs", version=__version__, charset="utf-8", fuzzy=False,
        msgid_bugs_address=_contact(loaded),
        creation_date=now, revision_date=now, language_team=lang,
        # Not Babel's "FULL NAME <EMAIL@ADDRESS>" placeholder, which `msgfmt --check-header`
        # refuses: the translation tool writes the translator's name here on saving.
        last_translator=f"privdocs {__version__} i18n export",
        header_comment=_header_comment(loaded, lang),
        extra_headers={SOURCE_LANGUAGE_HEADER: source_language, PROFILE_HEADER: loaded.id})
    for text in loaded.profile.texts:
        status = text_status(text, loaded.lock, loaded.languages)
        if status.source is None:
            continue  # nothing to translate from; `i18n status` lists it as missing
        entry = Message(status.source, text.get(lang) or "", context=status.path,
                        locations=[(loaded.display, status.line)])
        # Profile texts are prose, not format strings, whatever braces or % signs they hold.
        entry.flags.discard("python-format")
        entry.flags.discard("python-brace-format")
        if lang in status.stale:
            entry.flags.add("fuzzy")
            if status.old_source is not None:
                entry.previous_id = [status.old_source]
        catalog[status.source] = entry
    return catalog


def export_po(loaded: LoadedProfile, lang: str) -> bytes:
    """The PO file of the profile's texts for translation into `lang`."""
    return po_bytes(export_catalog(loaded, lang), no_location=False)
