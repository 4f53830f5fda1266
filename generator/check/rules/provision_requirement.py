"""When data come from the person, say whether they must provide them, and what happens if not.

GDPR Art. 13(2)(e) requires telling people whether providing the data is a statutory or
contractual requirement, or a requirement to enter into a contract, whether they are obliged to
provide them, and the possible consequences of not doing so. The statement must say it, so a
missing answer is an error. `needed` covers data that no law or contract requires but without
which the purpose cannot be served (a pupil's needs, for extra support); data the organisation
records itself by observing people (`sources: [observed]`: camera images, logs) are not asked of
anyone, so nothing needs saying about them.

Passing example::

    provision:
      requirement: contractual
      consequence:
        nl: Zonder je adres kunnen we niet leveren.
        en: Without your address we cannot deliver.

Failing example::

    purposes:
      - id: orders      # sources default to the person, but no provision
"""

from ...catalogs import N_
from ...profile.model import REQUIREMENTS
from ..findings import Severity, finding

ID = "provision-requirement"
SEVERITY = Severity.ERROR
ARTICLE = "13(2)(e)"

NO_PROVISION = N_("The purpose `{purpose}` collects data from the person but does not say "
                  "whether they must provide them: add `provision` with `requirement` and "
                  "`consequence`.")
NO_REQUIREMENT = N_("The purpose `{purpose}` does not say whether people must provide the data: "
                    "set `requirement` to one of {values}.")
NO_CONSEQUENCE = N_("The purpose `{purpose}` requires data but does not say what happens if "
                    "someone does not provide them: add `consequence`.")


def check(profile):
    for purpose in profile.purpose_list:
        if not purpose.asks_person:
            continue
        provision = purpose.provision
        if provision is None:
            yield finding(ID, purpose.at("provision"), NO_PROVISION, purpose=purpose.label)
        elif provision.requirement is None:
            yield finding(ID, provision.at("requirement"), NO_REQUIREMENT, purpose=purpose.label,
                          values=", ".join(REQUIREMENTS))
        elif provision.requirement != "voluntary" and provision.consequence is None:
            yield finding(ID, provision.at("consequence"), NO_CONSEQUENCE, purpose=purpose.label)
