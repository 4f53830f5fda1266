"""What the law of a jurisdiction fixes for the documents: its supervisory authority and the
age from which children consent themselves to online services (GDPR Art. 8).

privdocs knows these facts for the Netherlands and Belgium (`docs/profile-format.md`); for
other jurisdictions the profile names the authority, and the statement names the country's
own age of consent without a number.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..profile.model import Address, Profile, SupervisoryAuthority, Text


@dataclass(frozen=True)
class DefaultAuthority:
    """A supervisory authority as privdocs knows it, before it becomes a model value."""

    names: tuple[tuple[str, str], ...]  # (language, name)
    website: str
    street: str
    postal_code: str
    city: str
    country: str
    email: str | None = None

    def as_model(self) -> SupervisoryAuthority:
        address = Address(street=self.street, postal_code=self.postal_code, city=self.city,
                          country=self.country)
        return SupervisoryAuthority(name=Text(dict(self.names), None, False),
                                    website=self.website, address=address, email=self.email)


DEFAULT_AUTHORITIES = {
    "NL": DefaultAuthority(
        names=(("nl", "Autoriteit Persoonsgegevens"),
               ("en", "Dutch Data Protection Authority (Autoriteit Persoonsgegevens)")),
        website="https://www.autoriteitpersoonsgegevens.nl",
        street="Postbus 93374", postal_code="2509 AJ", city="Den Haag", country="NL"),
    "BE": DefaultAuthority(
        names=(("nl", "Gegevensbeschermingsautoriteit"),
               ("en", "Belgian Data Protection Authority (Gegevensbeschermingsautoriteit)")),
        website="https://www.gegevensbeschermingsautoriteit.be",
        street="Drukpersstraat 35", postal_code="1000", city="Brussel", country="BE",
        email="contact@apd-gba.be"),
}

# GDPR Art. 8(1): the age from which a child's own consent to an online service counts, as
# each member state has set it. Only the two jurisdictions privdocs supports by default.
CONSENT_AGES = {"NL": 16, "BE": 13}


def supervisory_authority(profile: Profile) -> SupervisoryAuthority | None:
    """The authority people complain to: the profile's own, else the jurisdiction's default,
    else None (the checker reports that as `complaint-authority`)."""
    if isinstance(profile.supervisory_authority, SupervisoryAuthority):
        return profile.supervisory_authority
    default = DEFAULT_AUTHORITIES.get(profile.jurisdiction)
    return default.as_model() if default else None


def consent_age(jurisdiction: object) -> int | None:
    """The age of digital consent in `jurisdiction`, when privdocs knows it."""
    return CONSENT_AGES.get(jurisdiction)
