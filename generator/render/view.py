"""The template context: one profile seen in one language, every value ready for Markdown.

`document_view()` reads the whole profile once and derives what the law makes depend on it:
which rights apply given the legal bases in use, whether the right to object needs its own
heading, which recipients are outside the EEA, whether children consent. The templates only
arrange and word what is here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..law.authorities import consent_age, supervisory_authority
from ..profile.model import (BODY_AIMS, COOKIE_CATEGORIES, AutomatedDecision, Changes, Controller,
                             Cookie, Dpo, Profile, Protocol, Regulation, Rights, RightsContact,
                             Security, SupervisoryAuthority)
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
WITHDRAW = statement_msgid("how you withdraw your consent")
RESPONSE_TIME = statement_msgid("response time")
NOTICE_PERIOD = statement_msgid("notice period for changes")
DECISION_PURPOSE = statement_msgid("purpose of the automated decision")
LOGIC = statement_msgid("logic of the automated decision")
SIGNIFICANCE = statement_msgid("consequences of the automated decision")
COOKIE = statement_msgid("cookie")
PROTOCOL = statement_msgid("name of the protocol")
# How Dutch readers know the two authorities privdocs names by default.
AUTHORITY_SHORT = {("NL", "nl"): "AP", ("BE", "nl"): "GBA"}
# A withdrawal text that says itself what the statement would say about withdrawing consent:
# the statement then does not say it twice.
WITHDRAW_ANYTIME = {"nl": re.compile(r"\b(altijd|op elk moment|op ieder moment|wanneer je maar)\b",
                                     re.IGNORECASE),
                    "en": re.compile(r"\b(at any time|whenever|always)\b", re.IGNORECASE)}
WITHDRAW_LAWFUL = {"nl": re.compile(r"\b(rechtmatig|toegestaan)", re.IGNORECASE),
                   "en": re.compile(r"\b(lawful|allowed)", re.IGNORECASE)}
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
    short: str | None = None  # a known abbreviation of the name ("AP")
    known: bool = False       # privdocs' own authority: its name reads with "the" ("de AP")


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
    consent: bool          # placed only with the visitor's consent (ePrivacy)
    recipient: RecipientView | None = None  # who receives what the cookie collects


@dataclass(slots=True)
class ProtocolView:
    """Another internal rule the regulation refers to."""

    name: str
    url: str | None
    summary: str | None


@dataclass(slots=True)
class RightsView:
    email: str | None
    contact_form: str | None
    post: str | None            # the postal address, when requests by post are welcome
    response_time: str
    identification: str | None
    withdraw_consent: str | None
    withdraw_says_anytime: bool  # the profile's withdrawal text already says "at any time"
    withdraw_says_lawful: bool   # ... and that what went before stays lawful
    consent: list[str]          # purposes on consent: consent can be withdrawn
    portability: list[str]      # automated purposes on consent or contract (Art. 20)
    objection: list[str]        # purposes on legitimate interests or public task (Art. 21)
    marketing: list[str]        # direct marketing: objection always succeeds
    erasure_limited: list[str]  # legal obligation or public task (Art. 17(3)(b))
    children: list[PurposeView]  # purposes on consent that may concern children
    consent_age: int | None      # the age the law sets for online services (Art. 8)


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
    security: str | None         # the summary of the measures (shapes.Prose)
    security_measures: list[str]
    notify: str | None
    notice_period: str | None
    scope: str | None
    adopted_by: str | None
    approved_by: str | None
    breach_contact: str | None
    complaints_procedure: str | None
    protocols: list[ProtocolView]
    publication: str | None
    dpo_reason: str | None       # why no DPO is appointed, when the profile says so
    body_aim: str | None         # a key of BODY_AIMS: the aim of a non-profit body (Art. 9(2)(d))
    formal: bool                 # the reader is addressed with "u"
    version: Version | None
    draft: bool
    # A statement for one audience, and a notice: for whom, and where the full statement is
    # (a link built from the site's address; None: the documents say where to ask for it).
    audience: str | None = None
    statement_link: str | None = None

    @property
    def has_minors(self) -> bool:
        return any(minors for _, minors in self.subjects)

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
    categories = [CategoryView(read.text(category.name), read.optional_prose(category.examples),
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
        cookies=[_cookie(read, cookie, by_id) for cookie in profile.cookies or ()
                 if isinstance(cookie, Cookie)],
        security=_security(read, profile.security),
        security_measures=_measures(read, profile.security),
        notify=read.optional_prose(changes.notify) if changes else None,
        notice_period=(read.duration(changes.notice_period, NOTICE_PERIOD)
                       if changes and changes.notice_period is not None else None),
        scope=read.optional_prose(regulation.scope) if regulation else None,
        adopted_by=read.optional_text(regulation.adopted_by) if regulation else None,
        approved_by=read.optional_text(regulation.approved_by) if regulation else None,
        breach_contact=_link(regulation.breach_contact) if regulation else None,
        complaints_procedure=(read.text_or_link(regulation.complaints_procedure)
                              if regulation else None),
        protocols=_protocols(read, regulation),
        publication=(read.optional_prose(regulation.publication)
                     if regulation else None),
        dpo_reason=_dpo_reason(read, profile),
        body_aim=_body_aim(profile),
        formal=profile.address_form == "formal",
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


def _dpo_reason(read: Reader, profile: Profile) -> str | None:
    dpo = profile.dpo
    if isinstance(dpo, Dpo) and dpo.appointed is not True:
        return read.optional_prose(dpo.reason)
    return None


def _body_aim(profile: Profile) -> str | None:
    aim = profile.body_aim
    return aim if isinstance(aim, str) and aim in BODY_AIMS else None


def _security(read: Reader, security: object) -> str | None:
    """The summary of the security measures: the text itself, or the mapping's `summary`."""
    if not isinstance(security, Security) or security.summary is None:
        return None
    return read.optional_prose(security.summary)


def _measures(read: Reader, security: object) -> list[str]:
    if not isinstance(security, Security) or not isinstance(security.measures, (list, tuple)):
        return []
    return [read.prose(measure) for measure in security.measures]


def _protocols(read: Reader, regulation: Regulation | None) -> list[ProtocolView]:
    protocols = regulation.protocols if regulation else None
    if not isinstance(protocols, (list, tuple)):
        return []
    return [ProtocolView(name=read.text(protocol.name, PROTOCOL), url=_link(protocol.url),
                         summary=read.optional_prose(protocol.summary))
            for protocol in protocols if isinstance(protocol, Protocol)]


def _authority(read: Reader, profile: Profile) -> Party | str:
    authority = supervisory_authority(profile)
    if authority is None:
        return read.gaps.mark(AUTHORITY)
    known = not isinstance(profile.supervisory_authority, SupervisoryAuthority)
    return Party(name=read.text(authority.name, AUTHORITY),
                 address=read.address(authority.address) if authority.address else None,
                 email=_link(authority.email), website=_link(authority.website),
                 phone=read.optional_string(authority.phone),
                 short=AUTHORITY_SHORT.get((profile.jurisdiction, read.lang)) if known else None,
                 known=known)


def _decision(read: Reader, profile: Profile, decision: AutomatedDecision) -> DecisionView:
    names = {purpose.id: purpose.name for purpose in profile.purpose_list}
    return DecisionView(purpose=read.text(names.get(decision.purpose), DECISION_PURPOSE),
                        logic=read.prose(decision.logic, LOGIC),
                        significance=read.prose(decision.significance, SIGNIFICANCE))


def _cookie(read: Reader, cookie: Cookie, recipients: dict[str, RecipientView]) -> CookieView:
    recipient = recipients.get(cookie.recipient) if isinstance(cookie.recipient, str) else None
    return CookieView(
        name=code(cookie.name) if isinstance(cookie.name, str) else read.gaps.mark(COOKIE),
        provider=read.string(cookie.provider, COOKIE), purpose=read.text(cookie.purpose, COOKIE),
        duration=None if cookie.duration == "session" else read.duration(cookie.duration,
                                                                            COOKIE),
        category=read.choice(cookie.category, COOKIE_CATEGORIES, COOKIE),
        consent=cookie.basis == "consent", recipient=recipient)


def _lang(read: Reader) -> str:
    return read.lang if read.lang in WITHDRAW_ANYTIME else "en"


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
        withdraw = read.prose(rights.withdraw_consent if rights else None, WITHDRAW)
    response = rights.response_time if rights and rights.response_time is not None \
        else DEFAULT_RESPONSE_TIME
    return RightsView(
        email=email, contact_form=form, post=post,
        response_time=read.duration(response, RESPONSE_TIME),
        identification=read.optional_prose(rights.identification) if rights else None,
        withdraw_consent=withdraw, consent=consent,
        withdraw_says_anytime=bool(withdraw and WITHDRAW_ANYTIME[_lang(read)].search(withdraw)),
        withdraw_says_lawful=bool(withdraw and WITHDRAW_LAWFUL[_lang(read)].search(withdraw)),
        portability=[purpose.name for purpose in purposes
                     if purpose.legal_basis in ("consent", "contract") and not purpose.manual_only],
        objection=[purpose.name for purpose in purposes
                   if purpose.legal_basis in ("legitimate_interests", "public_task")
                   or purpose.direct_marketing],
        marketing=[purpose.name for purpose in purposes if purpose.direct_marketing],
        erasure_limited=named("legal_obligation", "public_task"),
        children=[purpose for purpose in purposes if purpose.consent_by is not None],
        consent_age=consent_age(profile.jurisdiction))
