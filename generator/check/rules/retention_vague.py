"""Prefer a retention period to criteria alone.

The transparency guidelines (WP260) say it is not enough to state that data are kept "as long as
necessary": people should be able to work out how long. Criteria are allowed where no period can
be fixed, but then pair them with a period wherever one can be given.

Passing example::

    retention:
      period: P7Y
      from: {nl: na het einde van het boekjaar, en: after the end of the financial year}

Failing example::

    retention:
      criteria: {nl: zolang als nodig, en: as long as needed}
"""

from ...catalogs import N_
from ..findings import Severity, finding

ID = "retention-vague"
SEVERITY = Severity.WARNING
ARTICLE = None

MESSAGE = N_("The purpose `{purpose}` gives retention criteria but no period: add a `period` "
             "so people can tell how long their data are kept.")


def check(profile):
    for purpose in profile.purpose_list:
        retention = purpose.retention
        if retention is not None and retention.period is None and retention.criteria is not None:
            yield finding(ID, retention.at("criteria"), MESSAGE, purpose=purpose.label)
