"""Every purpose must say who receives the data, even when nobody does.

GDPR Art. 13(1)(e) requires the recipients or categories of recipients. An absent list could mean
"nobody" or "forgotten"; only an explicit `recipients: []` states that there are none.

Passing example::

    purposes:
      - id: enrolment
        recipients: []

Failing example::

    purposes:
      - id: enrolment       # no recipients key
"""

from ...catalogs import N_
from ..findings import Severity, finding

ID = "recipients-declared"
SEVERITY = Severity.ERROR
ARTICLE = "13(1)(e)"

MESSAGE = N_("The purpose `{purpose}` does not say who receives its data: list the recipient "
             "ids in `recipients`, or write `recipients: []` if nobody does.")


def check(profile):
    for purpose in profile.purpose_list:
        if purpose.recipients is None:
            yield finding(ID, purpose.at("recipients"), MESSAGE, purpose=purpose.label)
