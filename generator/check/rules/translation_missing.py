"""Every text must exist in every language of the profile.

A statement must say the same in every language in which the organisation addresses people. A
text missing in one language would leave a gap in that language's statement, or worse, show the
other language without warning.

Passing example::

    languages: [nl, en]
    name: {nl: Oud-studenten, en: Alumni}

Failing example::

    languages: [nl, en]
    name: Oud-studenten     # a plain string is Dutch only
"""

from ...catalogs import N_
from ..findings import Severity, finding

ID = "translation-missing"
SEVERITY = Severity.ERROR
ARTICLE = None

MESSAGE = N_("This text has no `{lang}` version: add it (the profile's languages are "
             "{languages}).")


def check(profile):
    languages = profile.languages
    if not isinstance(languages, list) or not all(isinstance(lang, str) for lang in languages):
        return
    for text in profile.texts:
        for lang in languages:
            if lang not in text.values and lang not in text.unreadable:
                yield finding(ID, text.at(lang), MESSAGE, lang=lang,
                              languages=", ".join(languages))
