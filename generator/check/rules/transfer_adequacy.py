"""An adequacy decision can only be relied on for a country that has one.

Under GDPR Art. 45 the European Commission decides which countries protect data adequately. For
any other country, `adequacy_decision` is wrong and the transfer needs another safeguard.

Passing example::

    country: JP
    transfer: {mechanism: adequacy_decision}

Failing example::

    country: IN
    transfer: {mechanism: adequacy_decision}    # India has no adequacy decision
"""

from ...catalogs import N_
from ...law.countries import has_adequacy, in_eea
from ..findings import CountryName, Severity, finding

ID = "transfer-adequacy"
SEVERITY = Severity.WARNING
ARTICLE = "45"

MESSAGE = N_("The transfer to `{recipient}` relies on an adequacy decision, but {country} has "
             "none: use standard contractual clauses or another mechanism.")


def check(profile):
    for recipient in profile.recipient_list:
        transfer, country = recipient.transfer, recipient.country
        if (transfer is not None and transfer.mechanism == "adequacy_decision"
                and isinstance(country, str) and not in_eea(country)
                and not has_adequacy(country)):
            yield finding(ID, transfer.at("mechanism"), MESSAGE, recipient=recipient.label,
                          country=CountryName(country))
