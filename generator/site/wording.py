"""The site's wording: the sentences of its templates, in the `statement` catalog.

No page may show English where it should show Dutch. The catalog must be complete, and every
message the templates asked for while the pages were written must be in it: a sentence added
to a template but not yet extracted and translated stops the build.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog

from ..catalogs import DOCUMENT_DOMAIN, LOCALES_DIR, N_, SOURCE_LANGUAGE
from ..errors import PrivdocsError
from ..i18n.catalog_files import read_catalog
from ..i18n.catalog_status import count_messages
from ..templating import message_key
from .templates import USED

WORDING_INCOMPLETE = N_("The wording of the site is not completely translated into {lang} "
                        "({file}): the site would mix languages. Translate it first "
                        "(`privdocs i18n status`).")
WORDING_MISSING = N_("The site uses wording that {file} does not translate into {lang}: "
                     "{messages}. Run `privdocs i18n extract` and `privdocs i18n update`, "
                     "then translate it.")


def _catalog(lang: str) -> tuple[Path, Catalog | None]:
    path = LOCALES_DIR / lang / "LC_MESSAGES" / f"{DOCUMENT_DOMAIN}.po"
    catalog = (read_catalog(path, path.name, locale=lang, domain=DOCUMENT_DOMAIN)
               if path.is_file() else None)
    return path, catalog


def check_wording(languages: tuple[str, ...]) -> None:
    """The `statement` catalog, which holds the site's wording with the documents', must be
    complete in every language."""
    for lang in languages:
        if lang == SOURCE_LANGUAGE:
            continue
        path, catalog = _catalog(lang)
        counts = (count_messages(catalog, DOCUMENT_DOMAIN, lang, path.name)
                  if catalog is not None else None)
        if counts is None or not counts.complete:
            raise PrivdocsError(WORDING_INCOMPLETE, lang=lang, file=path.name)


def check_used_wording(languages: tuple[str, ...]) -> None:
    """Every message the pages asked for is in the catalog: a message added to a template
    but not yet extracted would otherwise show in English."""
    for lang in languages:
        if lang == SOURCE_LANGUAGE:
            continue
        path, catalog = _catalog(lang)
        translated = {message_key(message.id if isinstance(message.id, str) else message.id[0],
                                  message.context)
                      for message in catalog or () if message.id and message.string}
        missing = sorted(USED.get(lang, set()) - translated)
        if missing:
            raise PrivdocsError(WORDING_MISSING, lang=lang, file=path.name,
                                messages="; ".join(f'"{msgid}"' for msgid in missing[:5])
                                + ("; …" if len(missing) > 5 else ""))


def forget_used_wording() -> None:
    """Start a build with no message asked for yet (a preview builds many times)."""
    for used in USED.values():
        used.clear()
