"""An adequacy decision that covers only certified organisations needs the certification.

The Commission's decision on the United States (Implementing Decision (EU) 2023/1795) does not
find the country adequate: it covers only organisations that have certified under the EU-US Data
Privacy Framework and appear on its list. A transfer to a US recipient can rely on it only when
that recipient is certified, and the statement must say so, not that "this country" protects
data adequately. `framework` records the certification.

Passing example::

    country: US
    transfer:
      mechanism: adequacy_decision
      framework: EU-US Data Privacy Framework

Failing example::

    country: US
    transfer:
      mechanism: adequacy_decision    # is the recipient certified?
"""

from ...catalogs import N_
from ...law.adequacy import adequacy, needs_certification
from ..findings import CountryName, Severity, finding

ID = "transfer-certification"
SEVERITY = Severity.ERROR
ARTICLE = "45"

MESSAGE = N_("The transfer to `{recipient}` relies on the adequacy decision for {country}, which "
             "covers only organisations certified under the {framework} (decision {decision}): "
             "if the recipient is certified, set `framework`; if not, use another mechanism.")


def check(profile):
    for recipient in profile.recipient_list:
        transfer, country = recipient.transfer, recipient.country
        if (transfer is not None and transfer.mechanism == "adequacy_decision"
                and isinstance(country, str) and needs_certification(country)
                and transfer.framework is None):
            decision = adequacy(country)
            yield finding(ID, transfer.at("framework"), MESSAGE, recipient=recipient.label,
                          country=CountryName(country), framework=decision.scope,
                          decision=decision.decision)
