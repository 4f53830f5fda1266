"""Requests must be answered within one month.

GDPR Art. 12(3) requires an answer to a request without undue delay and at the latest within one
month. (That month can be extended by two months for complex requests, but the statement must not
promise a longer standard term.)

Passing example::

    rights:
      response_time: P1M

Failing example::

    rights:
      response_time: P6W
"""

from ...catalogs import N_
from ...law.durations import parse_duration
from ..findings import Severity, finding

ID = "response-time"
SEVERITY = Severity.ERROR
ARTICLE = "12(3)"

MESSAGE = N_("The response time {duration} is longer than the one month the law allows: use "
             "P1M or less.")


def check(profile):
    rights = profile.rights
    if rights is None or not isinstance(rights.response_time, str):
        return
    duration = parse_duration(rights.response_time)
    if duration is not None and duration.longer_than_one_month():
        yield finding(ID, rights.at("response_time"), MESSAGE, duration=rights.response_time)
