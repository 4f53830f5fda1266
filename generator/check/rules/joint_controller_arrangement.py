"""Joint controllers must make the essence of their arrangement available.

GDPR Art. 26(2): joint controllers determine their responsibilities in an arrangement, and "the
essence of the arrangement shall be made available to the data subject", including whom people
can turn to. `arrangement` holds that essence for the statement.

Passing example::

    recipients:
      - id: diocese
        name: Bisdom Antwerpen
        role: joint_controller
        arrangement:
          nl: Het bisdom beheert de ledenlijst. Met vragen kun je bij ons terecht.
          en: The diocese manages the membership list. You can bring questions to us.

Failing example::

    recipients:
      - id: diocese
        name: Bisdom Antwerpen
        role: joint_controller        # what did we agree, and whom do people ask?
"""

from ...catalogs import N_
from ..findings import Severity, finding

ID = "joint-controller-arrangement"
SEVERITY = Severity.ERROR
ARTICLE = "26(2)"

MESSAGE = N_("`{recipient}` is a joint controller, but the profile does not give the essence of "
             "the arrangement with it: add `arrangement`, including whom people can turn to.")


def check(profile):
    for recipient in profile.recipient_list:
        if recipient.role == "joint_controller" and recipient.arrangement is None:
            yield finding(ID, recipient.at("arrangement"), MESSAGE, recipient=recipient.label)
