"""What changed in substance between two versions of a profile.

`publish` uses it to call a version substantive or editorial; `diff` lists the changes for legal
reviewers. One rule decides what is *material*, that is, what people must hear about in advance:
a new purpose, a changed legal basis, new data categories or groups of people, a new recipient or
transfer (a transfer to a new country outside the EEA, or a changed transfer mechanism), and a
longer retention. Everything else (a removed purpose, a shorter retention, an ended transfer, new
contact details) is a change, but not a material one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..check.findings import join_path
from ..law.countries import in_eea
from ..law.durations import parse_duration
from ..profile.model import Profile, Purpose, Recipient, Text


@dataclass(frozen=True)
class Change:
    kind: str
    path: str
    before: object
    after: object
    material: bool


def _text(value) -> dict[str, str] | None:
    return dict(sorted(value.values.items())) if isinstance(value, Text) else None


def _ids(values) -> list[str]:
    return [value for value in values or () if isinstance(value, str)]


def _retention(purpose: Purpose) -> dict | None:
    retention = purpose.retention
    if retention is None or not hasattr(retention, "period"):
        return None
    return {"period": retention.period if isinstance(retention.period, str) else None,
            "from": _text(retention.start), "criteria": _text(retention.criteria)}


def _longer(before: dict | None, after: dict | None) -> bool:
    """A retention is longer when its period grows, or when it can no longer be compared."""
    old = parse_duration(before["period"]) if before and before["period"] else None
    new = parse_duration(after["period"]) if after and after["period"] else None
    if old is None or new is None:
        return True
    return new.approximate_days() > old.approximate_days()


def _outside_eea(recipient: Recipient | None) -> bool:
    return (recipient is not None and isinstance(recipient.country, str)
            and not in_eea(recipient.country))


def _mechanism(recipient: Recipient | None) -> str | None:
    if recipient is None or recipient.transfer is None:
        return None
    mechanism = recipient.transfer.mechanism
    return mechanism if isinstance(mechanism, str) else None


def _list_changes(kind: str, path: str, before: list[str], after: list[str],
                  material_when_added: bool) -> Iterator[Change]:
    for value in after:
        if value not in before:
            yield Change(f"{kind}-added", path, None, value, material_when_added)
    for value in before:
        if value not in after:
            yield Change(f"{kind}-removed", path, value, None, False)


def _purpose_changes(old: Purpose, new: Purpose, path: str) -> Iterator[Change]:
    if _text(old.name) != _text(new.name):
        yield Change("purpose-renamed", join_path(path, "name"), _text(old.name), _text(new.name),
                     False)
    if old.legal_basis != new.legal_basis:
        yield Change("legal-basis-changed", join_path(path, "legal_basis"), old.legal_basis,
                     new.legal_basis, True)
    yield from _list_changes("data-category", join_path(path, "data_categories"),
                             _ids(old.data_categories), _ids(new.data_categories), True)
    yield from _list_changes("data-subject", join_path(path, "data_subjects"),
                             _ids(old.data_subjects), _ids(new.data_subjects), True)
    yield from _list_changes("recipient", join_path(path, "recipients"),
                             _ids(old.recipients), _ids(new.recipients), True)
    before, after = _retention(old), _retention(new)
    if before != after:
        yield Change("retention-changed", join_path(path, "retention"), before, after,
                     _longer(before, after))


def _recipient_changes(old: Profile, new: Profile) -> Iterator[Change]:
    """Transfers outside the EEA: a new one (a new recipient there, or one that moved to a
    country outside the EEA it did not send data to before) is material, as is a changed
    safeguard; a transfer that ends is not."""
    previous_by_id = {recipient.id: recipient for recipient in old.recipient_list}
    current_ids = set()
    for index, recipient in enumerate(new.recipients or ()):
        if not isinstance(recipient, Recipient):
            continue
        path = join_path("recipients", index)
        current_ids.add(recipient.id)
        previous = previous_by_id.get(recipient.id)
        if _outside_eea(recipient) and (not _outside_eea(previous)
                                        or previous.country != recipient.country):
            yield Change("transfer-added", path, previous.country if previous else None,
                         {"country": recipient.country, "mechanism": _mechanism(recipient)},
                         True)
        elif _outside_eea(recipient) and _mechanism(previous) != _mechanism(recipient):
            yield Change("transfer-mechanism-changed", join_path(path, "transfer.mechanism"),
                         _mechanism(previous), _mechanism(recipient), True)
        elif _outside_eea(previous) and not _outside_eea(recipient):
            yield Change("transfer-removed", path, {"country": previous.country,
                                                    "mechanism": _mechanism(previous)},
                         recipient.country if isinstance(recipient.country, str) else None,
                         False)
    for index, previous in enumerate(old.recipients or ()):
        if (isinstance(previous, Recipient) and previous.id not in current_ids
                and _outside_eea(previous)):
            yield Change("transfer-removed", join_path("recipients", index),
                         {"country": previous.country, "mechanism": _mechanism(previous)},
                         None, False)


def _contact(entity, keys: tuple[str, ...]) -> dict | None:
    if entity is None or not hasattr(entity, "where"):
        return None
    return {key: getattr(entity, key) for key in keys
            if isinstance(getattr(entity, key), (str, bool))}


def _contact_changes(old: Profile, new: Profile) -> Iterator[Change]:
    pairs = (
        ("controller-changed", "controller", old.controller, new.controller,
         ("name", "email", "phone", "website", "contact_form")),
        ("dpo-changed", "dpo", old.dpo, new.dpo, ("appointed", "name", "email", "phone")),
        ("rights-contact-changed", "rights.contact",
         old.rights.contact if old.rights is not None else None,
         new.rights.contact if new.rights is not None else None,
         ("email", "contact_form", "post")),
    )
    for kind, path, before_entity, after_entity, keys in pairs:
        before, after = _contact(before_entity, keys), _contact(after_entity, keys)
        if before != after:
            yield Change(kind, path, before, after, False)
    old_address = _contact(old.controller.address if old.controller else None,
                           ("street", "postal_code", "city", "country"))
    new_address = _contact(new.controller.address if new.controller else None,
                           ("street", "postal_code", "city", "country"))
    if old_address != new_address:
        yield Change("controller-changed", "controller.address", old_address, new_address, False)


def substantive_changes(old: Profile, new: Profile) -> list[Change]:
    """Every substantive change from `old` to `new`, in the order of the new profile."""
    changes: list[Change] = []
    old_purposes = {purpose.id: (index, purpose) for index, purpose in enumerate(old.purposes or ())
                    if isinstance(purpose, Purpose)}
    new_ids = set()
    for index, purpose in enumerate(new.purposes or ()):
        if not isinstance(purpose, Purpose):
            continue
        path = join_path("purposes", index)
        new_ids.add(purpose.id)
        if purpose.id not in old_purposes:
            changes.append(Change("purpose-added", path, None, _text(purpose.name), True))
        else:
            changes.extend(_purpose_changes(old_purposes[purpose.id][1], purpose, path))
    for purpose_id, (index, purpose) in old_purposes.items():
        if purpose_id not in new_ids:
            changes.append(Change("purpose-removed", join_path("purposes", index),
                                  _text(purpose.name), None, False))
    changes.extend(_recipient_changes(old, new))
    changes.extend(_contact_changes(old, new))
    return changes


def is_substantive(changes: list[Change]) -> bool:
    return any(change.material for change in changes)
