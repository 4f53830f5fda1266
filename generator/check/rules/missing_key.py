"""Keys the format requires must be present.

Without them privdocs cannot build the statement at all: an id, a name, the list of people
concerned. (Where the missing key is itself information the law requires people to get, such as a
retention period, the finding names that transparency rule instead.)

Passing example::

    data_subjects:
      - id: alumni
        name: {nl: Oud-studenten, en: Alumni}

Failing example::

    data_subjects:
      - id: alumni      # no name
"""

from ...catalogs import N_
from ..findings import Severity

ID = "missing-key"
SEVERITY = Severity.ERROR
ARTICLE = None

MESSAGE = N_("The key `{key}` is required here: give {expected}.")
ONE_OF = N_("One of the keys {keys} is required here: give {expected}.")
