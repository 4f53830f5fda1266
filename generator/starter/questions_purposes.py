"""The questionnaire's second part: the purposes, with their legal basis explained in plain
words and the follow-up question each basis needs, their retention, then rights and changes."""

from __future__ import annotations

from ..catalogs import N_, Translator
from ..law.authorities import consent_age
from ..profile.model import (CONSENT_BY, LEGAL_BASES, OBSERVED_SOURCE, REQUIREMENTS,
                             SPECIAL_CONDITIONS, SUBJECT_SOURCE)
from .profile import slug
from .questions_org import validators
from .writer import GAP

NOBODY = "-"
BASIS_TITLES = {
    "consent": N_("consent: people agree freely, and can withdraw at any time (a newsletter, "
                  "photos on the website)"),
    "contract": N_("contract: needed for an agreement with the person, or to prepare one "
                   "(membership, employment, a purchase)"),
    "legal_obligation": N_("legal obligation: a law requires it (salary records for the tax "
                           "authorities)"),
    "vital_interests": N_("vital interests: needed to protect someone's life (medical details "
                          "in an emergency)"),
    "public_task": N_("public task: a task in the public interest that the law gives you (a "
                      "school's teaching)"),
    "legitimate_interests": N_("legitimate interests: your own interest, weighed against the "
                               "person's privacy, when nothing else fits (camera security); not "
                               "for the public tasks of public bodies"),
}
CONSENT_BY_TITLES = {
    "subject": N_("the person, also a child"),
    "parent": N_("a parent or guardian, always"),
    "parent_below_age": N_("a parent below the age of {age}, after that the child"),
}
OWN_AGE_TITLE = N_("a parent below an age you set, after that the child")
REQUIREMENT_TITLES = {
    "statutory": N_("a law requires them"),
    "contractual": N_("the contract requires them"),
    "pre_contractual": N_("they are needed to make a contract"),
    "voluntary": N_("they choose freely"),
    "needed": N_("no duty, but without them the purpose cannot be served"),
}
CONDITION_TITLES = {
    "explicit_consent": N_("the person's explicit consent"),
    "employment": N_("duties in employment and social security law"),
    "vital_interests": N_("someone's life is at stake and the person cannot consent"),
    "foundation_member": N_("a non-profit body, about its own members"),
    "made_public": N_("the person made the data public"),
    "legal_claims": N_("legal claims"),
    "substantial_public_interest": N_("a substantial public interest, set by law"),
    "health_care": N_("health or social care"),
    "public_health": N_("public health"),
    "archiving_research": N_("archiving, research or statistics"),
}


def purposes(ask, t: Translator, draft: dict) -> list[dict] | None:
    ask.say(t.gettext(N_("Now what you do with the data: one purpose at a time, for example "
                         "\"Keeping the member records\". Press Enter on an empty name when "
                         "done.")))
    languages = draft["languages"]
    found: list[dict] = []
    for item, name in ask.items("purposes", lambda item: item.texts(
            "name", t.gettext(N_("Name of a purpose")), languages)):
        given = item.given_id()
        purpose = {"id": given or slug(name.get("en") or next(iter(name.values())),
                                       {entry["id"] for entry in found}), "name": name}
        description = item.texts("description", t.gettext(N_("What do you do, in a sentence or "
                                                            "two (optional)?")), languages)
        if description:
            purpose["description"] = description
        _people_and_data(item, t, draft, purpose)
        _basis(item, t, draft, purpose)
        _origin(item, t, draft, purpose)
        if SUBJECT_SOURCE in purpose.get("sources", (SUBJECT_SOURCE,)):
            _provision(item, t, languages, purpose)
        purpose["retention"] = _retention(item, t, languages)
        purpose["recipients"] = _recipients(item, t, draft)
        found.append(purpose)
    return found or None


def _entries(draft: dict, key: str) -> list[dict]:
    return draft[key] if isinstance(draft[key], list) and draft[key][0]["id"] is not GAP else []


def _title(entry: dict, lang: str) -> str:
    name = entry["name"]
    return name if isinstance(name, str) else name.get(lang) or next(iter(name.values()))


def _people_and_data(item, t: Translator, draft: dict, purpose: dict) -> None:
    lang = t.lang if t.lang in draft["languages"] else draft["languages"][0]
    people = [(entry["id"], _title(entry, lang)) for entry in _entries(draft, "data_subjects")]
    kinds = [(entry["id"], _title(entry, lang)) for entry in _entries(draft, "data_categories")]
    purpose["data_subjects"] = (people and item.several(
        "groups", t.gettext(N_("Whose data?")), people)) or GAP
    purpose["data_categories"] = (kinds and item.several(
        "categories", t.gettext(N_("Which kinds of data?")), kinds)) or GAP


def _basis(item, t: Translator, draft: dict, purpose: dict) -> None:
    languages = draft["languages"]
    basis = item.choice("legal_basis", t.gettext(N_("On which legal basis?")),
                        [(basis, t.gettext(BASIS_TITLES[basis])) for basis in LEGAL_BASES])
    purpose["legal_basis"] = basis or GAP
    if basis == "legitimate_interests":
        purpose["legitimate_interest"] = item.texts("legitimate_interest", t.gettext(N_(
            "Which interest do you pursue? (for example: keeping our building safe)")),
            languages) or GAP
    elif basis in ("legal_obligation", "public_task"):
        purpose["legal_provision"] = item.texts("legal_provision", t.gettext(N_(
            "Which law or task? (for example: the Dutch Primary Education Act, art. 40)")),
            languages) or GAP
    chosen = set(purpose["data_subjects"] or ()) if purpose["data_subjects"] is not GAP else set()
    minors = any(entry.get("minors") and entry["id"] in chosen
                 for entry in _entries(draft, "data_subjects"))
    if basis == "consent" and minors:
        _children(item, t, draft["jurisdiction"], purpose)
    kinds = set(purpose["data_categories"] or ()) if purpose["data_categories"] is not GAP else ()
    if any(entry.get("special") and entry["id"] in kinds
           for entry in _entries(draft, "data_categories")):
        purpose["special_category_condition"] = item.choice(
            "special_condition", t.gettext(N_("Special data are forbidden unless an exception "
                                              "applies. Which one?")),
            [(ground, t.gettext(CONDITION_TITLES[ground])) for ground in SPECIAL_CONDITIONS]
        ) or GAP


def _origin(item, t: Translator, draft: dict, purpose: dict) -> None:
    """Where the data come from; nothing chosen keeps the default, the people themselves."""
    lang = t.lang if t.lang in draft["languages"] else draft["languages"][0]
    choices = [(SUBJECT_SOURCE, t.gettext(N_("the people themselves"))),
               (OBSERVED_SOURCE, t.gettext(N_("we record them by observing people (camera "
                                              "images, access logs, use of a website)")))]
    choices += [(entry["id"], _title(entry, lang)) for entry in draft.get("sources") or ()]
    chosen = item.several("sources", t.gettext(N_("Where do these data come from?")), choices)
    if chosen:
        purpose["sources"] = chosen


def _children(item, t: Translator, jurisdiction: str, purpose: dict) -> None:
    """Who consents for children. In the Netherlands a parent does below 16, for every consent
    (art. 5 UAVG), so the child alone is not offered; in Belgium the age of 13 applies only to
    online services offered to children, and otherwise the organisation sets its own age."""
    online = False
    if jurisdiction == "BE":
        online = item.confirm("online_service", t.gettext(N_(
            "Is this an online service offered directly to children (an app or a website they "
            "sign up for)?")), False)
        if online:
            purpose["online_service"] = True
    age = consent_age(jurisdiction) if jurisdiction != "BE" or online else None
    titles = {who: t.format(CONSENT_BY_TITLES[who], age=age) for who in CONSENT_BY}
    if age is None:
        titles["parent_below_age"] = t.gettext(OWN_AGE_TITLE)
    choices = [(who, titles[who]) for who in CONSENT_BY
               if not (who == "subject" and jurisdiction == "NL")]
    who = item.choice("consent_by", t.gettext(N_(
        "Children are among these people. Who gives consent?")), choices)
    purpose["consent_by"] = who or GAP
    if who == "parent_below_age" and age is None:
        own = item.text("consent_age", t.gettext(N_("From which age do you ask the child "
                                                    "itself?")), None, _age_check(t))
        purpose["consent_age"] = int(own) if own else GAP


def _age_check(t: Translator):
    def check(text: str) -> str | None:
        return None if text.isdigit() and 1 <= int(text) <= 17 else t.gettext(NOT_AN_AGE)
    return check


NOT_AN_AGE = N_("Give an age from 1 to 17.")


def _provision(item, t: Translator, languages: list[str], purpose: dict) -> None:
    requirement = item.choice("requirement", t.gettext(N_(
        "Must people give you these data, or do they choose freely?")),
        [(value, t.gettext(REQUIREMENT_TITLES[value])) for value in REQUIREMENTS])
    if requirement is None:
        purpose["provision"] = GAP
        return
    purpose["provision"] = {"requirement": requirement}
    if requirement != "voluntary":
        purpose["provision"]["consequence"] = item.texts("consequence", t.gettext(N_(
            "What happens if they do not give them?")), languages) or GAP


def _retention(item, t: Translator, languages: list[str]) -> dict:
    period = item.text("retention_period", t.gettext(N_(
        "How long do you keep the data? (P2Y is 2 years, P6M 6 months; Enter if no period "
        "can be fixed)")), None, validators(t)["duration"])
    if period:
        start = item.texts("retention_from", t.gettext(N_(
            "From when does that period run? (for example: after the membership ends)")),
            languages)
        return {"period": period, "from": start} if start else {"period": period}
    criteria = item.texts("retention_criteria", t.gettext(N_(
        "Then what decides how long you keep them?")), languages)
    return {"criteria": criteria} if criteria else {"period": GAP, "from": GAP}


def _recipients(item, t: Translator, draft: dict) -> list[str] | object:
    lang = t.lang if t.lang in draft["languages"] else draft["languages"][0]
    choices = [(entry["id"], _title(entry, lang)) for entry in _entries(draft, "recipients")]
    chosen = item.several("recipients", t.gettext(N_("Who receives these data?")),
                          choices + [(NOBODY, t.gettext(N_("nobody outside the organisation")))])
    if chosen is None:
        return GAP
    return [entry for entry in chosen if entry != NOBODY]


def rights_and_changes(ask, t: Translator, draft: dict) -> None:
    languages = draft["languages"]
    rights = ask.scope("rights")
    draft["rights"] = {}
    if any(purpose.get("legal_basis") == "consent" for purpose in draft["purposes"]
           if isinstance(draft["purposes"], list)):
        draft["rights"]["withdraw_consent"] = rights.texts("withdraw_consent", t.gettext(N_(
            "How can people withdraw their consent? (for example: with the link in every "
            "newsletter)")), languages) or GAP
    identification = rights.texts("identification", t.gettext(N_(
        "What do you ask to check who makes a request (optional)?")), languages)
    if identification:
        draft["rights"]["identification"] = identification
    if not draft["rights"]:
        del draft["rights"]
    changes = ask.scope("changes")
    notify = changes.texts("notify", t.gettext(N_(
        "How do people hear that this statement changes? (for example: a message in the "
        "newsletter)")), languages)
    draft["changes"] = {"notify": notify or GAP}
