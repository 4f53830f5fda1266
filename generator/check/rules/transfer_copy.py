"""Say where people can read or obtain the safeguards of a transfer.

GDPR Art. 13(1)(f) requires "the means by which to obtain a copy of them or where they have been
made available" for standard contractual clauses and binding corporate rules. The law requires
it, so its absence is an error.

Passing example::

    transfer:
      mechanism: standard_contractual_clauses
      copy: {nl: op aanvraag via privacy@example.org, en: on request from privacy@example.org}

Failing example::

    transfer:
      mechanism: standard_contractual_clauses
"""

from ...catalogs import N_
from ..findings import Severity, finding

ID = "transfer-copy"
SEVERITY = Severity.ERROR
ARTICLE = "13(1)(f)"

MESSAGE = N_("The transfer to `{recipient}` does not say where people can read or obtain a "
             "copy of the safeguards: add `copy` (a web address or a text).")


NEEDS_COPY = ("standard_contractual_clauses", "binding_corporate_rules")


def check(profile):
    for recipient in profile.recipient_list:
        transfer = recipient.transfer
        if (transfer is not None and transfer.mechanism in NEEDS_COPY
                and transfer.copy is None):
            yield finding(ID, transfer.at("copy"), MESSAGE, recipient=recipient.label)
