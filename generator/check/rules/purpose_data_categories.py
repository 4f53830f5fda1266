"""Every purpose must list the categories of personal data it uses.

GDPR Art. 14(1)(d) requires the categories of personal data where they were not obtained from
the person; a statement that says what is done but not with which data is no statement.

Passing example::

    purposes:
      - id: newsletter
        data_categories: [identity, contact]

Failing example::

    purposes:
      - id: newsletter
        data_categories: []
"""

from ...catalogs import N_
from ..findings import Severity, finding

ID = "purpose-data-categories"
SEVERITY = Severity.ERROR
ARTICLE = "14(1)(d)"

MESSAGE = N_("The purpose `{purpose}` lists no data categories: name the ids from "
             "`data_categories` it uses.")


def check(profile):
    for purpose in profile.purpose_list:
        if purpose.data_categories is None or purpose.data_categories == []:
            yield finding(ID, purpose.at("data_categories"), MESSAGE, purpose=purpose.label)
