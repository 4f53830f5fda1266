"""Say where data come from when they do not come from the person.

GDPR Art. 14(2)(f) requires the source of the data and whether it is publicly accessible. A
purpose's `sources` defaults to the person (`subject`); an empty list names no source at all, and
a source without a name tells people nothing.

Passing example::

    sources:
      - id: student-records
        name: {nl: onze studentenadministratie, en: our student records}
        public: false
    purposes:
      - id: newsletter
        sources: [student-records]

Failing example::

    purposes:
      - id: newsletter
        sources: []
"""

from ...catalogs import N_
from ..findings import Severity, finding

ID = "data-source"
SEVERITY = Severity.ERROR
ARTICLE = "14(2)(f)"

NO_SOURCES = N_("The purpose `{purpose}` names no source for its data: list `subject` (the "
                "person) and/or ids from `sources`.")
NO_NAME = N_("The source `{source}` has no name: say where the data come from.")


def check(profile):
    for purpose in profile.purpose_list:
        if purpose.sources == []:
            yield finding(ID, purpose.at("sources"), NO_SOURCES, purpose=purpose.label)
    for source in profile.source_list:
        if source.name is None:
            yield finding(ID, source.at("name"), NO_NAME, source=source.label)
