"""Say where each recipient processes the data.

GDPR Art. 13(1)(f) and 14(1)(f) require telling people when data are transferred outside the
EEA. Without a recipient's `country`, nobody (not the reader, not the check) can tell whether the
data leave it; many hosting and software services process data in the United States.

Passing example::

    recipients:
      - id: payroll
        name: Salarisdienst BV
        role: processor
        country: NL

Failing example::

    recipients:
      - id: crm
        name: Example CRM Inc.
        role: processor               # where are the data processed?
"""

from ...catalogs import N_
from ..findings import Severity, finding

ID = "recipient-country"
SEVERITY = Severity.WARNING
ARTICLE = "13(1)(f)"

MESSAGE = N_("The profile does not say where `{recipient}` processes the data: add `country`, so "
             "people can tell whether their data leave the EEA.")


def check(profile):
    for recipient in profile.recipient_list:
        if recipient.country is None:
            yield finding(ID, recipient.at("country"), MESSAGE, recipient=recipient.label)
