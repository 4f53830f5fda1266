"""The processing in one language: each purpose, each recipient and each transfer, as the
templates show them. Enum values (legal bases, roles, mechanisms) stay keys: the templates word
them through the catalog."""

from __future__ import annotations

from dataclasses import dataclass

from ..law.adequacy import adequacy
from ..profile.model import (CONSENT_BY, DEROGATIONS, LEGAL_BASES, MECHANISMS, OBSERVED_SOURCE,
                             REQUIREMENTS, ROLES, SPECIAL_CONDITIONS, SUBJECT_SOURCE, Profile,
                             Purpose, Recipient, Text, Transfer)
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
DEROGATION = statement_msgid("which exception the transfer relies on")
CONSENT_BY_LABEL = statement_msgid("who gives consent for children")
PERIOD_FROM = statement_msgid("%(period)s from %(start)s")


def adequacy_decision(country: str | None) -> tuple[str | None, str | None]:
    """The number of the Commission's adequacy decision for `country` and what it covers
    (`adequacy.WHOLE`, `CERTIFIED` or `SECTOR`); (None, None) without a decision."""
    entry = adequacy(country) if country else None
    return (entry.decision, entry.coverage) if entry else (None, None)


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
    interest: str | None            # with legitimate_interests (shapes.Prose)
    provision_law: str | None       # the law or task, with legal_obligation or public_task
    special_condition: str | None   # a key of SPECIAL_CONDITIONS, or a gap
    special_provision: str | None   # the national law behind Art. 9(2)(g) or Art. 10 data
    from_subject: bool
    observed: bool                  # we record some of the data ourselves
    sources: list[tuple[str, bool]]  # (name, publicly accessible)
    requirement: str | None         # a key of REQUIREMENTS, or a gap
    consequence: str | None
    retention_period: str | None    # "10 jaar vanaf ...", or a gap
    retention_criteria: str | None  # shapes.Prose, or a gap
    recipients: list[str]
    direct_marketing: bool
    consent_by: str | None          # who consents for children, when the purpose needs it
    online_service: bool            # an information society service offered to a child
    consent_age: int | None         # the organisation's own age, where the law sets none
    manual_only: bool               # on paper only: no right to data portability

    @property
    def special_names(self) -> list[str]:
        return [category.name for category in self.categories if category.special]

    @property
    def criminal_names(self) -> list[str]:
        return [category.name for category in self.categories if category.criminal]


@dataclass(slots=True)
class TransferView:
    mechanism: str  # a key of MECHANISMS, or a gap
    framework: str | None  # the framework the recipient is certified under (partial adequacy)
    decision: str | None   # the number of the Commission's adequacy decision, when known
    coverage: str | None   # what that decision covers: the whole country, certified
                           # organisations or a sector (`adequacy`); None without a decision
    derogation: str | None  # a key of DEROGATIONS, or a gap, with mechanism derogation
    copy: str | None       # shapes.Prose, or a link


@dataclass(slots=True)
class RecipientView:
    name: str  # its name, or its category when it has no name
    role: str
    description: str | None
    arrangement: str | None     # joint controllers: the essence of the arrangement (Art. 26(2))
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
    chosen = [(category_id, categories.get(category_id)) for category_id in category_ids]
    # Examples that fit this purpose replace the category's general ones (Art. 14(1)(d)).
    own_examples = purpose.examples if isinstance(purpose.examples, dict) else {}
    category_views = [
        CategoryView(read.text(category.name, CATEGORIES),
                     read.optional_prose(own_examples.get(category_id, category.examples)),
                     category.special is True, category.criminal is True)
        if category is not None else CategoryView(read.gaps.mark(CATEGORIES), None, False, False)
        for category_id, category in chosen]
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
    criminal = any(category.criminal for category in category_views)
    provision = purpose.provision
    requirement = consequence = None
    if provision is not None and (from_subject or not observed):
        requirement = read.choice(provision.requirement, REQUIREMENTS, REQUIREMENT)
        consequence = read.optional_prose(provision.consequence, CONSEQUENCE)
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
    special_condition = (read.choice(purpose.special_category_condition, SPECIAL_CONDITIONS,
                                     SPECIAL_CONDITION)
                         if special or purpose.special_category_condition is not None else None)
    national_law = special_condition == "substantial_public_interest" or criminal
    consent_age = purpose.consent_age
    return PurposeView(
        name=read.text(purpose.name, PURPOSE_NAME),
        description=read.optional_prose(purpose.description),
        subjects=[read.text(subjects[subject_id].name, SUBJECTS) if subject_id in subjects
                  else read.gaps.mark(SUBJECTS) for subject_id in subject_ids]
        or [read.gaps.mark(SUBJECTS)],
        categories=category_views,
        legal_basis=basis,
        interest=(read.prose(purpose.legitimate_interest, INTEREST)
                  if basis == "legitimate_interests" else None),
        provision_law=(read.optional_prose(purpose.legal_provision)
                       if basis in ("legal_obligation", "public_task") else None),
        special_condition=special_condition,
        special_provision=(read.optional_prose(purpose.legal_provision)
                           if national_law else None),
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
        online_service=purpose.online_service is True,
        consent_age=consent_age if isinstance(consent_age, int) else None,
        manual_only=purpose.manual_only is True,
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
    return period, read.optional_prose(retention.criteria, RETENTION)


def recipient_view(read: Reader, recipient: Recipient, purposes: list[str]) -> RecipientView:
    if isinstance(recipient.name, Text):
        name = read.name(recipient.name, RECIPIENT)
    else:
        name = read.text(recipient.category, RECIPIENT)
    country = recipient.country if isinstance(recipient.country, str) else None
    outside = read.outside_eea(country)
    transfer = None
    if outside:
        transfer = transfer_view(read, recipient.transfer, country)
    role = read.choice(recipient.role, ROLES, ROLE)
    return RecipientView(
        name=name, role=role,
        description=read.optional_text(recipient.description),
        arrangement=(read.optional_prose(recipient.arrangement)
                     if role == "joint_controller" else None),
        unnamed_reason=(read.optional_prose(recipient.unnamed_reason)
                        if not isinstance(recipient.name, Text) else None),
        country=read.country(country) if country else None, outside_eea=outside,
        transfer=transfer, purposes=purposes)


def transfer_view(read: Reader, transfer: object, country: str | None) -> TransferView:
    if not isinstance(transfer, Transfer):
        return TransferView(read.gaps.mark(MECHANISM), None, None, None, None, None)
    mechanism = read.choice(transfer.mechanism, MECHANISMS, MECHANISM)
    decision, coverage = adequacy_decision(country)
    derogation = None
    if mechanism == "derogation":
        derogation = read.choice(transfer.derogation, DEROGATIONS, DEROGATION)
    return TransferView(
        mechanism=mechanism,
        framework=read.optional_string(transfer.framework),
        decision=decision, coverage=coverage,
        derogation=derogation,
        copy=read.text_or_link(transfer.copy))
