"""A translation must be confirmed before it is published.

A translation nobody has checked against its source may say something else than the
authoritative text, and the reader of the translation cannot tell. `privdocs i18n confirm`
records in the translation lock (`<id>.translations.json`, next to the profile) that a
translator has compared each translation with its source. A translation whose current wording
was never confirmed, because it is new or because it was edited afterwards, is unconfirmed;
`publish` refuses it, as it refuses stale text. (When the source changed after its translation
was confirmed, `translation-stale` reports it instead.)

A profile with no confirmation on record at all gets one finding for the whole file, not one
per text.

Passing example::

    # after `privdocs i18n confirm org_profiles/alumni.yaml`
    name: {nl: De nieuwsbrief versturen, en: Sending the newsletter}

Failing example::

    # the English was added, and nobody confirmed it
    name: {nl: De nieuwsbrief versturen, en: Sending the newsletter}
"""

from ...catalogs import N_
from ...i18n.translation_lock import text_hash
from ...profile.located import INVALID
from ..findings import Location, Severity, finding

ID = "translation-unconfirmed"
SEVERITY = Severity.WARNING
ARTICLE = None

NONE_CONFIRMED = N_("No translation of this profile has been confirmed yet: have them checked "
                    "and run `privdocs i18n confirm {file}`.")
MESSAGE = N_("The `{lang}` translation of this text has not been confirmed: check it against "
             "the `{source}` text and run `privdocs i18n confirm`.")


def unconfirmed_languages(text, recorded: dict[str, str] | None, source: str,
                          translations: list[str]) -> list[str]:
    """The translations of `text` whose current wording was never confirmed against its
    current source (a changed source makes them stale instead, not unconfirmed)."""
    recorded = recorded or {}
    current = text.get(source)
    if current is None:
        return []
    source_hash = recorded.get(source)
    stale = source_hash is not None and source_hash != text_hash(current)
    languages = []
    for lang in translations:
        value = text.get(lang)
        if value is None or (stale and lang in recorded):
            continue
        if source_hash != text_hash(current) or recorded.get(lang) != text_hash(value):
            languages.append(lang)
    return languages


def check(profile):
    languages = profile.languages
    if (not isinstance(languages, list) or len(languages) < 2
            or not all(isinstance(lang, str) for lang in languages)
            or profile.confirmations is INVALID):  # an unreadable lock is reported already
        return
    source, *translations = profile.languages
    texts = [text for text in profile.texts
             if unconfirmed_languages(text, profile.confirmations.get(text.where.path), source,
                                      translations)]
    if not texts:
        return
    if not profile.confirmations:
        file = profile.id if isinstance(profile.id, str) else "<profile>"
        yield finding(ID, Location("", 1, 1), NONE_CONFIRMED, file=file)
        return
    for text in texts:
        for lang in unconfirmed_languages(text, profile.confirmations.get(text.where.path),
                                          source, translations):
            yield finding(ID, text.at(lang), MESSAGE, lang=lang, source=source)
