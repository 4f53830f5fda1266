"""Substantive changes in plain words, in the reader's language.

A change keeps its kind, path and raw values (`substance.Change`); its wording is rendered late
from the catalogs, with the names of purposes, data and recipients taken from the profiles in
the reader's language, durations written out by Babel ("2 jaar -> 5 jaar") and countries named
("Verenigde Staten").
"""

from __future__ import annotations

import re

from ..archive.substance import Change
from ..catalogs import N_, translator
from ..check.findings import Message, message
from ..formatting import country_name, format_duration, locale_for
from ..profile.model import Profile, Text
from ..render.purposes import TIME_PREPOSITIONS
from .model import VersionDiff

SENTENCES = {
    "purpose-added": N_("New purpose: {purpose_name}"),
    "purpose-removed": N_("Purpose removed: {purpose_name}"),
    "purpose-renamed": N_("Purpose renamed: {before} -> {after}"),
    "legal-basis-changed": N_("Legal basis for {purpose_name}: {before} -> {after}"),
    "data-category-added": N_("{purpose_name}: new kind of data: {item}"),
    "data-category-removed": N_("{purpose_name}: kind of data removed: {item}"),
    "data-subject-added": N_("{purpose_name}: new group of people: {item}"),
    "data-subject-removed": N_("{purpose_name}: group of people removed: {item}"),
    "recipient-added": N_("{purpose_name}: new recipient: {item}"),
    "recipient-removed": N_("{purpose_name}: recipient removed: {item}"),
    "retention-changed": N_("Retention for {purpose_name}: {before} -> {after}"),
    "transfer-added": N_("New transfer outside the EEA: {recipient} in {country} ({mechanism})"),
    "transfer-mechanism-changed": N_("Safeguard for the transfer to {recipient}: {before} -> "
                                     "{after}"),
    "transfer-removed": N_("Transfer outside the EEA ended: {recipient} in {country}"),
    "controller-changed": N_("Controller's details changed: {details}"),
    "dpo-changed": N_("Data protection officer's details changed: {details}"),
    "rights-contact-changed": N_("Contact for requests about rights changed: {details}"),
}
OTHER = N_("Other change ({kind}) at {path}")
LEGAL_BASES = {"consent": N_("consent"), "contract": N_("contract"),
               "legal_obligation": N_("legal obligation"), "vital_interests": N_("vital interests"),
               "public_task": N_("public task"),
               "legitimate_interests": N_("legitimate interests")}
MECHANISMS = {"adequacy_decision": N_("adequacy decision"),
              "standard_contractual_clauses": N_("standard contractual clauses"),
              "binding_corporate_rules": N_("binding corporate rules"),
              "derogation": N_("derogation (GDPR Art. 49)"),
              "privacy_shield": N_("Privacy Shield (no longer valid)")}
FIELDS = {"name": N_("name"), "email": N_("e-mail"), "phone": N_("phone"),
          "website": N_("website"), "contact_form": N_("contact form"),
          "appointed": N_("appointed"), "post": N_("requests by post"), "street": N_("street"),
          "postal_code": N_("postal code"), "city": N_("city"), "country": N_("country")}
DETAIL = N_("{field}: {before} -> {after}")
PERIOD_FROM = N_("{period} from {start}")
YES, NO, NONE = N_("yes"), N_("no"), N_("none")
NO_SAFEGUARD = N_("no safeguard given")
NOT_STATED = N_("not stated")
_INDEX = re.compile(r"^(purposes|recipients)\[(\d+)\]")


class _Words:
    """Names and values of one diff, in one language."""

    def __init__(self, diff: VersionDiff, lang: str) -> None:
        self.diff, self.lang = diff, lang
        self.ui = translator(lang)
        self.locale = locale_for(lang, diff.new_profile.jurisdiction)

    def text(self, value) -> str:
        if isinstance(value, Text):
            value = value.values
        if isinstance(value, dict):
            return value.get(self.lang) or next(iter(value.values()), "")
        return "" if value is None else str(value)

    def entry(self, path: str, old: bool = False):
        match = _INDEX.match(path)
        profile = self.diff.old_profile if old else self.diff.new_profile
        entries = getattr(profile, match.group(1)) or () if match else ()
        index = int(match.group(2)) if match else -1
        return entries[index] if 0 <= index < len(entries) else None

    def purpose(self, path: str) -> str:
        purpose = self.entry(path)
        return self.text(purpose.name) if purpose is not None else path

    def listed(self, kind: str, item_id: str) -> str:
        """The name of a data category, group of people or recipient, from either profile."""
        for profile in (self.diff.new_profile, self.diff.old_profile):
            for entry in getattr(profile, kind) or ():
                if getattr(entry, "id", None) == item_id:
                    name = getattr(entry, "name", None)
                    return self.text(name) or self.text(getattr(entry, "category", None)) \
                        or item_id
        return item_id

    def recipient(self, path: str, old: bool) -> str:
        entry = self.entry(path, old)
        if entry is None:
            return path
        return self.text(entry.name) or self.text(entry.category) or entry.id

    def label(self, labels: dict[str, str], value) -> str:
        if value is None:
            return self.ui.gettext(NO_SAFEGUARD)
        return self.ui.gettext(labels[value]) if value in labels else str(value)

    def country(self, code) -> str:
        return country_name(code, self.locale) if isinstance(code, str) else self.value(code)

    def value(self, value) -> str:
        if isinstance(value, bool):
            return self.ui.gettext(YES if value else NO)
        return self.ui.gettext(NONE) if value in (None, "") else str(value)

    def retention(self, value: dict | None, other: dict | None) -> str:
        """A retention as the reader says it; the starting point only where it changed."""
        if not value:
            return self.ui.gettext(NOT_STATED)
        if not value.get("period"):
            return self.text(value.get("criteria")) or self.ui.gettext(NOT_STATED)
        period = format_duration(value["period"], self.locale)
        start = self.text(value.get("from"))
        if not start or (other and other.get("from") == value.get("from")):
            return period
        if start.startswith(TIME_PREPOSITIONS.get(self.lang, ())):
            return f"{period} {start}"
        return self.ui.format(PERIOD_FROM, period=period, start=start)

    def details(self, before: dict | None, after: dict | None) -> str:
        before, after = before or {}, after or {}
        parts = []
        for field in dict.fromkeys([*before, *after]):  # in the order of the profile
            if before.get(field) == after.get(field):
                continue
            show = self.country if field == "country" else self.value
            label = self.ui.gettext(FIELDS[field]) if field in FIELDS else field
            parts.append(self.ui.format(DETAIL, field=label,
                                        before=show(before.get(field)),
                                        after=show(after.get(field))))
        return "; ".join(parts)


def describe(change: Change, diff: VersionDiff, lang: str) -> Message:
    """The change in plain words, as a message to render in `lang`."""
    words = _Words(diff, lang)
    kind, before, after = change.kind, change.before, change.after
    if kind not in SENTENCES:
        return message(OTHER, kind=kind, path=change.path)
    if kind in ("purpose-added", "purpose-removed"):
        args = {"purpose_name": words.text(after if kind == "purpose-added" else before)}
    elif kind == "purpose-renamed":
        args = {"before": words.text(before), "after": words.text(after)}
    elif kind == "legal-basis-changed":
        args = {"purpose_name": words.purpose(change.path),
                "before": words.label(LEGAL_BASES, before),
                "after": words.label(LEGAL_BASES, after)}
    elif kind == "retention-changed":
        args = {"purpose_name": words.purpose(change.path),
                "before": words.retention(before, after),
                "after": words.retention(after, before)}
    elif kind.startswith(("data-category-", "data-subject-", "recipient-")):
        listing = {"data-category": "data_categories", "data-subject": "data_subjects",
                   "recipient": "recipients"}[kind.rsplit("-", 1)[0]]
        args = {"purpose_name": words.purpose(change.path),
                "item": words.listed(listing, after if before is None else before)}
    elif kind == "transfer-added":
        args = {"recipient": words.recipient(change.path, old=False),
                "country": words.country(after["country"]),
                "mechanism": words.label(MECHANISMS, after["mechanism"])}
    elif kind == "transfer-mechanism-changed":
        args = {"recipient": words.recipient(change.path, old=False),
                "before": words.label(MECHANISMS, before),
                "after": words.label(MECHANISMS, after)}
    elif kind == "transfer-removed":
        args = {"recipient": words.recipient(change.path, old=after is None),
                "country": words.country(before["country"])}
    else:
        args = {"details": words.details(before, after)}
    return message(SENTENCES[kind], **args)


def describe_in(change: Change, diff: VersionDiff, lang: str) -> str:
    return describe(change, diff, lang).render(lang)


def profile_name(profile: Profile) -> str:
    """The organisation's name as its profile gives it, or its id."""
    controller = profile.controller
    name = getattr(controller, "name", None)
    return name if isinstance(name, str) and name else str(profile.id)
