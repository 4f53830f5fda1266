"""People must learn who is responsible for their data: the controller's name and postal address.

GDPR Art. 13(1)(a) and 14(1)(a) require the identity and contact details of the controller. A
postal address identifies the legal entity and gives people a channel that always works; it is
also where a court or authority would write.

Passing example::

    controller:
      name: Hogeschool Noord vzw
      address: {street: Voorbeeldstraat 1, postal_code: "2800", city: Mechelen, country: BE}
      email: privacy@hogeschoolnoord.example

Failing example::

    controller:
      name: Hogeschool Noord vzw
      email: privacy@hogeschoolnoord.example
"""

from ...catalogs import N_
from ..findings import Severity, article_13_or_14, finding

ID = "controller-identity"
SEVERITY = Severity.ERROR
ARTICLE = "13(1)(a), 14(1)(a)"

NO_CONTROLLER = N_("The profile does not say who the controller is: add `controller` with the "
                   "organisation's name, postal address and e-mail address.")
NO_NAME = N_("The controller's name is missing: give the organisation's legal name.")
NO_ADDRESS = N_("The controller's postal address is missing: add street, postal code, city "
                "and country.")
NO_ADDRESS_PART = N_("The controller's postal address lacks `{part}`.")
ADDRESS_PARTS = ("street", "postal_code", "city", "country")


def check(profile):
    article = article_13_or_14(profile.from_person, profile.from_elsewhere, "13(1)(a)",
                               "14(1)(a)")
    controller = profile.controller
    if controller is None:
        yield finding(ID, profile.at("controller"), NO_CONTROLLER, article=article)
        return
    if controller.name is None:
        yield finding(ID, controller.at("name"), NO_NAME, article=article)
    address = controller.address
    if address is None:
        yield finding(ID, controller.at("address"), NO_ADDRESS, article=article)
        return
    for part in ADDRESS_PARTS:
        if getattr(address, part) is None:
            yield finding(ID, address.at(part), NO_ADDRESS_PART, article=article, part=part)
