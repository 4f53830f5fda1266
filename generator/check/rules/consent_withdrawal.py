"""Where consent is the basis, say how to withdraw it.

GDPR Art. 13(2)(c) requires telling people that they can withdraw their consent at any time, and
Art. 7(3) requires that withdrawing be as easy as giving consent. The statement must say how.

Passing example::

    rights:
      withdraw_consent:
        nl: Klik op de afmeldlink onderaan elke nieuwsbrief.
        en: Click the unsubscribe link at the bottom of every newsletter.

Failing example::

    purposes:
      - id: photos
        legal_basis: consent
    # and no rights.withdraw_consent
"""

from ...catalogs import Nn_
from ..findings import Severity, finding

ID = "consent-withdrawal"
SEVERITY = Severity.ERROR
ARTICLE = "13(2)(c), 7(3)"

MESSAGE = Nn_("The purpose {purposes} relies on consent, but the profile does not say how to "
              "withdraw it: add `rights.withdraw_consent`.",
              "The purposes {purposes} rely on consent, but the profile does not say how to "
              "withdraw it: add `rights.withdraw_consent`.")


def check(profile):
    rights = profile.rights
    if rights is not None and rights.withdraw_consent is not None:
        return
    on_consent = [purpose.label for purpose in profile.purpose_list
                  if purpose.legal_basis == "consent"
                  or purpose.special_category_condition == "explicit_consent"]
    if on_consent:
        location = (rights.at("withdraw_consent") if rights is not None
                    else profile.at("rights").child("withdraw_consent"))
        yield finding(ID, location, MESSAGE, n=len(on_consent), purposes=", ".join(on_consent))
