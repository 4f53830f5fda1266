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


def vague_words(lang: str, string: str) -> list[str]:
    """The vague words in `string`, each once, in order of appearance."""
    pattern = VAGUE.get(lang)
    if pattern is None:
        return []
    return list(dict.fromkeys(match.group().lower() for match in pattern.finditer(string)))


def check(profile):
    for text in profile.texts:
        for lang, string in text.values.items():
            words = vague_words(lang, string)
            if words:
                yield finding(ID, text.at(lang), MESSAGE,
                              words=", ".join(f"“{word}”" for word in words))
