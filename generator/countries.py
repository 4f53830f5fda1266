"""Countries: which are valid ISO 3166-1 alpha-2 codes, which are in the EEA, which have an
adequacy decision of the European Commission."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale

from .adequacy import DECISIONS

# The 27 EU member states plus Iceland, Liechtenstein and Norway, and the parts of member states
# that ISO 3166-1 codes separately but where EU law applies: France's outermost regions
# (Guadeloupe, French Guiana, Martinique, Mayotte, Réunion, Saint-Martin; Art. 349 and 355(1)
# TFEU) and Åland (Finland, Art. 355(4) TFEU).
EEA = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"
    " IS LI NO GP GF MQ YT RE MF AX".split()
)

# Countries and territories with an adequacy decision under GDPR Art. 45, whole or partial; the
# decisions themselves, with their numbers and what they cover, are in `adequacy.py`.
ADEQUACY = frozenset(DECISIONS)

# Greece is "GR" in ISO 3166-1 but "EL" in EU usage; the United Kingdom is "GB", not "UK".
ISO_ALIASES = {"EL": "GR", "UK": "GB"}


# CLDR names these too, but they are not ISO 3166-1 countries (Kosovo, XK, is kept: it is the
# code in common use).
_NOT_ISO = frozenset("AC CP CQ DG EA EU EZ IC QO TA UN XA XB ZZ".split())


@lru_cache(maxsize=1)
def iso_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code that CLDR (through Babel) knows a name for."""
    territories = Locale("en").territories
    return frozenset(code for code in territories
                     if len(code) == 2 and code.isalpha() and code not in _NOT_ISO)


def is_country(code: str) -> bool:
    return code in iso_codes()


def in_eea(code: str) -> bool:
    return code in EEA


def has_adequacy(code: str) -> bool:
    return code in ADEQUACY
