"""Avoid vague qualifiers in statement texts.

The transparency guidelines (WP260, paragraph 13) name qualifiers such as "may", "might",
"some", "often" and "possible" as examples of poor practice: they leave people guessing what
actually happens to their data. Say what you do.

The rule knows, as whole words: in English "may", "might", "possibly", "some", "often",
"certain", "various" and "etc."; in Dutch "mogelijk", "eventueel", "bepaalde", "sommige",
"soms", "vaak", "in principe", "zo nodig", "o.a.", "onder andere", "onder meer", "enz." and
"etc." (with their inflected forms, such as "mogelijke" and "eventuele").

Passing example::

    description:
      nl: We sturen je nieuwsbrief elke maand.
      en: We send you our newsletter every month.

Failing example::

    description:
      nl: We kunnen je eventueel berichten sturen, o.a. over evenementen.
      en: We may send you some messages, e.g. about events etc.
"""

import re

from ...catalogs import N_
from ..findings import Severity, finding

ID = "vague-wording"
SEVERITY = Severity.WARNING
ARTICLE = None

MESSAGE = N_("This text uses vague wording ({words}): say exactly what you do.")

VAGUE = {
    # "May" with a capital inside a sentence is the month, not the hedge.
    "en": re.compile(r"(?:^|(?<=[.!?]\s))May\b|\bmay\b"
                     r"|\b(?i:might|possibly|some|often|certain|various)\b|\b(?i:etc)\b\.?"),
    "nl": re.compile(r"\b(?:mogelijke?|eventue(?:el|le)|bepaalde|sommige|soms|vaak|in\s+principe"
                     r"|zo\s+nodig|onder\s+andere|onder\s+meer)\b|\bo\.a\.|\benz\b\.?"
                     r"|\betc\b\.?", re.IGNORECASE),
}


# Each pattern can match only where the lowercased text holds one of these stems, or where the
# text holds one of the four characters that match an ASCII letter when case is ignored but do
# not lowercase to one. Most texts hold neither and are cleared by a few substring searches:
# the patterns, tried at every position of every text, were most of what a check spent on rules.
STEMS = {
    "en": ("may", "might", "possibly", "some", "often", "certain", "various", "etc"),
    "nl": ("mogelijk", "eventue", "bepaalde", "sommige", "soms", "vaak", "principe", "nodig",
           "onder", "o.a.", "enz", "etc"),
}
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"  # İ ı ſ K


def may_be_vague(lang: str, string: str) -> bool:
    """False when `VAGUE[lang]` certainly finds nothing in `string`."""
    lowered = string.lower()
    for needle in STEMS[lang]:
        if needle in lowered:
            return True
    for char in FOLDS_TO_ASCII:  # a substring search, not a pattern: instant in Latin-1 text
        if char in string:
            return True
    return False


def vague_words(lang: str, string: str) -> list[str]:
    """The vague words in `string`, each once, in order of appearance."""
    pattern = VAGUE.get(lang)
    if pattern is None or not may_be_vague(lang, string):
        return []
    return list(dict.fromkeys(match.group().lower() for match in pattern.finditer(string)))


def check(profile):
    # One look at all the texts of a language first: in most profiles it clears every one.
    suspect = {lang for lang in STEMS
               if may_be_vague(lang, "\n".join(text.values.get(lang, "")
                                               for text in profile.texts))}
    for text in profile.texts:
        for lang, string in text.values.items():
            words = vague_words(lang, string) if lang in suspect else ()
            if words:
                yield finding(ID, text.at(lang), MESSAGE,
                              words=", ".join(f"“{word}”" for word in words))
