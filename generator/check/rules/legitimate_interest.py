"""A purpose based on legitimate interests must say which interest.

GDPR Art. 13(1)(d) and 14(2)(b) require the legitimate interests pursued. People need them to
judge whether to object.

Passing example::

    legal_basis: legitimate_interests
    legitimate_interest:
      nl: contact houden met onze oud-studenten
      en: keeping in touch with our former students

Failing example::

    legal_basis: legitimate_interests     # which interest?
"""

from ...catalogs import N_
from ..findings import Severity, article_13_or_14, finding

ID = "legitimate-interest"
SEVERITY = Severity.ERROR
ARTICLE = "13(1)(d), 14(2)(b)"

MESSAGE = N_("The purpose `{purpose}` relies on legitimate interests but does not say which: "
             "describe the interest in `legitimate_interest`.")


def check(profile):
    for purpose in profile.purpose_list:
        if purpose.legal_basis == "legitimate_interests" and purpose.legitimate_interest is None:
            article = article_13_or_14(purpose.from_person, purpose.from_elsewhere,
                                       "13(1)(d)", "14(2)(b)")
            yield finding(ID, purpose.at("legitimate_interest"), MESSAGE, article=article,
                          purpose=purpose.label)
