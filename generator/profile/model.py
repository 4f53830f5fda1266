"""The typed profile (format 1), as documented in `docs/profile-format.md`.

Every class is a dataclass whose fields declare their YAML key with `key()`; the builder, the
JSON Schema and the profile guide read those declarations. Every entity knows where it stands in
the file (`where`), so rules can point at a key, present or missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..catalogs import N_
from .located import INVALID, Entity, Items, Keyed, Text, Where  # noqa: F401  (the model's parts)
from .spec import Kind, item, key

LEGAL_BASES = ("consent", "contract", "legal_obligation", "vital_interests", "public_task",
               "legitimate_interests")
ROLES = ("processor", "controller", "joint_controller", "public_authority", "third_party")
MECHANISMS = ("adequacy_decision", "standard_contractual_clauses", "binding_corporate_rules",
              "derogation")
SPECIAL_CONDITIONS = ("explicit_consent", "employment", "vital_interests", "foundation_member",
                      "made_public", "legal_claims", "substantial_public_interest", "health_care",
                      "public_health", "archiving_research")
CONSENT_BY = ("subject", "parent", "parent_below_age")
REQUIREMENTS = ("statutory", "contractual", "pre_contractual", "voluntary", "needed")
COOKIE_CATEGORIES = ("necessary", "preferences", "statistics", "marketing")
COOKIE_BASES = ("consent", "necessary")
ADDRESS_FORMS = ("informal", "formal")
BODY_AIMS = ("political", "philosophical", "religious", "trade_union")
# The derogations of GDPR Art. 49(1), points (a) to (g), in that order.
DEROGATIONS = ("explicit_consent", "contract", "contract_in_interest", "public_interest",
               "legal_claims", "vital_interests", "public_register")
SUBJECT_SOURCE = "subject"
# Data the organisation records itself by observing people (camera images, logs, website use):
# collected from the person (Art. 13), but never asked of them, so no `provision` applies.
OBSERVED_SOURCE = "observed"


@dataclass(kw_only=True, slots=True)
class Address(Entity):
    """A postal address."""

    street: str = key(Kind.STRING, N_("Street and number, or a P.O. box."), required=True)
    postal_code: str = key(Kind.STRING, N_("Postal code; quote it (`\"2800\"`)."), required=True)
    city: str = key(Kind.STRING, N_("City."), required=True)
    country: str = key(Kind.COUNTRY, N_("Country code, e.g. `BE`."), required=True)


@dataclass(kw_only=True, slots=True)
class ControllerAddress(Entity):
    """The controller's postal address (its parts are required by controller-identity)."""

    street: str = key(Kind.STRING, N_("Street and number."), rule="controller-identity")
    postal_code: str = key(Kind.STRING, N_("Postal code; quote it (`\"2800\"`)."),
                           rule="controller-identity")
    city: str = key(Kind.STRING, N_("City."), rule="controller-identity")
    country: str = key(Kind.COUNTRY, N_("Country code, e.g. `NL`."), rule="controller-identity")


@dataclass(kw_only=True, slots=True)
class Controller(Entity):
    """The organisation responsible for the processing (GDPR Art. 4(7))."""

    name: str = key(Kind.STRING, N_("The organisation's legal name."), rule="controller-identity")
    address: ControllerAddress = key(Kind.ENTITY, N_("The postal address."),
                                     entity=ControllerAddress, rule="controller-identity")
    email: str = key(Kind.EMAIL, N_("E-mail address for privacy questions."),
                     rule="controller-contact")
    phone: str = key(Kind.STRING, N_("Telephone number."))
    website: str = key(Kind.URL, N_("The organisation's website."))
    contact_form: str = key(Kind.URL, N_("A web form for privacy questions."))
    registration: str = key(Kind.STRING, N_("Company number (KBO, KvK)."))


@dataclass(kw_only=True, slots=True)
class Dpo(Entity):
    """The data protection officer."""

    appointed: bool = key(Kind.BOOL, N_("Whether a data protection officer is appointed."),
                          required=True)
    email: str = key(Kind.EMAIL, N_("The DPO's e-mail address."), rule="dpo-contact")
    name: str = key(Kind.STRING, N_("The DPO's name."))
    phone: str = key(Kind.STRING, N_("The DPO's telephone number."))
    address: Address = key(Kind.ENTITY, N_("The DPO's postal address."), entity=Address)
    reason: Text = key(Kind.TEXT, N_("With `appointed: false`: why no DPO is appointed; without "
                                     "it the statement only says that none is appointed."))


@dataclass(kw_only=True, slots=True)
class SupervisoryAuthority(Entity):
    """The authority people can complain to; NL and BE have defaults."""

    name: Text = key(Kind.TEXT, N_("The authority's name."), required=True)
    website: str = key(Kind.URL, N_("The authority's website."), required=True)
    address: Address = key(Kind.ENTITY, N_("The authority's postal address."), entity=Address)
    email: str = key(Kind.EMAIL, N_("The authority's e-mail address."))
    phone: str = key(Kind.STRING, N_("The authority's telephone number."))


@dataclass(kw_only=True, slots=True)
class DataSubject(Entity):
    """A group of people whose data are processed."""

    id: str = key(Kind.SLUG, N_("Slug of the group."), required=True)
    name: Text = key(Kind.TEXT, N_("Name of the group, e.g. \"Alumni\"."), required=True)
    minors: bool = key(Kind.BOOL, N_("The group may include children."), default=False)


@dataclass(kw_only=True, slots=True)
class DataCategory(Entity):
    """A kind of personal data."""

    id: str = key(Kind.SLUG, N_("Slug of the category."), required=True)
    name: Text = key(Kind.TEXT, N_("Name of the category."), required=True)
    examples: Text = key(Kind.TEXT, N_("Examples of the data in it."))
    special: bool = key(Kind.BOOL, N_("Special category data (GDPR Art. 9)."), default=False)
    criminal: bool = key(Kind.BOOL, N_("Criminal convictions and offences (GDPR Art. 10)."),
                         default=False)


@dataclass(kw_only=True, slots=True)
class Source(Entity):
    """Where data come from, other than the person."""

    id: str = key(Kind.SLUG, N_("Slug of the source."), required=True)
    name: Text = key(Kind.TEXT, N_("Where the data come from."), rule="data-source")
    public: bool = key(Kind.BOOL, N_("Whether the source is publicly accessible."), required=True)


@dataclass(kw_only=True, slots=True)
class Transfer(Entity):
    """The safeguard for a transfer outside the EEA."""

    mechanism: str = key(Kind.ENUM, N_("The safeguard for the transfer (GDPR Art. 45-49)."),
                         values=MECHANISMS, also=("privacy_shield",), rule="transfer-mechanism")
    framework: str = key(Kind.STRING, N_("The framework the recipient is certified under, e.g. "
                                         "\"EU-US Data Privacy Framework\"; required where the "
                                         "adequacy decision covers only certified "
                                         "organisations."), rule="transfer-certification")
    derogation: str = key(Kind.ENUM, N_("With `mechanism: derogation`: which GDPR Art. 49(1) "
                                        "derogation, (a) to (g)."), values=DEROGATIONS,
                          rule="transfer-derogation")
    copy: Text = key(Kind.URL_OR_TEXT, N_("Where to read or obtain a copy of the safeguards."),
                     rule="transfer-copy")


@dataclass(kw_only=True, slots=True)
class Recipient(Entity):
    """Someone who receives personal data."""

    id: str = key(Kind.SLUG, N_("Slug of the recipient."), required=True)
    name: Text = key(Kind.NAME, N_("The recipient's name (name recipients where you can); a "
                                   "mapping per language where the name is translated."))
    category: Text = key(Kind.TEXT,
                         N_("Instead of `name`: type of organisation, sector, location."))
    role: str = key(Kind.ENUM, N_("The recipient's role."), values=ROLES, required=True)
    description: Text = key(Kind.TEXT, N_("What the recipient receives data for."))
    unnamed_reason: Text = key(Kind.TEXT, N_("With `category`: why the recipient cannot be "
                                             "named; the statement tells people."))
    country: str = key(Kind.COUNTRY, N_("Where the recipient processes the data."),
                       rule="recipient-country")
    arrangement: Text = key(Kind.TEXT, N_("With `role: joint_controller`: the essence of the "
                                          "arrangement (GDPR Art. 26(2)), including whom people "
                                          "can turn to."), rule="joint-controller-arrangement")
    transfer: Transfer = key(Kind.ENTITY, N_("Required outside the EEA."), entity=Transfer,
                             rule="transfer-mechanism")


@dataclass(kw_only=True, slots=True)
class Retention(Entity):
    """How long data are kept: a period (from an event) or criteria."""

    period: str = key(Kind.DURATION, N_("How long the data are kept, e.g. `P2Y`."))
    start: Text = key(Kind.TEXT, N_("The event the period starts at."), yaml_key="from",
                      rule="retention-start")
    criteria: Text = key(Kind.TEXT, N_("Where no period can be fixed: what decides it."))


@dataclass(kw_only=True, slots=True)
class Provision(Entity):
    """Whether people must provide the data, and what happens if they do not."""

    requirement: str = key(Kind.ENUM, N_("Whether people must provide the data."),
                           values=REQUIREMENTS, rule="provision-requirement")
    consequence: Text = key(Kind.TEXT, N_("What happens if they do not."),
                            rule="provision-requirement")


@dataclass(kw_only=True, slots=True)
class Purpose(Entity):
    """A processing activity: what we do, with which data, on which basis."""

    id: str = key(Kind.SLUG, N_("Slug of the purpose."), required=True)
    name: Text = key(Kind.TEXT, N_("Short name, e.g. \"Sending the alumni newsletter\"."),
                     required=True)
    description: Text = key(Kind.TEXT, N_("What we do, in a few sentences."))
    data_subjects: list[str] = key(Kind.LIST, N_("Ids from `data_subjects`."), required=True,
                                   item=item(Kind.REFERENCE, refers_to="data_subjects"),
                                   non_empty=True)
    data_categories: list[str] = key(Kind.LIST, N_("Ids from `data_categories`."),
                                     item=item(Kind.REFERENCE, refers_to="data_categories"),
                                     rule="purpose-data-categories")
    legal_basis: str = key(Kind.ENUM, N_("GDPR Art. 6(1)(a)-(f)."), values=LEGAL_BASES,
                           rule="legal-basis")
    legitimate_interest: Text = key(Kind.TEXT, N_("The interest pursued."),
                                    rule="legitimate-interest")
    legal_provision: Text = key(Kind.TEXT, N_("The law or public task."), rule="legal-provision")
    special_category_condition: str = key(Kind.ENUM, N_("The GDPR Art. 9(2) ground."),
                                          values=SPECIAL_CONDITIONS,
                                          rule="special-category-condition")
    consent_by: str = key(Kind.ENUM, N_("Who gives consent for children."), values=CONSENT_BY,
                          rule="children-consent")
    online_service: bool = key(Kind.BOOL, N_("An information society service offered directly "
                                             "to a child (GDPR Art. 8(1))."), default=False)
    consent_age: int = key(Kind.INTEGER, N_("With `consent_by: parent_below_age` where the law "
                                            "sets no age: the age from which we ask the child "
                                            "itself (our own rule)."))
    sources: list[str] = key(Kind.LIST, N_("`subject`, `observed` and/or ids from `sources`."),
                             item=item(Kind.REFERENCE, refers_to="sources"),
                             default=(SUBJECT_SOURCE,), rule="data-source")
    provision: Provision = key(Kind.ENTITY, N_("Whether providing the data is required."),
                               entity=Provision, rule="provision-requirement")
    retention: Retention = key(Kind.ENTITY, N_("How long the data are kept."), entity=Retention,
                               rule="retention")
    recipients: list[str] = key(Kind.LIST, N_("Ids from `recipients`; `[]` when there are none."),
                                item=item(Kind.REFERENCE, refers_to="recipients"),
                                rule="recipients-declared")
    direct_marketing: bool = key(Kind.BOOL, N_("The purpose is direct marketing."), default=False)
    examples: dict[str, Text] = key(Kind.MAPPING,
                                    N_("Examples per data category of this purpose (category id "
                                       "to text), shown instead of the category's examples."),
                                    item=item(Kind.TEXT), refers_to="data_categories")
    manual_only: bool = key(Kind.BOOL, N_("Carried out only on paper, not by automated means: "
                                          "no right to data portability (GDPR Art. 20(1)(b))."),
                            default=False)

    @property
    def from_person(self) -> bool:
        """Data collected from the person, asked or observed (GDPR Art. 13)."""
        return any(source in (SUBJECT_SOURCE, OBSERVED_SOURCE) for source in self.sources or ())

    @property
    def asks_person(self) -> bool:
        """Data the person gives us: whether they must is then to be said (Art. 13(2)(e))."""
        return SUBJECT_SOURCE in (self.sources or ())

    @property
    def observed(self) -> bool:
        return OBSERVED_SOURCE in (self.sources or ())

    @property
    def from_elsewhere(self) -> bool:
        return any(source not in (SUBJECT_SOURCE, OBSERVED_SOURCE)
                   for source in self.sources or ())


@dataclass(kw_only=True, slots=True)
class AutomatedDecision(Entity):
    """A decision taken by automated means (GDPR Art. 22)."""

    purpose: str = key(Kind.REFERENCE, N_("The purpose's id."), refers_to="purposes", required=True)
    logic: Text = key(Kind.TEXT, N_("The logic involved."), rule="automated-decisions")
    significance: Text = key(Kind.TEXT, N_("Its importance and expected consequences."),
                             rule="automated-decisions")

    @property
    def label(self) -> str:
        return self.purpose if isinstance(self.purpose, str) else self.where.path


@dataclass(kw_only=True, slots=True)
class RightsContact(Entity):
    """Where people send requests to exercise their rights."""

    email: str = key(Kind.EMAIL, N_("E-mail address for requests."))
    contact_form: str = key(Kind.URL, N_("A web form for requests."))
    post: bool = key(Kind.BOOL, N_("Requests by post are welcome."), default=False)


@dataclass(kw_only=True, slots=True)
class Rights(Entity):
    """How people exercise their rights."""

    contact: RightsContact = key(Kind.ENTITY,
                                 N_("How to send a request (default: the controller)."),
                                 entity=RightsContact)
    response_time: str = key(Kind.DURATION, N_("How soon we answer (default `P1M`, never longer)."),
                             rule="response-time")
    identification: Text = key(Kind.TEXT, N_("What we ask to verify identity."))
    withdraw_consent: Text = key(Kind.TEXT, N_("How to withdraw consent."),
                                 rule="consent-withdrawal")


@dataclass(kw_only=True, slots=True)
class Changes(Entity):
    """How changes to the statement are announced."""

    notify: Text = key(Kind.TEXT, N_("How people are told of changes."), rule="changes-notice")
    notice_period: str = key(Kind.DURATION, N_("How long before a change takes effect."))


@dataclass(kw_only=True, slots=True)
class Cookie(Entity):
    """A cookie or similar technology on the organisation's website."""

    name: str = key(Kind.STRING, N_("The cookie's name."), required=True)
    provider: str = key(Kind.STRING, N_("Who places it."), required=True)
    purpose: Text = key(Kind.TEXT, N_("What it is for."), required=True)
    duration: str = key(Kind.DURATION, N_("How long it lasts, or `session`."), also=("session",),
                        required=True)
    category: str = key(Kind.ENUM, N_("Its category."), values=COOKIE_CATEGORIES, required=True)
    legal_basis: str = key(Kind.ENUM, N_("`consent`, or `necessary` for a service the visitor "
                                         "asked for (default: `necessary` for category "
                                         "`necessary`, else `consent`)."), values=COOKIE_BASES)
    recipient: str = key(Kind.REFERENCE, N_("Id from `recipients`: who receives what the cookie "
                                            "collects."), refers_to="recipients")

    @property
    def basis(self) -> str | None:
        """The legal basis as given, or the default for the cookie's category."""
        if isinstance(self.legal_basis, str):
            return self.legal_basis
        if not isinstance(self.category, str):
            return None
        return "necessary" if self.category == "necessary" else "consent"


@dataclass(kw_only=True, slots=True)
class Protocol(Entity):
    """Another internal rule the regulation refers to."""

    name: Text = key(Kind.TEXT, N_("The protocol's name, e.g. \"Social media protocol\"."),
                     required=True)
    url: str = key(Kind.URL, N_("Where the protocol can be read."))
    summary: Text = key(Kind.TEXT, N_("Instead of `url`: what the protocol says, in short."))


@dataclass(kw_only=True, slots=True)
class Regulation(Entity):
    """Extra facts for the internal privacy regulation."""

    scope: Text = key(Kind.TEXT, N_("To whom and what the regulation applies."))
    adopted_by: Text = key(Kind.TEXT, N_("Who adopts it."))
    approved_by: Text = key(Kind.TEXT, N_("Who approves it, e.g. a participation council."))
    breach_contact: str = key(Kind.EMAIL, N_("Where data breaches are reported."))
    complaints_procedure: Text = key(Kind.URL_OR_TEXT, N_("The complaints procedure."))
    protocols: list[Protocol] = key(Kind.LIST, N_("Other internal rules the regulation refers "
                                                  "to."), item=item(Kind.ENTITY, entity=Protocol),
                                    default=())
    publication: Text = key(Kind.TEXT, N_("Where the regulation is published and how attention "
                                          "is drawn to it."))


@dataclass(kw_only=True, slots=True)
class Security(Entity):
    """Security measures; a plain text counts as the summary."""

    summary: Text = key(Kind.TEXT, N_("A summary of the security measures."))
    measures: list[Text] = key(Kind.LIST, N_("The technical and organisational measures, for the "
                                             "processing register (GDPR Art. 30(1)(g))."),
                               item=item(Kind.TEXT), default=())


@dataclass(kw_only=True, slots=True)
class Audience(Entity):
    """Readers for whom a separate statement is made."""

    id: str = key(Kind.SLUG, N_("Slug of the audience."), required=True)
    name: Text = key(Kind.TEXT, N_("Name of the audience, e.g. \"Parents and pupils\"."),
                     required=True)
    data_subjects: list[str] = key(Kind.LIST, N_("Ids from `data_subjects`: the groups this "
                                                 "statement is for."), required=True,
                                   item=item(Kind.REFERENCE, refers_to="data_subjects"),
                                   non_empty=True)


@dataclass(kw_only=True, slots=True)
class Profile(Entity):
    """An organisation's profile (format 1)."""

    format: int = key(Kind.INTEGER, N_("The format version: `1`."), values=("1",), required=True)
    id: str = key(Kind.SLUG, N_("The organisation's slug; equals the file name."), required=True)
    languages: list[str] = key(Kind.LIST, N_("e.g. `[nl, en]`; the first is authoritative."),
                               item=item(Kind.LANGUAGE), required=True, non_empty=True,
                               unique=True)
    jurisdiction: str = key(Kind.EEA_COUNTRY, N_("The EEA country whose law applies."),
                            required=True)
    public_authority: bool = key(Kind.BOOL, N_("A public body or a body with a public task."),
                                 default=False)
    address_form: str = key(Kind.ENUM, N_("How the documents address the reader: `informal` "
                                          "(NL \"je\") or `formal` (NL \"u\")."),
                            values=ADDRESS_FORMS, default="informal")
    body_aim: str = key(Kind.ENUM, N_("The aim of a non-profit body, required for "
                                      "`foundation_member` (GDPR Art. 9(2)(d))."),
                        values=BODY_AIMS)
    audiences: list[Audience] = key(Kind.LIST, N_("Readers for whom a separate statement is "
                                                  "made."), item=item(Kind.ENTITY, entity=Audience),
                                    default=())
    controller: Controller = key(Kind.ENTITY, N_("Who is responsible."), entity=Controller,
                                 rule="controller-identity")
    dpo: Dpo = key(Kind.ENTITY, N_("The data protection officer."), entity=Dpo, rule="dpo-contact")
    supervisory_authority: SupervisoryAuthority = key(
        Kind.ENTITY, N_("Overrides the jurisdiction's default authority."),
        entity=SupervisoryAuthority, rule="complaint-authority")
    data_subjects: list[DataSubject] = key(Kind.LIST, N_("The groups of people concerned."),
                                           item=item(Kind.ENTITY, entity=DataSubject),
                                           required=True)
    data_categories: list[DataCategory] = key(Kind.LIST, N_("The kinds of personal data."),
                                              item=item(Kind.ENTITY, entity=DataCategory),
                                              required=True)
    sources: list[Source] = key(Kind.LIST, N_("Where data come from other than the person."),
                                item=item(Kind.ENTITY, entity=Source), default=())
    recipients: list[Recipient] = key(Kind.LIST, N_("Who receives data (`[]` for nobody)."),
                                      item=item(Kind.ENTITY, entity=Recipient), required=True)
    purposes: list[Purpose] = key(Kind.LIST, N_("The processing activities."),
                                  item=item(Kind.ENTITY, entity=Purpose),
                                  rule="purpose-required")
    automated_decisions: list[AutomatedDecision] = key(
        Kind.LIST, N_("Automated decisions; `[]` states that there are none."),
        item=item(Kind.ENTITY, entity=AutomatedDecision), rule="automated-decisions")
    rights: Rights = key(Kind.ENTITY, N_("How people exercise their rights."), entity=Rights)
    changes: Changes = key(Kind.ENTITY, N_("How changes are announced."), entity=Changes,
                           rule="changes-notice")
    cookies: list[Cookie] = key(Kind.LIST, N_("Cookies and similar technologies."),
                                item=item(Kind.ENTITY, entity=Cookie), default=())
    security: Security = key(Kind.ENTITY, N_("A summary of security measures (a text), or a "
                                             "mapping with `summary` and `measures`."),
                             entity=Security, or_text=True)
    regulation: Regulation = key(Kind.ENTITY, N_("Extra facts for the privacy regulation."),
                                 entity=Regulation)
    # Filled by the builder, not read from a key: every text in document order.
    texts: list[Text] = field(default_factory=list, repr=False, compare=False)
    # Filled by the checker from the translation lock (see `confirmations`).
    confirmations: dict[str, dict[str, str]] = field(default_factory=dict, repr=False,
                                                     compare=False)

    # Lists as far as they could be read: entries that were not mappings are left out.
    @property
    def purpose_list(self) -> list[Purpose]:
        return [entry for entry in self.purposes or () if isinstance(entry, Purpose)]

    @property
    def recipient_list(self) -> list[Recipient]:
        return [entry for entry in self.recipients or () if isinstance(entry, Recipient)]

    @property
    def source_list(self) -> list[Source]:
        return [entry for entry in self.sources or () if isinstance(entry, Source)]

    @property
    def from_person(self) -> bool:
        """Some data come from the people themselves (GDPR Art. 13 applies)."""
        purposes = self.purpose_list
        return not purposes or any(purpose.from_person for purpose in purposes)

    @property
    def from_elsewhere(self) -> bool:
        """Some data come from other sources (GDPR Art. 14 applies)."""
        purposes = self.purpose_list
        return not purposes or any(purpose.from_elsewhere for purpose in purposes)

    def subjects_by_id(self) -> dict[str, DataSubject]:
        return {entry.id: entry for entry in self.data_subjects or ()
                if isinstance(entry, DataSubject) and isinstance(entry.id, str)}

    def categories_by_id(self) -> dict[str, DataCategory]:
        return {entry.id: entry for entry in self.data_categories or ()
                if isinstance(entry, DataCategory) and isinstance(entry.id, str)}
