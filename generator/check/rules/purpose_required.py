"""The profile must describe at least one purpose.

GDPR Art. 13(1)(c) requires the purposes of the processing. A statement without any purpose
tells people nothing about what happens to their data.

Passing example::

    purposes:
      - id: newsletter
        name: {nl: De nieuwsbrief versturen, en: Sending the newsletter}

Failing example::

    purposes: []
"""

from ...catalogs import N_
from ..findings import Severity, finding

ID = "purpose-required"
SEVERITY = Severity.ERROR
ARTICLE = "13(1)(c)"

MESSAGE = N_("The profile describes no purpose: add at least one to `purposes`.")


def check(profile):
    if profile.purposes is None or profile.purposes == []:
        yield finding(ID, profile.at("purposes"), MESSAGE)
