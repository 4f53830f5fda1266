"""Durations, dates, country names and lists in the reader's language, through Babel.

Every function takes an explicit Babel locale (`nl_NL`, `nl_BE`, `en_GB`); the operating
system's locale is never consulted. Results are cached: a document formats the same few
durations and lists many times.
"""

from __future__ import annotations

import datetime
from functools import lru_cache

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.lists import format_list as babel_format_list
from babel.units import format_unit

from .law.durations import parse_duration

# The language a document is written in, with the jurisdiction whose usage it follows.
LOCALES = {("nl", "NL"): "nl_NL", ("nl", "BE"): "nl_BE"}
DEFAULT_LOCALES = {"nl": "nl_NL", "en": "en_GB"}

# ISO 8601 duration fields in the order they are read out, with their CLDR unit.
_UNITS = (("years", "duration-year"), ("months", "duration-month"),
          ("weeks", "duration-week"), ("days", "duration-day"),
          ("hours", "duration-hour"), ("minutes", "duration-minute"),
          ("seconds", "duration-second"))


def locale_for(lang: str, jurisdiction: object) -> str:
    """The Babel locale for writing in `lang` under `jurisdiction`: Dutch follows Belgian
    usage in Belgium and Dutch usage elsewhere; English is British English."""
    return LOCALES.get((lang, jurisdiction), DEFAULT_LOCALES.get(lang, "en_GB"))


@lru_cache(maxsize=None)
def _locale(locale: str) -> Locale:
    return Locale.parse(locale)


def _unit_length(locale: Locale, unit: str, count: int) -> str:
    """`long`, unless CLDR only aliases it to `short` for this unit (Dutch days and hours),
    an alias Babel does not follow: it would print "30 duration-day"."""
    # Babel's own format_unit reads the same table; there is no public accessor for it.
    patterns = locale._data["unit_patterns"].get(unit, {})
    return "long" if locale.plural_form(count) in patterns.get("long", {}) else "short"


@lru_cache(maxsize=4096)
def format_duration(iso: str, locale: str) -> str:
    """An ISO 8601 duration read out: `P2Y` -> "2 jaar", `P14M` -> "14 months",
    `P7Y6M` -> "7 jaar en 6 maanden". Months are not turned into years: a profile that says
    14 months means 14 months. Raises ValueError for a text that is not a duration."""
    duration = parse_duration(iso)
    if duration is None:
        raise ValueError(f"not an ISO 8601 duration: {iso!r}")
    babel_locale = _locale(locale)
    parts = []
    for field, unit in _UNITS:
        count = getattr(duration, field)
        if count:
            parts.append(format_unit(count, unit, length=_unit_length(babel_locale, unit, count),
                                     locale=babel_locale))
    if not parts:  # P0D and the like: zero of the smallest unit written
        parts.append(format_unit(0, "duration-day", length=_unit_length(babel_locale,
                                                                        "duration-day", 0),
                                 locale=babel_locale))
    return format_list(tuple(parts), locale)


@lru_cache(maxsize=1024)
def format_date(value: datetime.date, locale: str) -> str:
    """A date written out: 5 November 2026, 5 november 2026."""
    return babel_format_date(value, format="long", locale=_locale(locale))


@lru_cache(maxsize=1024)
def country_name(code: str, locale: str) -> str:
    """The country's name in the locale's language: `US` -> "Verenigde Staten"."""
    return _locale(locale).territories.get(code, code)


@lru_cache(maxsize=8192)
def format_list(items: tuple[str, ...], locale: str) -> str:
    """Items joined as the language does: "a, b en c", "a, b and c"."""
    if not items:
        return ""
    return babel_format_list(list(items), style="standard", locale=_locale(locale))
