"""The template context: one profile seen in one language, every value ready for Markdown.

`document_view()` reads the whole profile once and derives what the law makes depend on it:
which rights apply given the legal bases in use, whether the right to object needs its own
heading, which recipients are outside the EEA, whether children consent. The templates only
arrange and word what is here.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..authorities import consent_age, supervisory_authority
from ..model import (COOKIE_CATEGORIES, AutomatedDecision, Changes, Controller, Cookie, Dpo,
                     Profile, Regulation, Rights, RightsContact)
from .gaps import statement_msgid
from .markup import code, link
from .purposes import (CategoryView, Lookups, PurposeView, RecipientView, purpose_view,
                       recipient_view)
from .values import ADDRESS, Reader
from .version import Version

CONTROLLER = statement_msgid("name of the organisation")
CONTACT = statement_msgid("e-mail address or contact form")
DPO_CONTACT = statement_msgid("e-mail address of the data protection officer")
AUTHORITY = statement_msgid("supervisory authority")
WITHDRAW = statement_msgid("how to withdraw consent")
RESPONSE_TIME = statement_msgid("response time")
NOTICE_PERIOD = statement_msgid("notice period for changes")
DECISION_PURPOSE = statement_msgid("purpose of the automated decision")
LOGIC = statement_msgid("logic of the automated decision")
SIGNIFICANCE = statement_msgid("consequences of the automated decision")
COOKIE = statement_msgid("cookie")
DEFAULT_RESPONSE_TIME = "P1M"


@dataclass(slots=True)
class Party:
    """An organisation or person people can write to."""

    name: str | None
    address: str | None = None
    email: str | None = None
    website: str | None = None
    contact_form: str | None = None
    phone: str | None = None
    registration: str | None = None


@dataclass(slots=True)
class DecisionView:
    purpose: str
    logic: str
    significance: str


@dataclass(slots=True)
class CookieView:
    name: str
    provider: str
    purpose: str
    duration: str | None  # None: until the browser closes
    category: str


@dataclass(slots=True)
class RightsView:
    email: str | None
    contact_form: str | None
    post: str | None            # the postal address, when requests by post are welcome
    response_time: str
    identification: str | None
    withdraw_consent: str | None
    consent: list[str]          # purposes on consent: consent can be withdrawn
    portability: list[str]      # purposes on consent or contract (Art. 20)
    objection: list[str]        # purposes on legitimate interests or public task (Art. 21)
    marketing: list[str]        # direct marketing: objection always succeeds
    erasure_limited: list[str]  # legal obligation or public task (Art. 17(3)(b))
    children: list[tuple[str, str]]  # (purpose, who consents)
    consent_age: int | None


@dataclass(slots=True)
class DocumentView:
    lang: str
    locale: str
    jurisdiction: str
    jurisdiction_name: str
    controller: Party
    dpo: Party | None
    authority: Party | str  # a gap when no authority is known
    subjects: list[tuple[str, bool]]  # (name, may include children)
    categories: list[CategoryView]
    purposes: list[PurposeView]
    recipients: list[RecipientView]
    decisions: list[DecisionView]
    rights: RightsView
    cookies: list[CookieView]
    security: str | None
    notify: str | None
    notice_period: str | None
    scope: str | None
    adopted_by: str | None
    approved_by: str | None
    breach_contact: str | None
    complaints_procedure: str | None
    version: Version | None
    draft: bool

    @property
    def transfers(self) -> list[RecipientView]:
        return [recipient for recipient in self.recipients if recipient.outside_eea]


def document_view(profile: Profile, read: Reader, version: Version | None) -> DocumentView:
    controller = _controller(read, profile)
    recipients: list[RecipientView] = []
    by_id: dict[str, RecipientView] = {}
    for recipient in profile.recipient_list:
        view = recipient_view(read, recipient, [])
        recipients.append(view)
        by_id.setdefault(recipient.id, view)
    lookups = Lookups.of(profile, {recipient_id: view.name for recipient_id, view in
                                   by_id.items()})
    purposes = []
    for purpose in profile.purpose_list:
        view = purpose_view(read, purpose, lookups)
        purposes.append(view)
        for recipient_id in purpose.recipients if isinstance(purpose.recipients, list) else ():
            if recipient_id in by_id:
                by_id[recipient_id].purposes.append(view.name)
    subjects = [(read.text(subject.name), subject.minors is True)
                for subject in profile.subjects_by_id().values()]
    categories = [CategoryView(read.text(category.name), read.optional_text(category.examples),
                               category.special is True, category.criminal is True)
                  for category in profile.categories_by_id().values()]
    changes = profile.changes if isinstance(profile.changes, Changes) else None
    regulation = profile.regulation if isinstance(profile.regulation, Regulation) else None
    jurisdiction = profile.jurisdiction if isinstance(profile.jurisdiction, str) else ""
    return DocumentView(
        lang=read.lang, locale=read.locale, jurisdiction=jurisdiction,
        jurisdiction_name=read.country(jurisdiction) if jurisdiction else "",
        controller=controller, dpo=_dpo(read, profile),
        authority=_authority(read, profile), subjects=subjects, categories=categories,
        purposes=purposes,
        recipients=recipients,
        decisions=[_decision(read, profile, decision) for decision in
                   profile.automated_decisions or ()
                   if isinstance(decision, AutomatedDecision)],
        rights=_rights(read, profile, purposes, controller),
        cookies=[_cookie(read, cookie) for cookie in profile.cookies or ()
                 if isinstance(cookie, Cookie)],
        security=read.optional_text(profile.security.summary if profile.security else None),
        notify=read.optional_text(changes.notify) if changes else None,
        notice_period=(read.duration(changes.notice_period, NOTICE_PERIOD)
                       if changes and changes.notice_period is not None else None),
        scope=read.optional_text(regulation.scope) if regulation else None,
        adopted_by=read.optional_text(regulation.adopted_by) if regulation else None,
        approved_by=read.optional_text(regulation.approved_by) if regulation else None,
        breach_contact=_link(regulation.breach_contact) if regulation else None,
        complaints_procedure=(read.text_or_link(regulation.complaints_procedure)
                              if regulation else None),
        version=version, draft=read.gaps.draft)


def _controller(read: Reader, profile: Profile) -> Party:
    """The controller, with an e-mail address or a contact form (or a gap in their place)."""
    controller = profile.controller
    if not isinstance(controller, Controller):
        return Party(name=read.gaps.mark(CONTROLLER), address=read.gaps.mark(ADDRESS),
                     email=read.gaps.mark(CONTACT))
    party = Party(name=read.string(controller.name, CONTROLLER),
                  address=read.address(controller.address), email=_link(controller.email),
                  website=_link(controller.website), contact_form=_link(controller.contact_form),
                  phone=read.optional_string(controller.phone),
                  registration=read.optional_string(controller.registration))
    if not (party.email or party.contact_form):
        party.email = read.gaps.mark(CONTACT)
    return party


def _link(value: object) -> str | None:
    """An e-mail or web address as an autolink; None when absent or unreadable."""
    return link(value) if isinstance(value, str) and value else None


def _dpo(read: Reader, profile: Profile) -> Party | None:
    dpo = profile.dpo
    mandatory = profile.public_authority is True
    if not isinstance(dpo, Dpo) or dpo.appointed is not True:
        if mandatory:
            return Party(name=None, email=read.gaps.mark(DPO_CONTACT))
        return None
    return Party(name=read.optional_string(dpo.name),
                 address=read.address(dpo.address) if dpo.address is not None else None,
                 email=_link(dpo.email) or read.gaps.mark(DPO_CONTACT),
                 phone=read.optional_string(dpo.phone))


def _authority(read: Reader, profile: Profile) -> Party | str:
    authority = supervisory_authority(profile)
    if authority is None:
        return read.gaps.mark(AUTHORITY)
    return Party(name=read.text(authority.name, AUTHORITY),
                 address=read.address(authority.address) if authority.address else None,
                 email=_link(authority.email), website=_link(authority.website),
                 phone=read.optional_string(authority.phone))


def _decision(read: Reader, profile: Profile, decision: AutomatedDecision) -> DecisionView:
    names = {purpose.id: purpose.name for purpose in profile.purpose_list}
    return DecisionView(purpose=read.text(names.get(decision.purpose), DECISION_PURPOSE),
                        logic=read.text(decision.logic, LOGIC),
                        significance=read.text(decision.significance, SIGNIFICANCE))


def _cookie(read: Reader, cookie: Cookie) -> CookieView:
    return CookieView(
        name=code(cookie.name) if isinstance(cookie.name, str) else read.gaps.mark(COOKIE),
        provider=read.string(cookie.provider, COOKIE), purpose=read.text(cookie.purpose, COOKIE),
        duration=None if cookie.duration == "session" else read.duration(cookie.duration,
                                                                            COOKIE),
        category=read.choice(cookie.category, COOKIE_CATEGORIES, COOKIE))


def _rights(read: Reader, profile: Profile, purposes: list[PurposeView],
            controller: Party) -> RightsView:
    rights = profile.rights if isinstance(profile.rights, Rights) else None
    contact = rights.contact if rights and isinstance(rights.contact, RightsContact) else None
    if contact is not None:
        email, form = _link(contact.email), _link(contact.contact_form)
        post = controller.address if contact.post is True else None
        if not (email or form or post):
            email, form = controller.email, controller.contact_form
    else:
        email, form, post = controller.email, controller.contact_form, controller.address
    if not (email or form or post):
        email = read.gaps.mark(CONTACT)

    def named(*bases: str) -> list[str]:
        return [purpose.name for purpose in purposes if purpose.legal_basis in bases]

    consent = [purpose.name for purpose in purposes if purpose.legal_basis == "consent"
               or purpose.special_condition == "explicit_consent"]
    withdraw = None
    if consent or (rights and rights.withdraw_consent is not None):
        withdraw = read.text(rights.withdraw_consent if rights else None, WITHDRAW)
    response = rights.response_time if rights and rights.response_time is not None \
        else DEFAULT_RESPONSE_TIME
    return RightsView(
        email=email, contact_form=form, post=post,
        response_time=read.duration(response, RESPONSE_TIME),
        identification=read.optional_text(rights.identification) if rights else None,
        withdraw_consent=withdraw, consent=consent,
        portability=named("consent", "contract"),
        objection=[purpose.name for purpose in purposes
                   if purpose.legal_basis in ("legitimate_interests", "public_task")
                   or purpose.direct_marketing],
        marketing=[purpose.name for purpose in purposes if purpose.direct_marketing],
        erasure_limited=named("legal_obligation", "public_task"),
        children=[(purpose.name, purpose.consent_by) for purpose in purposes
                  if purpose.consent_by is not None],
        consent_age=consent_age(profile.jurisdiction))
