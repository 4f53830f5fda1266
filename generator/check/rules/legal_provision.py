"""A legal obligation or public task should name the law or task it rests on.

GDPR Art. 6(3) requires that these bases be laid down in law. Naming the law lets people check
it and makes the statement concrete instead of a bare "because the law says so".

Passing example::

    legal_basis: legal_obligation
    legal_provision:
      nl: de boekhoudplicht uit het Wetboek van vennootschappen
      en: the bookkeeping duty of the Belgian Companies Code

Failing example::

    legal_basis: legal_obligation     # which law?
"""

from ...catalogs import N_
from ..findings import Severity, finding

ID = "legal-provision"
SEVERITY = Severity.WARNING
ARTICLE = "6(3)"

MESSAGE = N_("The purpose `{purpose}` relies on a legal obligation or public task without "
             "naming it: add the law or task in `legal_provision`.")


def check(profile):
    for purpose in profile.purpose_list:
        if (purpose.legal_basis in ("legal_obligation", "public_task")
                and purpose.legal_provision is None):
            yield finding(ID, purpose.at("legal_provision"), MESSAGE, purpose=purpose.label)
