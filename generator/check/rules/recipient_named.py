"""Recipients should be named, not only described as a category.

GDPR Art. 13(1)(e) allows "categories of recipients", but the transparency guidelines (WP260)
say that the default is to name them; a category must then be specific (type of organisation,
sector, location).

A recipient that cannot be named in advance (the school a pupil moves to, the members of a
network) can say why in `unnamed_reason`; the statement then tells people, and the rule is
satisfied.

A public authority is exempt: one that receives data in a particular inquiry is not a recipient
at all (Art. 4(9)), and one that receives them regularly is named well enough by its category
("the tax authority").

Passing example::

    recipients:
      - id: mail-service
        name: Example Mailer Inc.
      - id: tax
        category: {nl: de Belastingdienst, en: the tax authority}
        role: public_authority

Failing example::

    recipients:
      - id: mail-service
        category: {nl: een e-maildienst, en: an e-mail service}
"""

from ...catalogs import N_
from ..findings import Severity, finding

ID = "recipient-named"
SEVERITY = Severity.WARNING
ARTICLE = "13(1)(e)"

MESSAGE = N_("The recipient `{recipient}` is described only as a category: name it where you "
             "can.")


def check(profile):
    for recipient in profile.recipient_list:
        if (recipient.name is None and recipient.category is not None
                and recipient.unnamed_reason is None and recipient.role != "public_authority"):
            yield finding(ID, recipient.at("name"), MESSAGE, recipient=recipient.label)
