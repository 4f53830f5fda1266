"""A translation must be confirmed again after its source text changed.

When the text in the authoritative language (the profile's first) changes, its translations
describe the old text until a translator has looked at them. The translation lock
(`<id>.translations.json`, next to the profile) records the source text each translation was
confirmed against; a text with no confirmation on record is not stale, only unconfirmed.

Passing example::

    # purposes[0].name changed nowhere since its translation was confirmed
    name: {nl: De nieuwsbrief versturen, en: Sending the newsletter}

Failing example::

    # the Dutch text changed after the English was confirmed
    name: {nl: De maandelijkse nieuwsbrief versturen, en: Sending the newsletter}
"""

from ...catalogs import N_
from ...i18n.translation_lock import text_hash
from ...profile.located import INVALID
from ..findings import Severity, finding

ID = "translation-stale"
SEVERITY = Severity.WARNING
ARTICLE = None

MESSAGE = N_("The `{source}` text changed after its `{lang}` translation was confirmed: check "
             "the translation and confirm it again.")


def check(profile):
    if (not profile.confirmations or profile.confirmations is INVALID
            or not isinstance(profile.languages, list)):
        return
    source, *translations = profile.languages
    for text in profile.texts:
        recorded = profile.confirmations.get(text.where.path)
        current = text.get(source)
        if not recorded or current is None or recorded.get(source) in (None, text_hash(current)):
            continue
        for lang in translations:
            if lang in recorded and lang in text.values:
                yield finding(ID, text.at(lang), MESSAGE, source=source, lang=lang)
