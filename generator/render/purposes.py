"""The processing in one language: each purpose, each recipient and each transfer, as the
templates show them. Enum values (legal bases, roles, mechanisms) stay keys: the templates word
them through the catalog."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import (CONSENT_BY, LEGAL_BASES, MECHANISMS, REQUIREMENTS, ROLES, SPECIAL_CONDITIONS,
                     OBSERVED_SOURCE, SUBJECT_SOURCE, Profile, Purpose, Recipient, Text,
                     Transfer)
from .gaps import statement_msgid
from .values import Reader

PURPOSE_NAME = statement_msgid("name of the purpose")
SUBJECTS = statement_msgid("whose data")
CATEGORIES = statement_msgid("which data")
LEGAL_BASIS = statement_msgid("legal basis")
INTEREST = statement_msgid("legitimate interest")
SPECIAL_CONDITION = statement_msgid("ground for using special categories of data")
SOURCE = statement_msgid("source of the data")
REQUIREMENT = statement_msgid("whether you have to provide the data")
CONSEQUENCE = statement_msgid("what happens if you do not provide the data")
RETENTION = statement_msgid("retention period")
RECIPIENTS = statement_msgid("recipients")
RECIPIENT = statement_msgid("name of the recipient")
ROLE = statement_msgid("role of the recipient")
MECHANISM = statement_msgid("safeguard for the transfer")
CONSENT_BY_LABEL = statement_msgid("who gives consent for children")
PERIOD_FROM = statement_msgid("%(period)s from %(start)s")

# Words that already open a time phrase ("after your membership ends"): the period is then
# followed by the phrase as it is, not by "from" ("vanaf").
TIME_PREPOSITIONS = {"en": ("after ", "from ", "since ", "as of ", "starting "),
                     "nl": ("na ", "vanaf ", "sinds ", "met ingang van ")}


@dataclass(slots=True)
class CategoryView:
    name: str
    examples: str | None
    special: bool
    criminal: bool


@dataclass(slots=True)
class PurposeView:
    name: str
    description: str | None
    subjects: list[str]
    categories: list[CategoryView]
    legal_basis: str                # a key of LEGAL_BASES, or a gap
    interest: str | None            # with legitimate_interests
    provision_law: str | None       # the law or task, with legal_obligation or public_task
    special_condition: str | None   # a key of SPECIAL_CONDITIONS, or a gap
    from_subject: bool
    observed: bool                  # data we record ourselves (`sources: [observed]`)
    sources: list[tuple[str, bool]]  # (name, publicly accessible)
    requirement: str | None         # a key of REQUIREMENTS, or a gap
    consequence: str | None
    retention_period: str | None    # "10 jaar vanaf ...", or a gap
    retention_criteria: str | None
    recipients: list[str]
    direct_marketing: bool
    consent_by: str | None          # who consents for children, when the purpose needs it

    @property
    def special_names(self) -> list[str]:
        return [category.name for category in self.categories if category.special]

    @property
    def criminal_names(self) -> list[str]:
        return [category.name for category in self.categories if category.criminal]


@dataclass(slots=True)
class TransferView:
    mechanism: str  # a key of MECHANISMS, or a gap
    framework: str | None
    copy: str | None


@dataclass(slots=True)
class RecipientView:
    name: str  # its name, or its category when it has no name
    role: str
    description: str | None
    unnamed_reason: str | None  # why a recipient given as a category has no name
    country: str | None
    outside_eea: bool
    transfer: TransferView | None
    purposes: list[str]


@dataclass(slots=True)
class Lookups:
    """The profile's lists by id, built once per document."""

    subjects: dict
    categories: dict
    sources: dict
    recipient_names: dict[str, str]

    @classmethod
    def of(cls, profile: Profile, recipient_names: dict[str, str]) -> "Lookups":
        return cls(profile.subjects_by_id(), profile.categories_by_id(),
                   {source.id: source for source in profile.source_list}, recipient_names)


def purpose_view(read: Reader, purpose: Purpose, lookups: Lookups) -> PurposeView:
    subjects, categories, sources = lookups.subjects, lookups.categories, lookups.sources
    recipient_names = lookups.recipient_names
    subject_ids = purpose.data_subjects or ()
    category_ids = purpose.data_categories or ()
    basis = read.choice(purpose.legal_basis, LEGAL_BASES, LEGAL_BASIS)
    chosen = [categories.get(category_id) for category_id in category_ids]
    category_views = [
        CategoryView(read.text(category.name, CATEGORIES),
                     read.optional_text(category.examples), category.special is True,
                     category.criminal is True)
        if category is not None else CategoryView(read.gaps.mark(CATEGORIES), None, False, False)
        for category in chosen]
    if not category_views:
        category_views.append(CategoryView(read.gaps.mark(CATEGORIES), None, False, False))
    source_ids = purpose.sources if isinstance(purpose.sources, list) else []
    other_sources = [(read.text(sources[source_id].name, SOURCE), sources[source_id].public is True)
                     if source_id in sources else (read.gaps.mark(SOURCE), False)
                     for source_id in source_ids
                     if source_id not in (SUBJECT_SOURCE, OBSERVED_SOURCE)]
    from_subject = SUBJECT_SOURCE in source_ids
    observed = OBSERVED_SOURCE in source_ids
    if not source_ids:
        other_sources.append((read.gaps.mark(SOURCE), False))
    special = any(category.special for category in category_views)
    provision = purpose.provision
    requirement = consequence = None
    if provision is not None:
        requirement = read.choice(provision.requirement, REQUIREMENTS, REQUIREMENT)
        consequence = read.optional_text(provision.consequence, CONSEQUENCE)
    minors = any(subject_id in subjects and subjects[subject_id].minors is True
                 for subject_id in subject_ids)
    consent_by = None
    if basis == "consent" and (minors or purpose.consent_by is not None):
        consent_by = read.choice(purpose.consent_by, CONSENT_BY, CONSENT_BY_LABEL)
    recipient_ids = purpose.recipients
    if not isinstance(recipient_ids, list):
        purpose_recipients = [read.gaps.mark(RECIPIENTS)]
    else:
        purpose_recipients = [recipient_names.get(recipient_id) or read.gaps.mark(RECIPIENT)
                              for recipient_id in recipient_ids]
    period, criteria = retention_of(read, purpose)
    return PurposeView(
        name=read.text(purpose.name, PURPOSE_NAME),
        description=read.optional_text(purpose.description),
        subjects=[read.text(subjects[subject_id].name, SUBJECTS) if subject_id in subjects
                  else read.gaps.mark(SUBJECTS) for subject_id in subject_ids]
        or [read.gaps.mark(SUBJECTS)],
        categories=category_views,
        legal_basis=basis,
        interest=(read.text(purpose.legitimate_interest, INTEREST)
                  if basis == "legitimate_interests" else None),
        provision_law=(read.optional_text(purpose.legal_provision)
                       if basis in ("legal_obligation", "public_task") else None),
        special_condition=(read.choice(purpose.special_category_condition, SPECIAL_CONDITIONS,
                                       SPECIAL_CONDITION)
                           if special or purpose.special_category_condition is not None
                           else None),
        from_subject=from_subject,
        observed=observed,
        sources=other_sources,
        requirement=requirement,
        consequence=consequence,
        retention_period=period,
        retention_criteria=criteria,
        recipients=purpose_recipients,
        direct_marketing=purpose.direct_marketing is True,
        consent_by=consent_by,
    )


def retention_of(read: Reader, purpose: Purpose) -> tuple[str | None, str | None]:
    """The retention period with the event it runs from, and the criteria; a gap when
    neither can be shown."""
    retention = purpose.retention
    if retention is None or not (retention.period or retention.criteria):
        return read.gaps.mark(RETENTION), None
    period = None
    if retention.period is not None:
        period = read.duration(retention.period, RETENTION)
        if retention.start is not None:
            start = read.text(retention.start)
            if start.lower().startswith(TIME_PREPOSITIONS.get(read.lang, ())):
                period = f"{period} {start}"
            else:
                period = read.gettext(PERIOD_FROM) % {"period": period, "start": start}
    return period, read.optional_text(retention.criteria, RETENTION)


def recipient_view(read: Reader, recipient: Recipient, purposes: list[str]) -> RecipientView:
    if isinstance(recipient.name, Text):
        name = read.name(recipient.name, RECIPIENT)
    else:
        name = read.text(recipient.category, RECIPIENT)
    country = recipient.country if isinstance(recipient.country, str) else None
    outside = read.outside_eea(country)
    transfer = None
    if outside:
        transfer = transfer_view(read, recipient.transfer)
    return RecipientView(
        name=name, role=read.choice(recipient.role, ROLES, ROLE),
        description=read.optional_text(recipient.description),
        unnamed_reason=(read.optional_text(recipient.unnamed_reason)
                        if not isinstance(recipient.name, Text) else None),
        country=read.country(country) if country else None, outside_eea=outside,
        transfer=transfer, purposes=purposes)


def transfer_view(read: Reader, transfer: object) -> TransferView:
    if not isinstance(transfer, Transfer):
        return TransferView(read.gaps.mark(MECHANISM), None, None)
    return TransferView(
        mechanism=read.choice(transfer.mechanism, MECHANISMS, MECHANISM),
        framework=read.optional_string(transfer.framework),
        copy=read.text_or_link(transfer.copy))
