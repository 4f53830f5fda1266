"""Say how people are told when the statement changes.

The transparency guidelines (WP260) ask controllers to bring substantive changes actively to
people's attention, not merely update a web page. Say how you do that.

Passing example::

    changes:
      notify:
        nl: We mailen je minstens een maand voor een belangrijke wijziging.
        en: We e-mail you at least one month before an important change.
      notice_period: P1M

Failing example::

    # no changes key
"""

from ...catalogs import N_
from ..findings import Severity, finding

ID = "changes-notice"
SEVERITY = Severity.WARNING
ARTICLE = None

MESSAGE = N_("The profile does not say how people are told about changes to the statement: "
             "add `changes.notify`.")


def check(profile):
    changes = profile.changes
    if changes is None:
        yield finding(ID, profile.at("changes"), MESSAGE)
    elif changes.notify is None:
        yield finding(ID, changes.at("notify"), MESSAGE)
