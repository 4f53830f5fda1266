"""Say whether decisions are taken by automated means, and if so how and with what effect.

GDPR Art. 13(2)(f), 14(2)(g) and 22 require telling people about automated decision-making,
including profiling, with meaningful information about the logic involved and its significance
and expected consequences. The profile must state it either way: `automated_decisions: []` says
plainly that there are none.

Passing example::

    automated_decisions: []

Failing example::

    automated_decisions:
      - purpose: admissions     # no logic, no significance
"""

from ...catalogs import N_
from ...profile.model import AutomatedDecision
from ..findings import Severity, finding

ID = "automated-decisions"
SEVERITY = Severity.ERROR
ARTICLE = "13(2)(f), 22"

ABSENT = N_("The profile does not say whether you take automated decisions: write "
            "`automated_decisions: []` if you take none, or describe each.")
NO_LOGIC = N_("The automated decision for `{purpose}` does not explain its logic: add `logic`.")
NO_SIGNIFICANCE = N_("The automated decision for `{purpose}` does not say what it means for "
                     "people: add `significance`.")


def check(profile):
    if profile.automated_decisions is None:
        yield finding(ID, profile.at("automated_decisions"), ABSENT)
        return
    for decision in profile.automated_decisions:
        if not isinstance(decision, AutomatedDecision):
            continue
        if decision.logic is None:
            yield finding(ID, decision.at("logic"), NO_LOGIC, purpose=decision.label)
        if decision.significance is None:
            yield finding(ID, decision.at("significance"), NO_SIGNIFICANCE,
                          purpose=decision.label)
