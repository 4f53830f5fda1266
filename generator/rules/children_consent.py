"""Where consent concerns children, say who gives it.

GDPR Art. 8 requires a parent's consent for online services offered to children under the age
of digital consent (16 in the Netherlands, 13 in Belgium). The statement must say who consents:
the child, the parent, or the parent below that age.

Passing example::

    data_subjects:
      - {id: pupils, name: {nl: Leerlingen, en: Pupils}, minors: true}
    purposes:
      - id: school-photos
        data_subjects: [pupils]
        legal_basis: consent
        consent_by: parent_below_age

Failing example::

    purposes:
      - id: school-photos
        data_subjects: [pupils]
        legal_basis: consent        # who consents for a child?
"""

from ..catalogs import N_
from ..findings import Severity, finding

ID = "children-consent"
SEVERITY = Severity.ERROR
ARTICLE = "8"

MESSAGE = N_("The purpose `{purpose}` asks consent from a group that includes children "
             "({groups}): say who consents in `consent_by` (subject, parent or "
             "parent_below_age).")


def check(profile):
    subjects = profile.subjects_by_id()
    for purpose in profile.purpose_list:
        if purpose.legal_basis != "consent" or purpose.consent_by is not None:
            continue
        minors = [subject_id for subject_id in purpose.data_subjects or ()
                  if subject_id in subjects and subjects[subject_id].minors is True]
        if minors:
            yield finding(ID, purpose.at("consent_by"), MESSAGE, purpose=purpose.label,
                          groups=", ".join(minors))
