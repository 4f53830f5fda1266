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

from ...catalogs import N_
from ..findings import Severity

ID = "invalid-value"
SEVERITY = Severity.ERROR
ARTICLE = None

WRONG = N_("This value has the wrong type: expected {expected}.")
BAD = N_("`{value}` is not valid here: expected {expected}.")
WITH_HINT = N_("`{value}` is not valid here: expected {expected}. Did you mean `{hint}`?")
REPEATED = N_("`{value}` is already in this list (line {first}): give each value once.")
HTML = N_("Raw HTML (`{tag}`) is not allowed in a text: use Markdown for emphasis and links.")
NOT_OWN_CATEGORY = N_("`{value}` is not one of this purpose's data categories: give examples "
                      "only for {values}.")
CONSENT_AGE_RANGE = N_("`{value}` is not valid here: expected an age from 1 to 17.")
CONSENT_AGE_WITHOUT_AGE_RULE = N_("`consent_age` goes with `consent_by: parent_below_age`: set "
                                  "that, or remove `consent_age`.")
CONSENT_AGE_SET_BY_LAW = N_("The law sets the age for this consent (in the Netherlands 16 for "
                            "every consent; in Belgium 13 for an online service): remove "
                            "`consent_age`.")
