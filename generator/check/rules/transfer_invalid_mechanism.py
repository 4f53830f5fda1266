"""The EU-US Privacy Shield is no longer a valid transfer mechanism.

The Court of Justice invalidated the Privacy Shield on 16 July 2020 (Schrems II). Transfers to
the United States now rest on the EU-US Data Privacy Framework (an adequacy decision, for
certified organisations) or on standard contractual clauses.

Passing example::

    transfer: {mechanism: adequacy_decision, framework: EU-US Data Privacy Framework}

Failing example::

    transfer: {mechanism: privacy_shield}
"""

from ...catalogs import N_
from ..findings import Severity, finding

ID = "transfer-invalid-mechanism"
SEVERITY = Severity.ERROR
ARTICLE = "45"

MESSAGE = N_("The transfer to `{recipient}` relies on the Privacy Shield, invalidated in July "
             "2020: use `adequacy_decision` with the EU-US Data Privacy Framework, or "
             "`standard_contractual_clauses`.")


def check(profile):
    for recipient in profile.recipient_list:
        transfer = recipient.transfer
        if transfer is not None and transfer.mechanism == "privacy_shield":
            yield finding(ID, transfer.at("mechanism"), MESSAGE, recipient=recipient.label)
