"""Every purpose must have a legal basis.

GDPR Art. 13(1)(c) requires the legal basis of each purpose; Art. 6(1) lists the six there are.
The basis decides which rights people have (portability, objection, erasure), so the statement
cannot explain their rights without it.

Passing example::

    purposes:
      - id: newsletter
        legal_basis: consent

Failing example::

    purposes:
      - id: newsletter      # no legal_basis
"""

from ...catalogs import N_
from ..findings import Severity, finding

ID = "legal-basis"
SEVERITY = Severity.ERROR
ARTICLE = "13(1)(c), 6(1)"

MESSAGE = N_("The purpose `{purpose}` has no legal basis: set `legal_basis` to consent, "
             "contract, legal_obligation, vital_interests, public_task or legitimate_interests.")


def check(profile):
    for purpose in profile.purpose_list:
        if purpose.legal_basis is None:
            yield finding(ID, purpose.at("legal_basis"), MESSAGE, purpose=purpose.label)
