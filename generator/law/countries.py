"""Countries: which are valid ISO 3166-1 alpha-2 codes, which are in the EEA, which have an
adequacy decision of the European Commission."""

from __future__ import annotations

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


# Every ISO 3166-1 alpha-2 code that CLDR names, as Babel 2.19 lists them (`Locale("en")
# .territories` without CLDR's non-ISO codes: AC CP CQ DG EA EU EZ IC QO TA UN XA XB ZZ; Kosovo,
# XK, is kept: it is the code in common use). Written out because reading CLDR's locale data
# costs a check more than the rest of its start; tests/test_countries_codes.py compares this
# list with Babel's, so a CLDR update that adds or drops a code is noticed.
ISO_CODES = frozenset((
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR "
    "BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ "
    "EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW "
    "GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY "
    "KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV "
    "MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY "
    "QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG "
    "TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA "
    "ZM ZW"
).split())


def iso_codes() -> frozenset[str]:
    return ISO_CODES


def is_country(code: str) -> bool:
    return code in iso_codes()


def in_eea(code: str) -> bool:
    return code in EEA


def has_adequacy(code: str) -> bool:
    return code in ADEQUACY
