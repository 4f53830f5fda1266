"""Every value must be of its key's type and within its allowed set.

A retention of "2 years" instead of `P2Y`, a country written out in full, an e-mail address
without `@`, a legal basis that GDPR does not know: each would end up as a wrong or empty
sentence in the statement.

Passing example::

    legal_basis: consent
    retention: {period: P2Y}

Failing example::

    legal_basis: permission     # not a GDPR Art. 6(1) basis
    retention: {period: 2 years}
"""

from ..catalogs import N_
from ..findings import Severity

ID = "invalid-value"
SEVERITY = Severity.ERROR
ARTICLE = None

WRONG = N_("This value has the wrong type: expected {expected}.")
BAD = N_("`{value}` is not valid here: expected {expected}.")
WITH_HINT = N_("`{value}` is not valid here: expected {expected}. Did you mean `{hint}`?")
REPEATED = N_("`{value}` is already in this list (line {first}): give each value once.")
