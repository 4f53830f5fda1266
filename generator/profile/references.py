"""Checks across lists: ids unique within their list, and every reference naming something.

These run after the model is built, because a purpose may refer to a recipient listed further
down the file.
"""

from __future__ import annotations

from typing import Iterator

from ..catalogs import N_
from ..check.findings import Finding, finding, message
from ..check.rules import duplicate_id, invalid_value, missing_key, unknown_reference
from .model import (OBSERVED_SOURCE, SUBJECT_SOURCE, Audience, AutomatedDecision, Cookie, Entity,
                    Keyed, Profile, Protocol, Purpose)
from .values import closest

RECIPIENT_EXPECTED = N_("the recipient's name, or, where it cannot be named, a `category` "
                        "(type of organisation, sector, location)")
PROTOCOL_EXPECTED = N_("a web address where the protocol can be read, or a `summary` of it")

# The lists whose entries have ids, and the purpose keys that refer to them.
ID_LISTS = ("data_subjects", "data_categories", "sources", "recipients", "purposes",
            "audiences")
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
    known["sources"].update((SUBJECT_SOURCE, OBSERVED_SOURCE))

    for purpose in profile.purpose_list:
        for key_name, list_name in PURPOSE_REFERENCES:
            values = getattr(purpose, key_name)
            base = purpose.at(key_name)
            for index, value in enumerate(values or ()):
                if isinstance(value, str) and value not in known[list_name]:
                    yield _unknown(value, known[list_name], list_name,
                                   values.location(base, index))
        yield from _examples(purpose, known["data_categories"])
        yield from _consent_age(profile, purpose)

    for audience in profile.audiences or ():
        if isinstance(audience, Audience):
            base = audience.at("data_subjects")
            for index, value in enumerate(audience.data_subjects or ()):
                if isinstance(value, str) and value not in known["data_subjects"]:
                    yield _unknown(value, known["data_subjects"], "data_subjects",
                                   audience.data_subjects.location(base, index))

    for cookie in profile.cookies or ():
        if isinstance(cookie, Cookie) and isinstance(cookie.recipient, str):
            if cookie.recipient not in known["recipients"]:
                yield _unknown(cookie.recipient, known["recipients"], "recipients",
                               cookie.at("recipient"))

    regulation = profile.regulation
    for protocol in (regulation.protocols or ()) if regulation else ():
        if isinstance(protocol, Protocol) and protocol.url is None and protocol.summary is None:
            yield finding(missing_key.ID, protocol.at("url"), missing_key.ONE_OF,
                          keys="`url`, `summary`", expected=message(PROTOCOL_EXPECTED))

    for decision in profile.automated_decisions or ():
        if isinstance(decision, AutomatedDecision) and isinstance(decision.purpose, str):
            if decision.purpose not in known["purposes"]:
                yield _unknown(decision.purpose, known["purposes"], "purposes",
                               decision.at("purpose"))

    for recipient in profile.recipient_list:
        if recipient.name is None and recipient.category is None:
            yield finding(missing_key.ID, recipient.at("name"), missing_key.ONE_OF,
                          keys="`name`, `category`", expected=message(RECIPIENT_EXPECTED))


def _examples(purpose: Purpose, categories: set[str]) -> Iterator[Finding]:
    """A purpose's examples must be for categories the purpose itself uses."""
    examples = purpose.examples
    if not isinstance(examples, Keyed):
        return
    own = {value for value in purpose.data_categories or () if isinstance(value, str)}
    for category_id in examples:
        location = examples.where.at(category_id)
        if category_id not in categories:
            yield _unknown(category_id, categories, "data_categories", location)
        elif category_id not in own:
            yield finding(invalid_value.ID, location, invalid_value.NOT_OWN_CATEGORY,
                          value=category_id, values=", ".join(sorted(own)) or "-")


# Where the law itself sets the age of consent, an age of the organisation's own would
# contradict it: in the Netherlands for every consent (art. 5 UAVG), in Belgium for online
# services (art. 7 of the data protection act).
def _consent_age(profile: Profile, purpose: Purpose) -> Iterator[Finding]:
    age = purpose.consent_age
    if not isinstance(age, int) or isinstance(age, bool):
        return
    location = purpose.at("consent_age")
    if not 1 <= age <= 17:
        yield finding(invalid_value.ID, location, invalid_value.CONSENT_AGE_RANGE, value=age)
    elif purpose.consent_by != "parent_below_age":
        yield finding(invalid_value.ID, location, invalid_value.CONSENT_AGE_WITHOUT_AGE_RULE)
    elif profile.jurisdiction == "NL" or purpose.online_service is True:
        yield finding(invalid_value.ID, location, invalid_value.CONSENT_AGE_SET_BY_LAW)
