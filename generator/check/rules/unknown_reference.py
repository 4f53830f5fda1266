"""Every id a purpose refers to must exist in its list.

Purposes name their data subjects, data categories, sources and recipients by id. An id that
names nothing leaves a hole in the statement (which data? given to whom?).

Passing example::

    recipients:
      - {id: mail-service, name: Example Mailer Inc., role: processor}
    purposes:
      - id: newsletter
        recipients: [mail-service]

Failing example::

    purposes:
      - id: newsletter
        recipients: [mailservice]   # no recipient has this id
"""

from ...catalogs import N_
from ..findings import Severity

ID = "unknown-reference"
SEVERITY = Severity.ERROR
ARTICLE = None

PLAIN = N_("`{value}` is not an id in `{list}`.")
WITH_HINT = N_("`{value}` is not an id in `{list}`. Did you mean `{hint}`?")
