"""Checks across lists: ids unique within their list, and every reference naming something.

These run after the model is built, because a purpose may refer to a recipient listed further
down the file.
"""

from __future__ import annotations

from typing import Iterator

from .findings import Finding, finding
from .model import SUBJECT_SOURCE, AutomatedDecision, Entity, Profile
from .rules import duplicate_id, missing_key, unknown_reference
from .values import closest

# The lists whose entries have ids, and the purpose keys that refer to them.
ID_LISTS = ("data_subjects", "data_categories", "sources", "recipients", "purposes")
PURPOSE_REFERENCES = (("data_subjects", "data_subjects"), ("data_categories", "data_categories"),
                      ("sources", "sources"), ("recipients", "recipients"))


def _ids(profile: Profile, list_name: str) -> Iterator[Finding | str]:
    """The ids of a list's entries; a duplicate yields its finding instead."""
    first_line: dict[str, int] = {}
    for entry in getattr(profile, list_name) or ():
        if not isinstance(entry, Entity) or not isinstance(entry.id, str):
            continue
        if entry.id in first_line:
            yield finding(duplicate_id.ID, entry.at("id"), duplicate_id.MESSAGE, id=entry.id,
                          list=list_name, first=first_line[entry.id])
            continue
        first_line[entry.id] = entry.at("id").line
        yield entry.id


def _unknown(value: str, known: set[str], list_name: str, location) -> Finding:
    hint = closest(value, known)
    if hint:
        return finding(unknown_reference.ID, location, unknown_reference.WITH_HINT, value=value,
                       list=list_name, hint=hint)
    return finding(unknown_reference.ID, location, unknown_reference.PLAIN, value=value,
                   list=list_name)


def check_references(profile: Profile) -> Iterator[Finding]:
    known: dict[str, set[str]] = {}
    for list_name in ID_LISTS:
        known[list_name] = set()
        for item in _ids(profile, list_name):
            if isinstance(item, Finding):
                yield item
            else:
                known[list_name].add(item)
    known["sources"].add(SUBJECT_SOURCE)

    for purpose in profile.purpose_list:
        for key_name, list_name in PURPOSE_REFERENCES:
            values = getattr(purpose, key_name)
            base = purpose.at(key_name)
            for index, value in enumerate(values or ()):
                if isinstance(value, str) and value not in known[list_name]:
                    yield _unknown(value, known[list_name], list_name,
                                   values.location(base, index))

    for decision in profile.automated_decisions or ():
        if isinstance(decision, AutomatedDecision) and isinstance(decision.purpose, str):
            if decision.purpose not in known["purposes"]:
                yield _unknown(decision.purpose, known["purposes"], "purposes",
                               decision.at("purpose"))

    for recipient in profile.recipient_list:
        if recipient.name is None and recipient.category is None:
            yield finding(missing_key.ID, recipient.at("name"), missing_key.MESSAGE, key="name")
