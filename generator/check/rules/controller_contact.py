"""People must be able to reach the controller directly: an e-mail address or a contact form.

GDPR Art. 13(1)(a) and 14(1)(a) require the controller's contact details. The transparency
guidelines (WP260) expect more than a postal address: a way to reach the organisation that costs
nothing and works quickly.

Passing example::

    controller:
      email: privacy@hogeschoolnoord.example

Failing example::

    controller:
      phone: "+32 15 00 00 00"    # no e-mail address, no contact form
"""

from ...catalogs import N_
from ..findings import Severity, article_13_or_14, finding

ID = "controller-contact"
SEVERITY = Severity.ERROR
ARTICLE = "13(1)(a), 14(1)(a)"

MESSAGE = N_("The controller has no e-mail address and no contact form: give at least one, so "
             "people can reach you about their data.")


def check(profile):
    controller = profile.controller
    if controller is None:
        return  # reported once, by controller-identity
    if controller.email is None and controller.contact_form is None:
        article = article_13_or_14(profile.from_person, profile.from_elsewhere, "13(1)(a)",
                                   "14(1)(a)")
        yield finding(ID, controller.at("email"), MESSAGE, article=article)
