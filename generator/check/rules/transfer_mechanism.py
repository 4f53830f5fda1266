"""A recipient outside the EEA needs a transfer mechanism.

GDPR Art. 13(1)(f) requires telling people that data go to a third country and on which
safeguard (Art. 45-49): an adequacy decision, standard contractual clauses, binding corporate
rules or a derogation.

Passing example::

    recipients:
      - id: mail-service
        country: US
        transfer: {mechanism: adequacy_decision, framework: EU-US Data Privacy Framework}

Failing example::

    recipients:
      - id: mail-service
        country: US       # outside the EEA, no transfer
"""

from ...catalogs import N_
from ...law.countries import in_eea
from ..findings import CountryName, Severity, finding

ID = "transfer-mechanism"
SEVERITY = Severity.ERROR
ARTICLE = "13(1)(f), 44-49"

NO_TRANSFER = N_("The recipient `{recipient}` processes data in {country}, outside the EEA: "
                 "add `transfer` with its `mechanism`.")
NO_MECHANISM = N_("The transfer to `{recipient}` in {country} has no `mechanism`.")


def check(profile):
    for recipient in profile.recipient_list:
        country = recipient.country
        if not isinstance(country, str) or in_eea(country):
            continue
        if recipient.transfer is None:
            yield finding(ID, recipient.at("transfer"), NO_TRANSFER, recipient=recipient.label,
                          country=CountryName(country))
        elif recipient.transfer.mechanism is None:
            yield finding(ID, recipient.transfer.at("mechanism"), NO_MECHANISM,
                          recipient=recipient.label, country=CountryName(country))
