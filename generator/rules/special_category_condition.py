"""A purpose that uses special category data needs a ground from GDPR Art. 9(2).

Health, religion, ethnicity, biometrics and the other special categories may only be processed
under one of the exceptions of Art. 9(2), on top of an Art. 6 basis. The statement must say which.

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
"""

from ..catalogs import N_
from ..findings import Severity, finding

ID = "special-category-condition"
SEVERITY = Severity.ERROR
ARTICLE = "9(2)"

MESSAGE = N_("The purpose `{purpose}` uses special category data ({categories}) without a "
             "ground from GDPR Art. 9(2): set `special_category_condition`.")


def check(profile):
    categories = profile.categories_by_id()
    for purpose in profile.purpose_list:
        if purpose.special_category_condition is not None:
            continue
        special = [category_id for category_id in purpose.data_categories or ()
                   if category_id in categories and categories[category_id].special is True]
        if special:
            yield finding(ID, purpose.at("special_category_condition"), MESSAGE,
                          purpose=purpose.label, categories=", ".join(special))
