"""Synthetic organisation profiles for benchmarks: valid, realistic in size and shape, and
deterministic for a given seed.

A profile looks like the examples in `org_profiles/`: two languages, a controller with a postal
address, a DPO, four to six groups of people, eight to twelve data categories, a few sources,
six to ten recipients (some outside the EEA, with their transfer mechanism), `purposes`
purposes with descriptions, legal bases and their companions, retention and provision, rights,
changes, cookies and a security summary. With ten purposes a profile is about 20-30 kB of YAML,
like the largest example.

No Hypothesis here: `random.Random(seed)` only, so the same seed gives byte-identical files on
every machine and Python version that keeps `random`'s algorithm.

    from benchmarks.synthetic import synthetic_profile, write_profiles
    paths = write_profiles(directory, count=1000, purposes=10, seed=1)
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import yaml

SUBJECT_SOURCE = "subject"

EEA = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
ADEQUACY = "CA CH GB JP KR NZ US".split()
NO_ADEQUACY = "AU BR IN SG ZA".split()

# Plain, concrete words: no vague qualifiers (WP260), so every text passes `vague-wording`.
NL_WORDS = (
    "we bewaren je naam adres voor de nieuwsbrief leden school gegevens sturen facturen elke "
    "maand na het einde van je contract betaling foto's activiteiten inschrijving cursus "
    "leerlingen ouders personeel e-mailadres telefoonnummer website portaal account "
    "vragenlijst antwoorden jaar dagen kantoor bestuur vereniging bibliotheek zorg "
    "vrijwilligers giften belasting wet archief veilig alleen met en naar in op bij door "
    "wanneer alle onze jouw hun dit dat attest lezing vergadering loon pensioen verzekering"
).split()
EN_WORDS = (
    "we keep your name address for the newsletter members school records send invoices every "
    "month after the end of your contract payment details photos events registration course "
    "pupils parents staff e-mail phone number website portal account survey answers year days "
    "office board association library care volunteers gifts tax law archive safely only with "
    "and to in on at by when all our their this that certificate lecture meeting salary "
    "pension insurance"
).split()
ORGANISATIONS = ("Datahuis Kempen nv", "Brightletter Inc.", "Vidmeet Inc.",
                 "Askwell Research LLC", "Ticketbalie bv", "Fotografie Lichtpunt",
                 "Bedrijfsrevisoren Nete & Dijle bv", "Cloudnine Hosting GmbH",
                 "Schoolsoft Nederland B.V.", "Loonwerk Accountants", "Verzekeraar Zeker nv",
                 "Drukkerij Het Blad")
CITIES = ("Herentals", "Mechelen", "Gent", "Antwerpen", "Utrecht", "Zwolle", "Amersfoort")
LEGAL_BASES = ("consent", "contract", "legal_obligation", "public_task",
               "legitimate_interests", "vital_interests")
CONDITIONS = ("explicit_consent", "employment", "health_care", "substantial_public_interest")


class _Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def sentence(self, words, low: int, high: int) -> str:
        chosen = [self.rng.choice(words) for _ in range(self.rng.randint(low, high))]
        text = " ".join(chosen)
        return text[0].upper() + text[1:] + "."

    def text(self, low: int = 3, high: int = 10, sentences: int = 1) -> dict[str, str]:
        """The same number of words in Dutch and English, like a translation."""
        counts = [self.rng.randint(low, high) for _ in range(sentences)]
        return {
            "nl": " ".join(self.sentence(NL_WORDS, n, n) for n in counts),
            "en": " ".join(self.sentence(EN_WORDS, n, n) for n in counts),
        }

    def address(self, country: str) -> dict[str, str]:
        return {"street": f"{self.rng.choice(('Campuslaan', 'Dorpsstraat', 'Kerkplein'))} "
                          f"{self.rng.randint(1, 200)}",
                "postal_code": str(self.rng.randint(1000, 9999)),
                "city": self.rng.choice(CITIES), "country": country}


def synthetic_profile(profile_id: str, purposes: int = 10, seed: int = 0) -> dict[str, Any]:
    """One valid profile (a dict for `yaml.safe_dump`) with `purposes` purposes."""
    rng = random.Random(f"{seed}:{profile_id}")
    w = _Writer(rng)
    jurisdiction = rng.choice(("BE", "NL"))
    domain = f"{profile_id}.example"
    public_authority = rng.random() < 0.4

    subjects = [{"id": f"group-{i}", "name": w.text(2, 6)} for i in range(rng.randint(4, 6))]
    subjects[0]["minors"] = True
    categories = []
    for i in range(rng.randint(8, 12)):
        category: dict[str, Any] = {"id": f"category-{i}", "name": w.text(1, 3),
                                    "examples": w.text(6, 14)}
        if i == 1:
            category["special"] = True
        categories.append(category)
    sources = [{"id": f"source-{i}", "name": w.text(5, 12), "public": rng.random() < 0.3}
               for i in range(rng.randint(1, 3))]

    recipients = []
    for i in range(rng.randint(6, 10)):
        recipient: dict[str, Any] = {
            "id": f"recipient-{i}", "name": rng.choice(ORGANISATIONS),
            "role": rng.choice(("processor", "processor", "controller")),
            "description": w.text(6, 14),
        }
        where = rng.random()
        if where < 0.6:
            recipient["country"] = rng.choice(EEA)
        elif where < 0.85:
            recipient["country"] = rng.choice(ADEQUACY)
            recipient["transfer"] = {"mechanism": "adequacy_decision"}
            if recipient["country"] == "US":
                recipient["transfer"]["framework"] = "EU-US Data Privacy Framework"
        else:
            recipient["country"] = rng.choice(NO_ADEQUACY)
            recipient["transfer"] = {"mechanism": "standard_contractual_clauses",
                                     "copy": f"https://www.{domain}/privacy/scc"}
        recipients.append(recipient)

    purpose_list = []
    for i in range(purposes):
        bases = [b for b in LEGAL_BASES if not (public_authority and b == "legitimate_interests")]
        basis = rng.choice(bases)
        chosen_subjects = rng.sample([s["id"] for s in subjects], rng.randint(1, 3))
        chosen_categories = rng.sample([c["id"] for c in categories], rng.randint(2, 6))
        purpose: dict[str, Any] = {
            "id": f"purpose-{i}",
            "name": w.text(3, 8),
            "description": w.text(8, 20, sentences=rng.randint(2, 4)),
            "data_subjects": chosen_subjects,
            "data_categories": chosen_categories,
            "legal_basis": basis,
        }
        if basis == "legitimate_interests":
            purpose["legitimate_interest"] = w.text(6, 16)
        if basis in ("legal_obligation", "public_task"):
            purpose["legal_provision"] = w.text(10, 24)
        if "category-1" in chosen_categories:
            purpose["special_category_condition"] = rng.choice(CONDITIONS)
        if basis == "consent" and "group-0" in chosen_subjects:
            # group-0 has minors: in the Netherlands a parent consents below 16 (rule
            # children-consent), so "subject" reads as parent_below_age; the draw stays the
            # same, and so does every profile after it
            consent_by = rng.choice(("parent", "parent_below_age", "subject"))
            purpose["consent_by"] = "parent_below_age" if consent_by == "subject" else consent_by
        if rng.random() < 0.5:
            purpose["sources"] = [SUBJECT_SOURCE, rng.choice(sources)["id"]]
        requirement = rng.choice(("statutory", "contractual", "voluntary"))
        purpose["provision"] = {"requirement": requirement, "consequence": w.text(8, 18)}
        purpose["retention"] = {"period": f"P{rng.randint(1, 10)}{rng.choice('YM')}",
                                "from": w.text(4, 10)}
        purpose["recipients"] = rng.sample([r["id"] for r in recipients], rng.randint(0, 3))
        if basis == "consent" and rng.random() < 0.5:
            purpose["direct_marketing"] = True
        purpose_list.append(purpose)

    profile: dict[str, Any] = {
        "format": 1,
        "id": profile_id,
        "languages": ["nl", "en"],
        "jurisdiction": jurisdiction,
        "public_authority": public_authority,
        "controller": {
            "name": f"Organisatie {profile_id}",
            "address": w.address(jurisdiction),
            "email": f"privacy@{domain}",
            "website": f"https://www.{domain}",
            "contact_form": f"https://www.{domain}/privacy/contact",
        },
        "dpo": {"appointed": True, "email": f"dpo@{domain}", "address": w.address(jurisdiction)},
        "data_subjects": subjects,
        "data_categories": categories,
        "sources": sources,
        "recipients": recipients,
        "purposes": purpose_list,
        "automated_decisions": [],
        "rights": {
            "contact": {"email": f"privacy@{domain}",
                        "contact_form": f"https://www.{domain}/privacy/contact", "post": True},
            "response_time": "P1M",
            "identification": w.text(15, 30, sentences=2),
            "withdraw_consent": w.text(15, 30, sentences=2),
        },
        "changes": {"notify": w.text(15, 30, sentences=2), "notice_period": "P30D"},
        "cookies": [
            {"name": f"{profile_id.replace('-', '_')}_{name}",
             "provider": f"Organisatie {profile_id}", "purpose": w.text(4, 8),
             "duration": duration, "category": category}
            for name, duration, category in (("session", "session", "necessary"),
                                             ("choice", "P6M", "necessary"),
                                             ("stats", "P13M", "statistics"))
        ],
        "security": w.text(15, 30, sentences=3),
    }
    return profile


# libyaml's emitter when there is one: ten times faster than PyYAML's own, same YAML.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def synthetic_yaml(profile_id: str, purposes: int = 10, seed: int = 0) -> str:
    return yaml.dump(synthetic_profile(profile_id, purposes, seed), Dumper=_DUMPER,
                     allow_unicode=True, sort_keys=False, width=100)


def write_profiles(directory: Path, count: int, purposes: int = 10, seed: int = 0) -> list[Path]:
    """Write `count` profiles to `<directory>/<id>.yaml`; ids are `org-00000`, `org-00001`, ..."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        profile_id = f"org-{index:05d}"
        path = directory / f"{profile_id}.yaml"
        path.write_text(synthetic_yaml(profile_id, purposes, seed), encoding="utf-8")
        paths.append(path)
    return paths
