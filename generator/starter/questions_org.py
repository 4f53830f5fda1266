"""The questionnaire's first part: the organisation, the people, the data and the recipients.

Each function asks one section and returns the draft's piece of it (see `writer`), or `None`
for a list nobody filled in, which then stays a gap in the profile.
"""

from __future__ import annotations

from ..catalogs import N_, Translator
from ..law.countries import has_adequacy, in_eea, is_country
from ..law.durations import parse_duration
from ..profile.model import DEROGATIONS, MECHANISMS, ROLES
from ..profile.values import EMAIL, URL
from .profile import slug
from .writer import GAP

NOT_EMAIL = N_("Give an e-mail address, like privacy@example.org.")
NOT_URL = N_("Give a web address that starts with https://.")
NOT_COUNTRY = N_("Give a two-letter country code, like NL, BE or US.")
NOT_DURATION = N_("Give a period like P2Y (2 years), P6M (6 months) or P30D (30 days).")
DPF = "EU-US Data Privacy Framework"

ROLE_TITLES = {
    "processor": N_("processor: works for you, on your instructions (an IT supplier)"),
    "controller": N_("controller: decides for itself what it does with the data"),
    "joint_controller": N_("joint controller: decides together with you"),
    "public_authority": N_("public authority: a government body you must give data to"),
    "third_party": N_("third party: anyone else"),
}
MECHANISM_TITLES = {
    "adequacy_decision": N_("an adequacy decision of the European Commission"),
    "standard_contractual_clauses": N_("the standard contractual clauses"),
    "binding_corporate_rules": N_("binding corporate rules"),
    "derogation": N_("an exception of GDPR Art. 49 (for example explicit consent)"),
}
DEROGATION_TITLES = {
    "explicit_consent": N_("(a) the person's explicit consent, after being told the risks"),
    "contract": N_("(b) needed for a contract with the person"),
    "contract_in_interest": N_("(c) needed for a contract in the person's interest"),
    "public_interest": N_("(d) important reasons of public interest"),
    "legal_claims": N_("(e) legal claims"),
    "vital_interests": N_("(f) someone's life is at stake"),
    "public_register": N_("(g) a public register"),
}


def validators(t: Translator) -> dict:
    """Answer checks that speak the person's language; each gives None for a good answer."""
    return {
        "email": lambda text: None if EMAIL.fullmatch(text) else t.gettext(NOT_EMAIL),
        "url": lambda text: None if URL.fullmatch(text) else t.gettext(NOT_URL),
        "country": lambda text: None if is_country(text.upper()) else t.gettext(NOT_COUNTRY),
        "duration": lambda text: None if parse_duration(text) else t.gettext(NOT_DURATION),
    }


def organisation(ask, t: Translator, draft: dict, default_languages: list[str]) -> None:
    """Languages, jurisdiction, the controller and the DPO, filled into `draft`."""
    check = validators(t)
    options = [("nl,en", t.gettext(N_("Dutch and English"))),
               ("en,nl", t.gettext(N_("English and Dutch"))),
               ("nl", t.gettext(N_("Dutch only"))), ("en", t.gettext(N_("English only")))]
    chosen = ask.choice("languages", t.gettext(N_("In which languages do you publish? The first "
                                                  "one is authoritative.")),
                        options, ",".join(default_languages), skippable=False)
    draft["languages"] = chosen.split(",")
    if "nl" in draft["languages"]:
        draft["address_form"] = ask.choice(
            "address_form", t.gettext(N_("How do your Dutch documents address the reader?")),
            [("informal", t.gettext(N_("informal: \"je\" (usual for clubs and schools)"))),
             ("formal", t.gettext(N_("formal: \"u\"")))], "informal", skippable=False)
    draft["jurisdiction"] = ask.choice(
        "jurisdiction", t.gettext(N_("Whose law applies: where is the organisation based?")),
        [("NL", t.gettext(N_("the Netherlands"))), ("BE", t.gettext(N_("Belgium")))],
        "NL", skippable=False)
    public = ask.confirm("public_authority", t.gettext(N_(
        "Is it a public body, or does it carry out a public task (a school, a municipality)?")),
        False)
    draft["public_authority"] = public
    controller = draft["controller"]
    controller["name"] = ask.text("name", t.gettext(N_("The organisation's legal name"))) or GAP
    address = controller["address"]
    address["street"] = ask.text("street", t.gettext(N_("Street and number"))) or GAP
    address["postal_code"] = ask.text("postal_code", t.gettext(N_("Postal code"))) or GAP
    address["city"] = ask.text("city", t.gettext(N_("City"))) or GAP
    country = ask.text("country", t.gettext(N_("Country code")), draft["jurisdiction"],
                       check["country"])
    address["country"] = country.upper() if country else GAP
    controller["email"] = ask.text("email", t.gettext(N_("E-mail address for privacy "
                                                         "questions")), None, check["email"]) or GAP
    controller["website"] = ask.text("website", t.gettext(N_("Website (optional)")), None,
                                     check["url"]) or GAP
    if ask.confirm("dpo", t.gettext(N_("Have you appointed a data protection officer (DPO)?")),
                   public):
        email = ask.text("dpo_email", t.gettext(N_("The DPO's e-mail address")), None,
                         check["email"])
        draft["dpo"] = {"appointed": True, "email": email or GAP}
    else:
        reason = ask.texts("dpo_reason", t.gettext(N_(
            "Why is none appointed? (optional; without a reason the statement only says that "
            "none is appointed)")), draft["languages"])
        draft["dpo"] = {"appointed": False, "reason": reason} if reason else {"appointed": False}


def groups(ask, t: Translator, languages: list[str]) -> list[dict] | None:
    ask.say(t.gettext(N_("Which groups of people do you hold data about (members, pupils, "
                         "parents, staff, customers)? Press Enter on an empty name when done.")))
    found: list[dict] = []
    for item, name in ask.items("groups", lambda item: item.texts(
            "name", t.gettext(N_("Name of a group of people")), languages)):
        minors = item.confirm("minors", t.gettext(N_("May this group include children?")),
                              False)
        found.append({"id": _id(item, name, found), "name": name, "minors": minors})
    return found or None


def categories(ask, t: Translator, languages: list[str]) -> list[dict] | None:
    ask.say(t.gettext(N_("Which kinds of personal data do you use (contact details, payment "
                         "data, health data)? Press Enter on an empty name when done.")))
    found: list[dict] = []
    for item, name in ask.items("categories", lambda item: item.texts(
            "name", t.gettext(N_("Name of a kind of data")), languages)):
        examples = item.texts("examples", t.gettext(N_("Examples (optional)")), languages)
        special = item.confirm("special", t.gettext(N_(
            "Is it special data: health, religion, ethnic origin, political opinions, union "
            "membership, sexual orientation, genetic or biometric data?")), False)
        category = {"id": _id(item, name, found), "name": name, "special": special}
        if examples:
            category["examples"] = examples
        found.append(category)
    return found or None


def sources(ask, t: Translator, languages: list[str]) -> list[dict] | None:
    ask.say(t.gettext(N_("Do you also get data from elsewhere than from the people themselves "
                         "(another organisation, a public register)? Press Enter on an empty "
                         "name when done.")))
    found: list[dict] = []
    for item, name in ask.items("sources", lambda item: item.texts(
            "name", t.gettext(N_("Where do the data come from? (for example: the previous "
                                 "school)")), languages)):
        public = item.confirm("public", t.gettext(N_("Is it publicly accessible?")), False)
        found.append({"id": _id(item, name, found), "name": name, "public": public})
    return found or None


def recipients(ask, t: Translator, languages: list[str], home: str) -> list[dict] | None:
    ask.say(t.gettext(N_("Who receives personal data from you: suppliers of software, an "
                         "accountant, government bodies? Press Enter on an empty name when "
                         "done.")))
    check = validators(t)
    found: list[dict] = []
    for item, name in ask.items("recipients", lambda item: item.text(
            "name", t.gettext(N_("Name of a recipient")))):
        recipient = {"id": _id(item, {"en": name}, found), "name": name}
        recipient["role"] = item.choice("role", t.gettext(N_("What is its role?")),
                                        [(role, t.gettext(ROLE_TITLES[role])) for role in ROLES],
                                        "processor") or GAP
        recipient["description"] = item.texts("description", t.gettext(N_(
            "What does it receive the data for?")), languages) or GAP
        if recipient["role"] == "joint_controller":
            recipient["arrangement"] = item.texts("arrangement", t.gettext(N_(
                "What have you agreed on: who does what, and whom can people turn to?")),
                languages) or GAP
        country = item.text("country", t.gettext(N_("In which country does it process the "
                                                    "data?")), home, check["country"])
        recipient["country"] = country.upper() if country else GAP
        if country and not in_eea(country.upper()):
            recipient["transfer"] = _transfer(item, t, country.upper(), languages)
        found.append(recipient)
    return found or None


def _transfer(item, t: Translator, country: str, languages: list[str]) -> dict:
    default = "adequacy_decision" if has_adequacy(country) else "standard_contractual_clauses"
    mechanism = item.choice("transfer", t.gettext(N_(
        "That is outside the European Economic Area. What protects the data there?")),
        [(mechanism, t.gettext(MECHANISM_TITLES[mechanism])) for mechanism in MECHANISMS],
        default)
    transfer = {"mechanism": mechanism or GAP}
    if mechanism == "adequacy_decision" and country == "US":
        framework = item.text("framework", t.gettext(N_(
            "Under which framework is the recipient certified?")), DPF)
        transfer["framework"] = framework or GAP
    elif mechanism == "derogation":
        transfer["derogation"] = item.choice("derogation", t.gettext(N_("Which exception?")), [
            (derogation, t.gettext(DEROGATION_TITLES[derogation])) for derogation in DEROGATIONS
        ]) or GAP
    elif mechanism in ("standard_contractual_clauses", "binding_corporate_rules"):
        copy = item.texts("copy", t.gettext(N_(
            "Where can people read the safeguards, or ask for a copy? (a web address, or for "
            "example: ask us at privacy@...)")), languages)
        transfer["copy"] = copy or GAP
    return transfer


def _id(item, name: dict, found: list[dict]) -> str:
    """The id the answers file gives, or one made from the (English) name."""
    given = item.given_id()
    text = name.get("en") or next(iter(name.values()))
    return given or slug(text, {entry["id"] for entry in found})
