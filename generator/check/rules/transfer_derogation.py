"""A transfer on a derogation must say which one.

GDPR Art. 49(1) lists seven derogations, points (a) to (g): explicit consent, a contract with
the person, a contract in their interest, important reasons of public interest, legal claims,
vital interests, and a public register. They are not safeguards, each has its own conditions
(explicit consent, for one, requires telling people the risks first), and the statement must say
which one applies. `derogation` names it.

Passing example::

    country: EG
    transfer:
      mechanism: derogation
      derogation: contract_in_interest

Failing example::

    country: EG
    transfer:
      mechanism: derogation           # which one?
"""

from ...catalogs import N_
from ...profile.model import DEROGATIONS
from ..findings import Severity, finding

ID = "transfer-derogation"
SEVERITY = Severity.ERROR
ARTICLE = "49(1)"

MESSAGE = N_("The transfer to `{recipient}` relies on a derogation without saying which one: "
             "set `derogation` to one of {values}.")


def check(profile):
    for recipient in profile.recipient_list:
        transfer = recipient.transfer
        if (transfer is not None and transfer.mechanism == "derogation"
                and transfer.derogation is None):
            yield finding(ID, transfer.at("derogation"), MESSAGE, recipient=recipient.label,
                          values=", ".join(DEROGATIONS))
