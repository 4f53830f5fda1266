"""A purpose that uses special category data needs a ground from GDPR Art. 9(2).

Health, religion, ethnicity, biometrics and the other special categories may only be processed
under one of the exceptions of Art. 9(2), on top of an Art. 6 basis. The statement must say which.

The ground of Art. 9(2)(d), `foundation_member`, serves only a foundation, association or other
non-profit body with a political, philosophical, religious or trade-union aim (`body_aim`), only
for its members and regular contacts, and only as long as the data are not disclosed outside the
body without consent. A purpose on this ground that shares the data with anyone but a processor,
or uses them for direct marketing, is outside it. Each misuse is a finding of its own.

Passing example::

    data_categories:
      - {id: health, name: {nl: Gezondheid, en: Health}, special: true}
    purposes:
      - id: pupil-care
        data_categories: [health]
        special_category_condition: substantial_public_interest

Failing example::

    purposes:
      - id: pupil-care
        data_categories: [health]     # special, but no Art. 9(2) ground
      - id: member-mailing            # a sports club: no body_aim
        data_categories: [religion]
        special_category_condition: foundation_member
        direct_marketing: true        # and marketing is outside Art. 9(2)(d)
"""

from ...catalogs import N_, Nn_
from ...profile.model import BODY_AIMS
from ..findings import Severity, finding

ID = "special-category-condition"
SEVERITY = Severity.ERROR
ARTICLE = "9(2)"

MESSAGE = N_("The purpose `{purpose}` uses special category data ({categories}) without a "
             "ground from GDPR Art. 9(2): set `special_category_condition`.")
NO_BODY_AIM = N_("`foundation_member` (GDPR Art. 9(2)(d)) serves only a non-profit body with a "
                 "political, philosophical, religious or trade-union aim: set `body_aim` to one "
                 "of {values}, or choose another ground.")
DISCLOSED = Nn_("The purpose `{purpose}` relies on `foundation_member` but gives the data to "
                "{recipients}, who is not a processor: Art. 9(2)(d) allows no disclosure outside "
                "the body without consent.",
                "The purpose `{purpose}` relies on `foundation_member` but gives the data to "
                "{recipients}, who are not processors: Art. 9(2)(d) allows no disclosure outside "
                "the body without consent.")
MARKETING = N_("The purpose `{purpose}` relies on `foundation_member` for direct marketing: "
               "Art. 9(2)(d) covers a body's dealings with its members, not marketing; ask "
               "explicit consent instead.")
FOUNDATION = "foundation_member"


def check(profile):
    yield from _missing(profile)
    yield from _foundation_misuse(profile)


def _missing(profile):
    categories = profile.categories_by_id()
    for purpose in profile.purpose_list:
        if purpose.special_category_condition is not None:
            continue
        special = [category_id for category_id in purpose.data_categories or ()
                   if category_id in categories and categories[category_id].special is True]
        if special:
            yield finding(ID, purpose.at("special_category_condition"), MESSAGE,
                          purpose=purpose.label, categories=", ".join(special))


def _foundation_misuse(profile):
    purposes = [purpose for purpose in profile.purpose_list
                if purpose.special_category_condition == FOUNDATION]
    if purposes and profile.body_aim is None:
        yield finding(ID, profile.at("body_aim"), NO_BODY_AIM, values=", ".join(BODY_AIMS))
    roles = {recipient.id: recipient.role for recipient in profile.recipient_list
             if isinstance(recipient.id, str)}
    for purpose in purposes:
        outside = [recipient_id for recipient_id in purpose.recipients or ()
                   if isinstance(roles.get(recipient_id), str)
                   and roles[recipient_id] != "processor"]
        if outside:
            yield finding(ID, purpose.at("recipients"), DISCLOSED, n=len(outside),
                          purpose=purpose.label, recipients=", ".join(outside))
        if purpose.direct_marketing is True:
            yield finding(ID, purpose.at("direct_marketing"), MARKETING, purpose=purpose.label)
