"""Render benchmark: 1,000 synthetic profiles x 2 languages x 2 documents in one process.

    python3 benchmarks/render_bench.py [--profiles 1000] [--seed 7]

Reports the time per document of `render_document`, next to two bare Jinja2 renders that
produce exactly the same output without any profile logic:

- "bare, line by line": a template that prints the document's lines one `{{ line }}` at a
  time from a list (as many expressions as the document has lines);
- "bare, static": a template that is the document's text itself (Jinja only copies it).

A third line splits our own cost: "templates only" renders our templates from views built
beforehand, so it is Jinja with the catalog look-ups but without reading the profile.

The issue's target is at most 3x the bare render. Profiles come from benchmarks/synthetic.py
when a colleague's generator is there, otherwise from the small generator below; building
and checking them is not timed.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import jinja2
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.check.checking import check_file  # noqa: E402
from generator.check.findings import Severity  # noqa: E402
from generator.render import (DOCUMENTS, prepare_document, profile_languages,  # noqa: E402
                              render_document)

WORDS = {
    "nl": "we bewaren je naam adres gegevens voor de nieuwsbrief leden school facturen elke "
          "maand na het einde van het contract betaling foto's activiteiten inschrijving cursus "
          "leerlingen ouders personeel e-mailadres telefoonnummer portaal vragenlijst".split(),
    "en": "we keep your name address details for the newsletter members school invoices every "
          "month after the end of the contract payment photos activities registration course "
          "pupils parents staff e-mail phone number portal survey".split(),
}
BASES = ("consent", "contract", "legal_obligation", "public_task", "legitimate_interests",
         "vital_interests")
COUNTRIES = ("NL", "BE", "DE", "FR", "US", "GB", "CH", "JP")


def text(rng: random.Random, size: int) -> dict[str, str]:
    picks = [rng.randrange(len(WORDS["en"])) for _ in range(size)]
    return {lang: " ".join(WORDS[lang][i % len(WORDS[lang])] for i in picks).capitalize()
            for lang in ("nl", "en")}


def synthetic_profile(rng: random.Random, number: int) -> dict:
    """A valid profile of realistic size: 3-10 purposes, 2-8 recipients, 4-10 categories."""
    jurisdiction = rng.choice(("NL", "BE"))
    subjects = [{"id": f"group-{i}", "name": text(rng, 3), "minors": i == 0}
                for i in range(rng.randint(2, 4))]
    categories = [{"id": f"data-{i}", "name": text(rng, 2), "examples": text(rng, 6)}
                  for i in range(rng.randint(4, 10))]
    recipients = []
    for i in range(rng.randint(2, 8)):
        country = rng.choice(COUNTRIES)
        recipient = {"id": f"recipient-{i}", "name": f"Supplier {number}-{i} BV",
                     "role": rng.choice(("processor", "controller", "public_authority")),
                     "description": text(rng, 8), "country": country}
        if country in ("US", "GB", "CH", "JP"):
            recipient["transfer"] = {"mechanism": "standard_contractual_clauses",
                                     "copy": "https://www.example.org/scc"}
        recipients.append(recipient)
    purposes = []
    for i in range(rng.randint(3, 10)):
        basis = rng.choice(BASES)
        purpose = {"id": f"purpose-{i}", "name": text(rng, 5), "description": text(rng, 25),
                   "data_subjects": [s["id"] for s in rng.sample(subjects, 2)],
                   "data_categories": [c["id"] for c in rng.sample(categories, 3)],
                   "legal_basis": basis,
                   "provision": {"requirement": "contractual", "consequence": text(rng, 10)},
                   "retention": {"period": rng.choice(("P2Y", "P7Y6M", "P14M", "P30D")),
                                 "from": text(rng, 5)},
                   "recipients": [r["id"] for r in rng.sample(recipients, 2)],
                   "direct_marketing": rng.random() < 0.2}
        if basis == "legitimate_interests":
            purpose["legitimate_interest"] = text(rng, 10)
        if basis in ("legal_obligation", "public_task"):
            purpose["legal_provision"] = text(rng, 8)
        if basis == "consent" and subjects[0]["id"] in purpose["data_subjects"]:
            purpose["consent_by"] = "parent_below_age"
        purposes.append(purpose)
    return {
        "format": 1, "id": f"org-{number}", "languages": ["nl", "en"],
        "jurisdiction": jurisdiction, "public_authority": False,
        "controller": {"name": f"Organisatie {number}",
                       "address": {"street": "Dorpsstraat 1", "postal_code": "1234",
                                   "city": "Utrecht", "country": jurisdiction},
                       "email": f"privacy@org-{number}.example",
                       "website": f"https://www.org-{number}.example"},
        "dpo": {"appointed": True, "email": f"dpo@org-{number}.example"},
        "data_subjects": subjects, "data_categories": categories, "recipients": recipients,
        "purposes": purposes, "automated_decisions": [],
        "rights": {"withdraw_consent": text(rng, 12), "identification": text(rng, 12)},
        "changes": {"notify": text(rng, 12), "notice_period": "P30D"},
        "cookies": [{"name": "session", "provider": f"Organisatie {number}",
                     "purpose": text(rng, 6), "duration": "session", "category": "necessary"}],
        "security": text(rng, 30),
        "regulation": {"adopted_by": text(rng, 4), "breach_contact": f"lek@org-{number}.example"},
    }


def profile_files(directory: Path, count: int, seed: int) -> tuple[list[Path], str]:
    """Write `count` synthetic profiles into `directory`; say which generator made them."""
    try:
        from benchmarks import synthetic  # a colleague's generator, when it is there
    except ImportError:
        rng = random.Random(seed)
        paths = []
        for number in range(count):
            data = synthetic_profile(rng, number)
            path = directory / f"{data['id']}.yaml"
            path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
            paths.append(path)
        return paths, "render_bench.py's own generator"
    return synthetic.write_profiles(directory, count, seed=seed), "benchmarks/synthetic.py"


def checked_profiles(paths: list[Path]):
    profiles = []
    for path in paths:
        result = check_file(path)
        errors = [found for found in result.findings if found.severity is Severity.ERROR]
        if errors:
            raise SystemExit(f"{path.name}: the synthetic profile has errors: {errors[:3]}")
        profiles.append(result.profile)
    return profiles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profiles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        paths, source = profile_files(Path(directory), arguments.profiles, arguments.seed)
        profiles = checked_profiles(paths)
    jobs = [(profile, lang, document) for profile in profiles
            for lang in profile_languages(profile) for document in DOCUMENTS]

    render_document(*jobs[0])  # compile the templates and load the catalogs once
    started = time.perf_counter()
    outputs = [render_document(profile, lang, document) for profile, lang, document in jobs]
    ours = time.perf_counter() - started

    views = [prepare_document(*job) for job in jobs]
    started = time.perf_counter()
    for template, view in views:
        template.render(doc=view)
    template_time = time.perf_counter() - started

    bare = jinja2.Environment(autoescape=False, keep_trailing_newline=True)
    by_line = bare.from_string("{% for line in lines %}{{ line }}\n{% endfor %}")
    line_lists = [output.splitlines() for output in outputs]
    started = time.perf_counter()
    for lines in line_lists:
        by_line.render(lines=lines)
    line_time = time.perf_counter() - started
    assert all(by_line.render(lines=lines) == output for lines, output in
               zip(line_lists[:50], outputs[:50]))

    statics = [bare.from_string("{% raw %}" + output + "{% endraw %}") for output in outputs]
    started = time.perf_counter()
    for template in statics:
        template.render()
    static_time = time.perf_counter() - started

    count = len(outputs)
    sizes = [len(output) for output in outputs]
    print(f"python {platform.python_version()}, jinja2 {jinja2.__version__}, "
          f"{count} documents ({len(profiles)} profiles x 2 languages x 2 documents), "
          f"median {statistics.median(sizes):,.0f} characters; profiles from {source}")
    print(f"render_document:     {ours / count * 1000:8.3f} ms per document "
          f"({ours:.2f} s in all)")
    print(f"templates only:      {template_time / count * 1000:8.3f} ms per document  "
          f"ratio {ours / template_time:5.1f}x")
    print(f"bare, line by line:  {line_time / count * 1000:8.3f} ms per document  "
          f"ratio {ours / line_time:5.1f}x")
    print(f"bare, static:        {static_time / count * 1000:8.3f} ms per document  "
          f"ratio {ours / static_time:5.1f}x")


if __name__ == "__main__":
    main()
