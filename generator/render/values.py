"""Reading single profile values in one language, ready for Markdown, or as a gap.

`Reader` is what the views use for every value: a text in the document's language, a plain
string, one of an enum's values, a duration or a country. Whatever is absent, unreadable
(`INVALID`) or untranslated becomes a gap (see `gaps`).
"""

from __future__ import annotations

import re

from ..formatting import country_name, format_duration, format_list
from ..law.countries import in_eea
from ..profile.model import Address, ControllerAddress, Text
from ..profile.values import is_web_address
from .gaps import Gaps, statement_msgid
from .markup import inline, link, plain
from .shapes import LINK, Prose, prose

TEXT = statement_msgid("text in this language")
ADDRESS = statement_msgid("postal address")

# Running text writes small numbers in words ("within one month", "five years"), larger
# ones in digits ("30 days", "72 hours"), the way Dutch and English house styles do.
NUMBER_WORDS = {
    "nl": ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
           "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
           "achttien", "negentien", "twintig"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
           "eighteen", "nineteen", "twenty"),
}
_COUNT = re.compile(r"\b(\d+)(?= )")


class Reader:
    """Reads values of one profile for one language and locale."""

    def __init__(self, lang: str, locale: str, gettext, gaps: Gaps) -> None:
        self.lang = lang
        self.locale = locale
        self.gettext = gettext
        self.gaps = gaps

    def text(self, value: object, label: str = TEXT) -> str:
        """A text in the document's language, as inline Markdown."""
        if isinstance(value, Text):
            string = value.get(self.lang)
            if string:
                return inline(string)
        return self.gaps.mark(label)

    def prose(self, value: object, label: str = TEXT) -> str:
        """A text in the document's language with its shape (`shapes.Prose`), so that a
        template can build a sentence around it; a gap when it is missing."""
        if isinstance(value, Text):
            string = value.get(self.lang)
            if string:
                return prose(string, lambda items: format_list(items, self.locale))
        return self.gaps.mark(label)

    def optional_prose(self, value: object, label: str = TEXT) -> Prose | str | None:
        return None if value is None else self.prose(value, label)

    def optional_text(self, value: object, label: str = TEXT) -> str | None:
        """Like `text`, but an absent value is simply absent."""
        return None if value is None else self.text(value, label)

    def text_or_link(self, value: object, label: str = TEXT) -> str | None:
        """A URL-or-text value: a web address as a link, anything else as a text."""
        if isinstance(value, Text):
            string = value.get(self.lang)
            if string and is_web_address(string):
                return Prose(link(string), LINK)
        return self.optional_prose(value, label)

    def string(self, value: object, label: str) -> str:
        """A plain string (a name, a street), with its Markdown characters escaped."""
        if isinstance(value, str) and value.strip():
            return plain(value)
        return self.gaps.mark(label)

    def name(self, value: object, label: str) -> str:
        """A name in the document's language (the same in every language when it was given
        once), with its Markdown characters escaped."""
        if isinstance(value, Text):
            string = value.get(self.lang)
            if string:
                return plain(string)
        return self.gaps.mark(label)

    def optional_string(self, value: object) -> str | None:
        return plain(value) if isinstance(value, str) and value.strip() else None

    def choice(self, value: object, allowed: tuple[str, ...], label: str) -> str:
        """One of an enum's values, for the template to word; otherwise a gap."""
        if isinstance(value, str) and value in allowed:
            return value
        return self.gaps.mark(label)

    def address(self, value: object) -> str:
        """A postal address on one line: street, postal code and city, country."""
        if not isinstance(value, (Address, ControllerAddress)):
            return self.gaps.mark(ADDRESS)
        street = self.string(value.street, ADDRESS)
        postal_code = self.optional_string(value.postal_code)
        city = self.string(value.city, ADDRESS)
        place = f"{postal_code} {city}" if postal_code else city
        if isinstance(value.country, str):
            return f"{street}, {place}, {self.country(value.country)}"
        return f"{street}, {place}"

    def duration(self, iso: object, label: str) -> str:
        if isinstance(iso, str):
            try:
                return self.in_words(format_duration(iso, self.locale))
            except ValueError:
                pass
        return self.gaps.mark(label)

    def in_words(self, text: str) -> str:
        """Numbers up to twenty in `text` written as words."""
        words = NUMBER_WORDS.get(self.lang)
        if words is None:
            return text
        return _COUNT.sub(lambda match: words[int(match.group(1))]
                          if int(match.group(1)) < len(words) else match.group(1), text)

    def country(self, code: str) -> str:
        return country_name(code, self.locale)

    @staticmethod
    def outside_eea(code: object) -> bool:
        return isinstance(code, str) and not in_eea(code)
