"""Hypothesis strategies for organisation profiles (format 1, `shared/profile-format.md`).

`profiles()` draws a *valid* profile as a plain Python dict: one that `privdocs check --strict`
passes without a single finding. Every key that a rule needs in some situation is present in
that situation (a `legitimate_interest` with `legitimate_interests`, a transfer mechanism and a
copy outside the EEA, `consent_by` for consent from a group with minors, ...), and every text
exists in every language of the profile and avoids the vague words of WP260.

Tests then break one thing and look at what `check` says. Render tests can use the same
profiles: every fact a statement has to show is in them.

    from tests.strategies import profiles, write_profile

    @given(profiles())
    def test_something(profile):
        with tempfile.TemporaryDirectory() as directory:
            path = write_profile(profile, Path(directory))
            ...

Helpers for the dicts: `dump`/`write_profile` (YAML, file named after the id), `parse_path`
/ `resolve` / `delete_at` (profile paths such as `purposes[2].retention.from`), `texts_in`
(every text mapping with its path), and `purposes_on_consent`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

import yaml
from hypothesis import strategies as st

from .conftest import confirm_translations

# --- vocabulary ------------------------------------------------------------------------------

LANGUAGES = ("nl", "en")
LANGUAGE_CHOICES = (("nl", "en"), ("en", "nl"), ("nl",), ("en",))

# Vague qualifiers that WP260 advises against (`shared/rules.md`, vague-wording). Written out
# here, independently of the checker: a generated text never contains one.
VAGUE = re.compile(
    r"\b(?:may|might|possibly|some|often|certain|various|etc|mogelijke?|eventue(?:el|le)"
    r"|bepaalde|sommige|soms|vaak|enz)\b"
    r"|o\.a\.|\b(?:onder\s+andere|onder\s+meer|in\s+principe|zo\s+nodig)\b",
    re.IGNORECASE,
)

WORDS = {
    "en": (
        "we keep your name address for the newsletter members school records send invoices "
        "every month after contract ends payment details photos events register course "
        "students parents staff data e-mail phone number website portal account survey "
        "answers year days office board association library health care sports club "
        "volunteers donors gifts tax law archive backup server safely only with and or to of "
        "in on at from by who when which all each our their you them this that "
        "certificate alumni lecture meeting salary pension insurance doctor"
    ).split(),
    "nl": (
        "we bewaren je naam adres voor de het een nieuwsbrief leden school gegevens sturen "
        "facturen elke maand na einde contract betaling foto's activiteiten inschrijving "
        "cursus leerlingen ouders personeel e-mailadres telefoonnummer website portaal "
        "account vragenlijst antwoorden jaar dagen kantoor bestuur vereniging bibliotheek "
        "gezondheid zorg sportclub vrijwilligers donateurs giften belasting wet archief veilig "
        "alleen met en of naar van in op bij uit door wie wanneer alle ieder financiële één "
        "privé onze jouw hun dit dat attest alumni lezing vergadering loon pensioen "
        "verzekering dokter"
    ).split(),
}

ORGANISATIONS = ("Vereniging Voorbeeld", "Hogeschool Kempen", "Stichting Ons Onderwijs",
                 "Netwerk Vlaamse Ondernemers vzw", "Sportclub De Zwaluw",
                 "Brouwerij Smits & Zonen", "Datahuis Kempen nv", "Brightletter Inc.",
                 "Askwell Research LLC",
                 "Ticketbalie bv", "Fotografie Lichtpunt", "Cloudnine Hosting GmbH")
CITIES = ("Utrecht", "Herentals", "Mechelen", "Gent", "Zwolle", "Antwerpen", "'s-Hertogenbosch")

# ISO 3166-1 alpha-2 codes, written out independently of the checker's own tables.
EEA = tuple("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK "
            "IS LI NO".split())
ADEQUACY = tuple("AD AR CA CH FO GB GG IL IM JE JP KR NZ US UY".split())
NO_ADEQUACY = tuple("AU BR CN IN MX SG ZA TR RS UA MA PH VN ID TH AE".split())
DEFAULT_AUTHORITY = ("NL", "BE")  # jurisdictions with a built-in supervisory authority

LEGAL_BASES = ("consent", "contract", "legal_obligation", "vital_interests", "public_task",
               "legitimate_interests")
ROLES = ("processor", "controller", "joint_controller", "public_authority", "third_party")
# Not `foundation_member`: it needs a `body_aim` and no disclosure outside the body, which the
# fixtures of special-category-condition cover.
SPECIAL_CONDITIONS = ("explicit_consent", "employment", "vital_interests", "made_public",
                      "legal_claims", "substantial_public_interest", "health_care",
                      "public_health", "archiving_research")
REQUIREMENTS = ("statutory", "contractual", "pre_contractual", "voluntary", "needed")
DEROGATIONS = ("explicit_consent", "contract", "contract_in_interest", "public_interest",
               "legal_claims", "vital_interests", "public_register")
COOKIE_CATEGORIES = ("necessary", "preferences", "statistics", "marketing")
RESPONSE_TIMES = ("P1M", "P30D", "P4W", "P2W", "P14D", "P1W")  # none beyond one month

# --- scalars ---------------------------------------------------------------------------------

REALISTIC_IDS = ("members", "alumni", "guests", "staff", "pupils", "parents", "contact",
                 "identity", "health", "newsletter", "payroll", "crm-provider", "mail-service",
                 "student-records", "membership", "x", "a-1", "0", "no", "yes", "null", "true")

# Strategies are built once, at import: building them per draw costs more than drawing.
_LOWER_DIGITS = "abcdefghijklmnopqrstuvwxyz0123456789"
_random_slugs = st.builds(lambda head, tail: head + tail,
                          st.sampled_from(_LOWER_DIGITS),
                          st.text(_LOWER_DIGITS + "-", max_size=20))
slugs = st.one_of(st.sampled_from(REALISTIC_IDS), _random_slugs)


@lru_cache(maxsize=None)
def unique_slugs(min_size: int, max_size: int, exclude: tuple[str, ...] = ()):
    allowed = slugs.filter(lambda slug: slug not in exclude) if exclude else slugs
    return st.lists(allowed, min_size=min_size, max_size=max_size, unique=True)


@lru_cache(maxsize=None)
def _integers(low: int, high: int):
    return st.integers(low, high)


_choice = lru_cache(maxsize=None)(st.sampled_from)  # of a constant tuple
_JURISDICTIONS = st.one_of(st.sampled_from(DEFAULT_AUTHORITY), st.sampled_from(EEA))


def _pick(draw, items):
    """One of `items` (a sequence built while drawing)."""
    return items[draw(_integers(0, len(items) - 1))]


_host = st.builds(lambda name, tld: f"{name}.{tld}", _random_slugs,
                  st.sampled_from(("example", "example.org", "be", "nl", "eu")))
emails = st.builds(lambda head, local, host: f"{head}{local}@{host}",
                   st.sampled_from(_LOWER_DIGITS), st.text(_LOWER_DIGITS + ".+_-", max_size=12),
                   _host)
urls = st.builds(lambda scheme, host, path: f"{scheme}://www.{host}{path}",
                 st.sampled_from(("https", "http")), _host,
                 st.sampled_from(("", "/", "/privacy", "/alumni/contact", "/privacy?lang=nl",
                                  "/docs/scc.pdf#annex")))


@st.composite
def _durations(draw) -> str:
    form = draw(_choice(("Y", "M", "D", "W", "YM", "MD")))
    return "P" + "".join(f"{draw(_integers(1, 99))}{unit}" for unit in form)


def durations():
    """An ISO 8601 duration such as `P2Y`, `P7Y6M`, `P30D` or `P2W`."""
    return _DURATIONS


_DURATIONS = _durations()


_free_word = st.text(st.characters(categories=("Ll", "Lu"), max_codepoint=0x17F),
                     min_size=1, max_size=10)


_WORD_LISTS = {lang: st.lists(st.one_of(st.sampled_from(WORDS[lang]), _free_word),
                              min_size=1, max_size=10) for lang in LANGUAGES}


@st.composite
def _sentences(draw, lang: str) -> str:
    words = draw(_WORD_LISTS[lang])
    decoration = draw(_choice(("", "", "", "emphasis", "strong", "link")))
    if decoration == "emphasis":
        words[0] = f"*{words[0]}*"
    elif decoration == "strong":
        words[-1] = f"**{words[-1]}**"
    elif decoration == "link":
        words[-1] = f"[{words[-1]}]({draw(urls)})"
    sentence = " ".join(words)
    sentence = sentence[0].upper() + sentence[1:] + draw(_choice((".", "", "!", ":")))
    return sentence


@lru_cache(maxsize=None)
def _url_or_text(languages: tuple[str, ...]):
    return st.one_of(urls, texts(languages))


def _no_vague(value: str) -> bool:
    return VAGUE.search(value) is None


_SENTENCES = {lang: _sentences(lang).filter(_no_vague) for lang in LANGUAGES}


def sentences(lang: str):
    """A sentence in `lang` from a small vocabulary, with now and then a word of any Latin
    letters and some inline Markdown; never a vague qualifier, never raw HTML."""
    return _SENTENCES[lang]


@lru_cache(maxsize=None)
def texts(languages: tuple[str, ...]):
    """A text: `{nl: ..., en: ...}` for every language, or (one language only) a plain string."""
    mapping = st.fixed_dictionaries({lang: _SENTENCES[lang] for lang in languages})
    if len(languages) == 1:
        return st.one_of(mapping, _SENTENCES[languages[0]])
    return mapping


def _optional(draw, target: dict, key: str, strategy) -> None:
    """Put a drawn value under `key`, or leave the key out."""
    if draw(st.booleans()):
        target[key] = draw(strategy)


# --- entities --------------------------------------------------------------------------------

_POSTAL_CODES = st.one_of(  # Belgian "2800", Dutch "1234 AB"
    st.integers(1000, 9999).map(str),
    st.builds(lambda number, letters: f"{number} {letters}", st.integers(1000, 9999),
              st.text("ABCDEFGHJKLMNPRSTVWXZ", min_size=2, max_size=2)))


def _address(draw, country=None) -> dict:
    return {
        "street": f"{draw(_choice(('Dorpsstraat', 'Campuslaan', 'Kerkplein')))} "
                  f"{draw(_integers(1, 250))}",
        "postal_code": draw(_POSTAL_CODES),
        "city": draw(_choice(CITIES)),
        "country": country or _pick(draw, EEA + ADEQUACY + NO_ADEQUACY),
    }


addresses = st.composite(_address)


def _controller(draw) -> dict:
    controller = {"name": _pick(draw, ORGANISATIONS), "address": _address(draw, _pick(draw, EEA))}
    contact = draw(_choice(("email", "form", "both")))
    if contact in ("email", "both"):
        controller["email"] = draw(emails)
    _optional(draw, controller, "phone", _choice(("+32 14 12 34 56",)))
    _optional(draw, controller, "website", urls)
    if contact in ("form", "both"):
        controller["contact_form"] = draw(urls)
    _optional(draw, controller, "registration", _choice(("0123.456.789", "KvK 12345678")))
    return controller


controllers = st.composite(_controller)


def _recipient(draw, recipient_id: str, languages) -> dict:
    recipient: dict[str, Any] = {"id": recipient_id, "name": _pick(draw, ORGANISATIONS)}
    _optional(draw, recipient, "category", texts(languages))  # besides the name, not instead
    recipient["role"] = _pick(draw, ROLES)
    _optional(draw, recipient, "description", texts(languages))
    if recipient["role"] == "joint_controller":
        recipient["arrangement"] = draw(texts(languages))
    where = _pick(draw, ("eea", "eea", "adequacy", "elsewhere"))
    country = _pick(draw, {"eea": EEA, "adequacy": ADEQUACY, "elsewhere": NO_ADEQUACY}[where])
    recipient["country"] = country
    if where == "eea" and not draw(_integers(0, 4)) == 0:
        return recipient  # inside the EEA a transfer is optional
    mechanisms = ["standard_contractual_clauses", "binding_corporate_rules", "derogation"]
    if where in ("adequacy", "eea"):
        mechanisms.insert(0, "adequacy_decision")
    transfer: dict[str, Any] = {"mechanism": _pick(draw, mechanisms)}
    if transfer["mechanism"] == "adequacy_decision" and country == "US":
        transfer["framework"] = "EU-US Data Privacy Framework"
    if transfer["mechanism"] == "derogation":
        transfer["derogation"] = _pick(draw, DEROGATIONS)
    if transfer["mechanism"] in ("standard_contractual_clauses", "binding_corporate_rules"):
        transfer["copy"] = draw(_url_or_text(languages))
    else:
        _optional(draw, transfer, "copy", _url_or_text(languages))
    recipient["transfer"] = transfer
    return recipient


def _subset(draw, items, min_size: int):
    """Some of `items`, in their order; at least one when `min_size` is 1 (and there is one)."""
    chosen = [entry for entry in items if draw(st.booleans())]
    if not chosen and min_size and items:
        chosen = [_pick(draw, items)]
    return chosen


def _purpose(draw, purpose_id: str, languages, public_authority: bool, subjects: list[dict],
             categories: list[dict], source_ids: list[str], recipient_ids: list[str]) -> dict:
    purpose: dict[str, Any] = {"id": purpose_id, "name": draw(texts(languages))}
    _optional(draw, purpose, "description", texts(languages))
    purpose["data_subjects"] = _subset(draw, [s["id"] for s in subjects], 1)
    purpose["data_categories"] = _subset(draw, [c["id"] for c in categories], 1)
    bases = [basis for basis in LEGAL_BASES
             if not (public_authority and basis == "legitimate_interests")]
    basis = purpose["legal_basis"] = _pick(draw, bases)
    if basis == "legitimate_interests":
        purpose["legitimate_interest"] = draw(texts(languages))
    if basis in ("legal_obligation", "public_task"):
        purpose["legal_provision"] = draw(texts(languages))
    special = {c["id"] for c in categories if c.get("special")}
    if special & set(purpose["data_categories"]) or draw(_integers(0, 5)) == 0:
        purpose["special_category_condition"] = _pick(draw, SPECIAL_CONDITIONS)
    minors = {s["id"] for s in subjects if s.get("minors")}
    if (basis == "consent" and minors & set(purpose["data_subjects"])) or \
            draw(_integers(0, 5)) == 0:
        # In the Netherlands a child under 16 never consents itself (art. 5 UAVG).
        purpose["consent_by"] = _pick(draw, ("parent", "parent_below_age"))
    if draw(st.booleans()):
        purpose["sources"] = _subset(draw, ["subject", "observed", *source_ids], 1)
    if "subject" in purpose.get("sources", ["subject"]) or draw(st.booleans()):
        requirement = _pick(draw, REQUIREMENTS)
        purpose["provision"] = {"requirement": requirement}
        if requirement != "voluntary" or draw(st.booleans()):
            purpose["provision"]["consequence"] = draw(texts(languages))
    retention: dict[str, Any] = {"period": draw(durations())}
    retention["from"] = draw(texts(languages))
    _optional(draw, retention, "criteria", texts(languages))  # criteria *with* a period
    purpose["retention"] = retention
    purpose["recipients"] = _subset(draw, recipient_ids, 0)
    _optional(draw, purpose, "direct_marketing", st.booleans())
    return purpose


_COOKIE_DURATIONS = st.one_of(st.just("session"), _DURATIONS)
_COOKIE_NAMES = st.text("abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=20)
_ADDRESSES = addresses()


def purposes_on_consent(profile: dict) -> list[str]:
    """The ids of the purposes that rely on consent (Art. 6(1)(a) or explicit consent)."""
    return [purpose["id"] for purpose in profile.get("purposes") or ()
            if purpose.get("legal_basis") == "consent"
            or purpose.get("special_category_condition") == "explicit_consent"]


@st.composite
def profiles(draw, min_purposes: int = 1, max_purposes: int = 8) -> dict:
    """A valid profile (a dict ready for `yaml.safe_dump`) with 1-8 purposes."""
    languages = draw(_choice(LANGUAGE_CHOICES))
    jurisdiction = draw(_JURISDICTIONS)
    public_authority = draw(st.booleans())
    profile: dict[str, Any] = {
        "format": 1,
        "id": draw(slugs),
        "languages": list(languages),
        "jurisdiction": jurisdiction,
    }
    if public_authority or draw(st.booleans()):
        profile["public_authority"] = public_authority
    profile["controller"] = _controller(draw)

    if public_authority or draw(st.booleans()):
        appointed = public_authority or draw(st.booleans())
        dpo: dict[str, Any] = {"appointed": appointed}
        if appointed:
            dpo["email"] = draw(emails)
            _optional(draw, dpo, "name", _choice(("Mr. Data Protection",)))
            _optional(draw, dpo, "address", _ADDRESSES)
        profile["dpo"] = dpo
    if jurisdiction not in DEFAULT_AUTHORITY or draw(_integers(0, 4)) == 0:
        authority = {"name": draw(texts(languages)), "website": draw(urls)}
        _optional(draw, authority, "email", emails)
        if draw(st.booleans()):
            authority["address"] = _address(draw, jurisdiction)
        profile["supervisory_authority"] = authority

    subjects = []
    for subject_id in draw(unique_slugs(1, 4)):
        subject = {"id": subject_id, "name": draw(texts(languages))}
        _optional(draw, subject, "minors", st.booleans())
        subjects.append(subject)
    profile["data_subjects"] = subjects

    categories = []
    for category_id in draw(unique_slugs(1, 6)):
        category: dict[str, Any] = {"id": category_id, "name": draw(texts(languages))}
        _optional(draw, category, "examples", texts(languages))
        _optional(draw, category, "special", st.booleans())
        _optional(draw, category, "criminal", st.booleans())
        categories.append(category)
    profile["data_categories"] = categories

    source_ids = draw(unique_slugs(0, 3, exclude=("subject",)))
    if source_ids or draw(st.booleans()):
        profile["sources"] = [{"id": source_id, "name": draw(texts(languages)),
                               "public": draw(st.booleans())} for source_id in source_ids]

    recipient_ids = draw(unique_slugs(0, 5))
    profile["recipients"] = [_recipient(draw, recipient_id, languages)
                             for recipient_id in recipient_ids]

    purpose_ids = draw(unique_slugs(min_purposes, max_purposes))
    profile["purposes"] = [
        _purpose(draw, purpose_id, languages, public_authority, subjects, categories,
                 source_ids, recipient_ids)
        for purpose_id in purpose_ids
    ]

    decisions = []
    for _ in range(draw(_integers(0, 2))):
        decisions.append({"purpose": _pick(draw, purpose_ids),
                          "logic": draw(texts(languages)),
                          "significance": draw(texts(languages))})
    profile["automated_decisions"] = decisions

    rights: dict[str, Any] = {}
    if draw(st.booleans()):
        contact: dict[str, Any] = {}
        _optional(draw, contact, "email", emails)
        _optional(draw, contact, "contact_form", urls)
        _optional(draw, contact, "post", st.booleans())
        rights["contact"] = contact
    _optional(draw, rights, "response_time", _choice(RESPONSE_TIMES))
    _optional(draw, rights, "identification", texts(languages))
    if purposes_on_consent(profile) or draw(st.booleans()):
        rights["withdraw_consent"] = draw(texts(languages))
    if rights or draw(st.booleans()):
        profile["rights"] = rights

    changes: dict[str, Any] = {"notify": draw(texts(languages))}
    _optional(draw, changes, "notice_period", durations())
    profile["changes"] = changes

    if draw(st.booleans()):
        profile["cookies"] = [
            {"name": draw(_COOKIE_NAMES),
             "provider": _pick(draw, ORGANISATIONS),
             "purpose": draw(texts(languages)),
             "duration": draw(_COOKIE_DURATIONS),
             "category": _pick(draw, COOKIE_CATEGORIES)}
            for _ in range(draw(_integers(0, 3)))
        ]
    _optional(draw, profile, "security", texts(languages))
    if draw(st.booleans()):
        regulation: dict[str, Any] = {}
        for key in ("scope", "adopted_by", "approved_by"):
            _optional(draw, regulation, key, texts(languages))
        _optional(draw, regulation, "breach_contact", emails)
        _optional(draw, regulation, "complaints_procedure", _url_or_text(languages))
        profile["regulation"] = regulation
    return profile


# --- writing and walking profiles --------------------------------------------------------------

def dump(profile: dict, *, sort_keys: bool = False, flow: bool = False) -> str:
    """The profile as YAML: block style, or with `flow` its innermost mappings and lists in
    flow style (`name: {nl: Leden, en: Members}`), as people write short texts."""
    return yaml.safe_dump(profile, allow_unicode=True, sort_keys=sort_keys,
                          default_flow_style=None if flow else False)


_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")


def write_profile(profile: dict, directory: Path, *, sort_keys: bool = False,
                  flow: bool = False, name: str | None = None) -> Path:
    """Write the profile as YAML to `<directory>/<name>.yaml`; the name defaults to the id (a
    profile's id is its file name), or `profile` when the id is not a slug."""
    if name is None:
        profile_id = profile.get("id")
        name = profile_id if isinstance(profile_id, str) and _SLUG.fullmatch(profile_id) \
            else "profile"
    path = directory / f"{name}.yaml"
    path.write_text(dump(profile, sort_keys=sort_keys, flow=flow), encoding="utf-8")
    confirm_translations(path)
    return path


_STEP = re.compile(r"\[(\d+)\]|\.?([^.\[\]]+)")


def parse_path(path: str) -> list[str | int]:
    """`purposes[2].retention.from` -> ['purposes', 2, 'retention', 'from']; `""` -> []."""
    steps: list[str | int] = []
    position = 0
    while position < len(path):
        match = _STEP.match(path, position)
        if match is None or match.end() == position:
            raise ValueError(f"not a profile path: {path!r}")
        steps.append(int(match.group(1)) if match.group(1) is not None else match.group(2))
        position = match.end()
    return steps


def format_path(steps: list[str | int]) -> str:
    path = ""
    for step in steps:
        path = f"{path}[{step}]" if isinstance(step, int) else (f"{path}.{step}" if path else step)
    return path


class Unresolved(LookupError):
    pass


def resolve(document: Any, path: str | list) -> Any:
    """The value at `path` in a loaded profile; Unresolved when it is not there."""
    node = document
    for step in parse_path(path) if isinstance(path, str) else path:
        if isinstance(step, int) and isinstance(node, list) and 0 <= step < len(node):
            node = node[step]
        elif isinstance(step, str) and isinstance(node, dict) and step in node:
            node = node[step]
        else:
            raise Unresolved(step)
    return node


def delete_at(profile: dict, path: str) -> None:
    """Delete the key (or list item) at `path`."""
    *parent, last = parse_path(path)
    del resolve(profile, parent)[last]


def texts_in(profile: dict, languages: tuple[str, ...] | None = None) -> Iterator[str]:
    """The paths of every text given as a language mapping, in document order."""
    languages = tuple(languages or profile.get("languages") or LANGUAGES)

    def walk(node: Any, steps: list) -> Iterator[str]:
        if isinstance(node, dict):
            if node and set(node) <= set(languages) and all(isinstance(v, str)
                                                             for v in node.values()):
                yield format_path(steps)
                return
            for key, value in node.items():
                yield from walk(value, [*steps, key])
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, [*steps, index])

    yield from walk(profile, [])
