"""The European Commission's adequacy decisions (GDPR Art. 45), as dated data.

Most decisions cover a whole country. Some cover only part of it, and a statement must not say
that "this country" protects data adequately when the decision does not: the EU-US decision
covers only organisations certified under the EU-US Data Privacy Framework, the Canadian one
only commercial organisations subject to PIPEDA, the Japanese one only business operators
subject to the APPI, the Korean one not every processor under the PIPA.

Each entry names the decision by its number and date, so that a reader of the code can look it
up, and so that the table can be reviewed when the Commission adopts, amends or withdraws one.
Last reviewed against the Commission's list on `REVIEWED`.
"""

from __future__ import annotations

from dataclasses import dataclass

REVIEWED = "2026-12-01"

# How much of a country a decision covers.
WHOLE = "whole"          # the country (or territory) as a whole
CERTIFIED = "certified"  # only organisations certified under a framework: `framework` required
SECTOR = "sector"        # only organisations under a named law (the `scope`)


@dataclass(frozen=True)
class Adequacy:
    country: str
    decision: str   # the decision's number, as the Official Journal gives it
    adopted: str    # the date of the decision (ISO 8601)
    coverage: str = WHOLE
    scope: str = ""  # CERTIFIED: the framework; SECTOR: who is covered (English, for people)


DECISIONS = {entry.country: entry for entry in (
    Adequacy("AD", "2010/625/EU", "2010-10-19"),
    Adequacy("AR", "2003/490/EC", "2003-06-30"),
    Adequacy("CA", "2002/2/EC", "2001-12-20", SECTOR,
             "organisations subject to the Personal Information Protection and Electronic "
             "Documents Act (PIPEDA)"),
    Adequacy("CH", "2000/518/EC", "2000-07-26"),
    Adequacy("FO", "2010/146/EU", "2010-03-05"),
    # Adopted with a sunset clause (June 2025), since extended and renewed: check the current
    # decision's number at each review.
    Adequacy("GB", "(EU) 2021/1772", "2021-06-28"),
    Adequacy("GG", "2003/821/EC", "2003-11-21"),
    Adequacy("IL", "2011/61/EU", "2011-01-31"),
    Adequacy("IM", "2004/411/EC", "2004-04-28"),
    Adequacy("JE", "2008/393/EC", "2008-05-08"),
    Adequacy("JP", "(EU) 2019/419", "2019-01-23", SECTOR,
             "business operators subject to the Act on the Protection of Personal Information "
             "(APPI)"),
    Adequacy("KR", "(EU) 2022/254", "2021-12-17", SECTOR,
             "personal information processors subject to the Personal Information Protection "
             "Act (PIPA)"),
    Adequacy("NZ", "2013/65/EU", "2012-12-19"),
    Adequacy("US", "(EU) 2023/1795", "2023-07-10", CERTIFIED,
             "EU-US Data Privacy Framework"),
    Adequacy("UY", "2012/484/EU", "2012-08-21"),
)}


def adequacy(country: str) -> Adequacy | None:
    """The decision that covers (part of) `country`, or None."""
    return DECISIONS.get(country)


def needs_certification(country: str) -> bool:
    """The decision covers only organisations certified under a framework."""
    entry = DECISIONS.get(country)
    return entry is not None and entry.coverage == CERTIFIED
