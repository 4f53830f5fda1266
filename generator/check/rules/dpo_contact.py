"""Where there is a data protection officer, people must be able to reach them.

GDPR Art. 13(1)(b) and 14(1)(b) require the DPO's contact details where one is appointed. Public
authorities and bodies (schools, municipalities) must appoint one (Art. 37(1)(a)).

Passing example::

    public_authority: true
    dpo:
      appointed: true
      email: dpo@hogeschoolnoord.example

Failing example::

    public_authority: true
    dpo:
      appointed: true     # no e-mail address
"""

from ...catalogs import N_
from ..findings import Severity, finding

ID = "dpo-contact"
SEVERITY = Severity.ERROR
ARTICLE = "13(1)(b), 37"

MANDATORY = N_("A public authority must have a data protection officer: add `dpo` with "
               "`appointed: true` and the DPO's e-mail address.")
NOT_APPOINTED = N_("A public authority must appoint a data protection officer, but `appointed` "
                   "is false.")
NO_EMAIL = N_("The data protection officer has no e-mail address: add `email`.")


def check(profile):
    mandatory = profile.public_authority is True
    dpo = profile.dpo
    if dpo is None:
        if mandatory:
            yield finding(ID, profile.at("dpo"), MANDATORY)
        return
    if dpo.appointed is False and mandatory:
        yield finding(ID, dpo.at("appointed"), NOT_APPOINTED)
        return
    if dpo.appointed is not True and not mandatory:
        return  # no DPO, or `appointed` unreadable (reported already)
    if dpo.email is None:
        yield finding(ID, dpo.at("email"), NO_EMAIL)
