"""Where consent concerns children, say who gives it.

GDPR Art. 8 requires a parent's consent for online services offered to children under the age
of digital consent (16 in the Netherlands, 13 in Belgium). The statement must say who consents:
the child, the parent, or the parent below that age.

In the Netherlands the age of 16 applies to every consent, not only to online services: below
16, the legal representative gives it (art. 5 of the Dutch GDPR Implementation Act, UAVG). A
Dutch purpose that asks consent from a group with children may therefore not say that the child
consents itself (`consent_by: subject`). In Belgium the age of 13 (art. 7 of the Belgian data
protection act) applies only to information society services (`online_service: true`); for
other consent the law sets no age, and `consent_age` gives the organisation's own rule.

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
      - id: photo-consent           # in the Netherlands
        data_subjects: [pupils]
        legal_basis: consent
        consent_by: subject         # below 16 the parent consents (art. 5 UAVG)
"""

from ...catalogs import N_
from ..findings import Severity, finding

ID = "children-consent"
SEVERITY = Severity.ERROR
ARTICLE = "8"

MESSAGE = N_("The purpose `{purpose}` asks consent from a group that includes children "
             "({groups}): say who consents in `consent_by` (subject, parent or "
             "parent_below_age).")
SUBJECT_IN_NL = N_("The purpose `{purpose}` lets children ({groups}) consent themselves, but in "
                   "the Netherlands a parent or guardian consents for a child under 16, for "
                   "every purpose (art. 5 UAVG): set `consent_by` to parent_below_age or "
                   "parent.")


def check(profile):
    subjects = profile.subjects_by_id()
    for purpose in profile.purpose_list:
        if purpose.legal_basis != "consent":
            continue
        minors = [subject_id for subject_id in purpose.data_subjects or ()
                  if subject_id in subjects and subjects[subject_id].minors is True]
        if not minors:
            continue
        if purpose.consent_by is None:
            yield finding(ID, purpose.at("consent_by"), MESSAGE, purpose=purpose.label,
                          groups=", ".join(minors))
        elif purpose.consent_by == "subject" and profile.jurisdiction == "NL":
            yield finding(ID, purpose.at("consent_by"), SUBJECT_IN_NL, purpose=purpose.label,
                          groups=", ".join(minors))
