"""People must learn where they can complain: the supervisory authority.

GDPR Art. 13(2)(d) and 77 give everyone the right to complain to a supervisory authority.
privdocs knows the authorities of the Netherlands (Autoriteit Persoonsgegevens) and Belgium
(Gegevensbeschermingsautoriteit); for any other jurisdiction, give the authority.

Passing example::

    jurisdiction: LU
    supervisory_authority:
      name:
        nl: Commission nationale pour la protection des données
        en: National Commission for Data Protection
      website: https://cnpd.public.lu

Failing example::

    jurisdiction: LU      # no default authority is known for Luxembourg
"""

from ...catalogs import N_
from ...law.authorities import DEFAULT_AUTHORITIES
from ..findings import CountryName, Severity, finding

ID = "complaint-authority"
SEVERITY = Severity.ERROR
ARTICLE = "13(2)(d), 77"

KNOWN_JURISDICTIONS = tuple(DEFAULT_AUTHORITIES)

MESSAGE = N_("privdocs knows no supervisory authority for {jurisdiction}: add "
             "`supervisory_authority` with its name and website.")


def check(profile):
    jurisdiction = profile.jurisdiction
    if (profile.supervisory_authority is None and isinstance(jurisdiction, str)
            and jurisdiction not in KNOWN_JURISDICTIONS):
        yield finding(ID, profile.at("supervisory_authority"), MESSAGE,
                      jurisdiction=CountryName(jurisdiction))
