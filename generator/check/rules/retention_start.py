"""Say when a retention period starts.

"5 years" tells people nothing unless they know from when: from the collection, from the end of
the contract, from the pupil's leaving school? The transparency guidelines (WP260) ask that
people can work out how long their data are kept. `from` names the event the period starts at.

Passing example::

    retention:
      period: P5Y
      from: {nl: nadat je kind de school verlaat, en: after your child leaves the school}

Failing example::

    retention:
      period: P5Y                     # five years from when?
"""

from ...catalogs import N_
from ..findings import Severity, finding

ID = "retention-start"
SEVERITY = Severity.WARNING
ARTICLE = None

MESSAGE = N_("The purpose `{purpose}` keeps data for a period without saying when it starts: add "
             "`from` (for instance the end of the contract).")


def check(profile):
    for purpose in profile.purpose_list:
        retention = purpose.retention
        if (retention is not None and isinstance(retention.period, str)
                and retention.start is None):
            yield finding(ID, retention.at("from"), MESSAGE, purpose=purpose.label)
