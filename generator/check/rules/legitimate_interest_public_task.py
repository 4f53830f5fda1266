"""A public authority should not rely on legitimate interests for its tasks.

The last subparagraph of GDPR Art. 6(1) excludes legitimate interests as a basis for processing
by public authorities in the performance of their tasks; their basis is then the public task or a
legal obligation. Legitimate interests remain possible for what is not a public task (a school's
alumni events), so this is a warning to review, not an error.

Passing example::

    public_authority: true
    purposes:
      - id: enrolment
        legal_basis: public_task

Failing example::

    public_authority: true
    purposes:
      - id: enrolment
        legal_basis: legitimate_interests
"""

from ...catalogs import N_
from ..findings import Severity, finding

ID = "legitimate-interest-public-task"
SEVERITY = Severity.WARNING
ARTICLE = "6(1) last subparagraph"

MESSAGE = N_("The purpose `{purpose}` relies on legitimate interests, which a public authority "
             "cannot use for its public tasks: check whether `public_task` or "
             "`legal_obligation` is the right basis.")


def check(profile):
    if profile.public_authority is not True:
        return
    for purpose in profile.purpose_list:
        if purpose.legal_basis == "legitimate_interests":
            yield finding(ID, purpose.at("legal_basis"), MESSAGE, purpose=purpose.label)
