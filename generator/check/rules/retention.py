"""Every purpose must say how long its data are kept.

GDPR Art. 13(2)(a) and 14(2)(a) require the retention period or, where that is not possible, the
criteria used to determine it. It is the item that privacy statements forget most often.

Passing example::

    retention:
      period: P2Y
      from: {nl: na je laatste bestelling, en: after your last order}

Failing example::

    purposes:
      - id: newsletter      # no retention
"""

from ...catalogs import N_
from ..findings import Severity, article_13_or_14, finding

ID = "retention"
SEVERITY = Severity.ERROR
ARTICLE = "13(2)(a), 14(2)(a)"

MESSAGE = N_("The purpose `{purpose}` does not say how long its data are kept: give a "
             "retention `period` (such as P2Y), or the `criteria` that decide it.")


def check(profile):
    for purpose in profile.purpose_list:
        retention = purpose.retention
        article = article_13_or_14(purpose.from_person, purpose.from_elsewhere, "13(2)(a)",
                                   "14(2)(a)")
        if retention is None:
            yield finding(ID, purpose.at("retention"), MESSAGE, article=article,
                          purpose=purpose.label)
        elif retention.period is None and retention.criteria is None:
            yield finding(ID, retention.where.location, MESSAGE, article=article,
                          purpose=purpose.label)
