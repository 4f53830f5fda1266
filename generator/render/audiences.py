"""The part of a profile one document covers: the purposes that concern an audience (a
statement for parents, or for staff), or the one purpose of a short notice.

Each is a trimmed `Profile`, so the statement stays one template and one view: whatever the
view derives from the purposes (the rights given the legal bases left, the recipients and their
transfers, the sources, the data categories, the automated decisions) follows by itself. What
the trimmed profile keeps besides the purposes is only what they refer to.

Cookies stay in an audience's statement. They are placed on whoever visits the website, and the
profile does not say who does: leaving them out would tell parents, or staff, that the website
places none on them, a fact the profile never gave. (A notice has no cookie section at all.)
"""

from __future__ import annotations

from dataclasses import replace

from ..profile.model import Audience, AutomatedDecision, Cookie, Profile, Purpose, Rights, Text


def audience_of(profile: Profile, audience_id: str) -> Audience:
    """The audience with `audience_id`; the command has checked that it exists."""
    for audience in profile.audiences or ():
        if isinstance(audience, Audience) and audience.id == audience_id:
            return audience
    raise ValueError(f"the profile has no audience {audience_id!r}")


def audience_name(audience: Audience) -> Text | None:
    return audience.name if isinstance(audience.name, Text) else None


def for_audience(profile: Profile, audience_id: str) -> Profile:
    """`profile` with only the purposes whose data subjects include one of the audience's."""
    audience = audience_of(profile, audience_id)
    chosen = audience_purposes(profile, audience)
    if not chosen:
        raise ValueError(f"no purpose concerns the audience {audience_id!r}")
    return _trimmed(profile, chosen, keep_cookies=True)


def audience_purposes(profile: Profile, audience: Audience) -> list[Purpose]:
    """The purposes whose data subjects include one of the audience's groups."""
    subjects = {subject for subject in audience.data_subjects or () if isinstance(subject, str)}
    return [purpose for purpose in profile.purpose_list
            if subjects.intersection(_ids(purpose.data_subjects))]


def for_purpose(profile: Profile, purpose_id: str) -> Profile:
    """`profile` with the purpose `purpose_id` alone, for its notice."""
    chosen = [purpose for purpose in profile.purpose_list if purpose.id == purpose_id]
    if not chosen:
        raise ValueError(f"the profile has no purpose {purpose_id!r}")
    return _trimmed(profile, chosen[:1], keep_cookies=False)


def _ids(values: object) -> list[str]:
    """The ids of a list of references, as far as they could be read."""
    return [value for value in values if isinstance(value, str)] \
        if isinstance(values, (list, tuple)) else []


def _trimmed(profile: Profile, purposes: list[Purpose], keep_cookies: bool) -> Profile:
    purpose_ids = {purpose.id for purpose in purposes}
    subjects = {subject for purpose in purposes for subject in _ids(purpose.data_subjects)}
    categories = {category for purpose in purposes for category in _ids(purpose.data_categories)}
    sources = {source for purpose in purposes for source in _ids(purpose.sources)}
    recipients = {recipient for purpose in purposes for recipient in _ids(purpose.recipients)}
    cookies = [cookie for cookie in profile.cookies or () if isinstance(cookie, Cookie)] \
        if keep_cookies else []
    # A cookie's recipient receives what the cookie collects: it stays with the cookie.
    recipients.update(cookie.recipient for cookie in cookies if isinstance(cookie.recipient, str))
    decisions = profile.automated_decisions
    if isinstance(decisions, list):
        decisions = [decision for decision in decisions if isinstance(decision, AutomatedDecision)
                     and decision.purpose in purpose_ids]
    return replace(
        profile,
        purposes=purposes,
        data_subjects=[entry for entry in profile.data_subjects or ()
                       if getattr(entry, "id", None) in subjects],
        data_categories=[entry for entry in profile.data_categories or ()
                         if getattr(entry, "id", None) in categories],
        sources=[entry for entry in profile.source_list if entry.id in sources],
        recipients=[entry for entry in profile.recipient_list if entry.id in recipients],
        automated_decisions=decisions,
        cookies=cookies,
        rights=_rights(profile.rights, purposes))


def _rights(rights: object, purposes: list[Purpose]) -> object:
    """The rights as given, without the way to withdraw consent when no purpose left relies on
    consent: a statement for staff does not explain how parents withdraw theirs."""
    if not isinstance(rights, Rights):
        return rights
    consent = any(purpose.legal_basis == "consent"
                  or purpose.special_category_condition == "explicit_consent"
                  for purpose in purposes)
    return rights if consent else replace(rights, withdraw_consent=None)
