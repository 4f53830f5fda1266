"""Diff benchmark: two published versions of a 20-purpose profile, both languages, both documents.

    python3 benchmarks/diff_bench.py [--purposes 20] [--runs 10] [--seed 3]

Version 1.0 is a synthetic profile (from benchmarks/synthetic.py when a colleague's generator
is there, otherwise the largest example profile with its purposes repeated up to `--purposes`);
version 1.1 changes it the way a real revision does: three retention periods, a legal basis,
a renamed purpose, a data category added, a recipient dropped, a description rewritten and the
controller's e-mail address. Both are published with the real `publish` into a temporary
archive, which is not timed.

Timed: `diff_versions` (reading both versions, the substantive changes and the redline of every
section, 2 languages x 2 documents), then each form of the result. The word caches are
emptied before every run, so no run profits from the one before; for `diff_versions`, "first
run" is the first diff in the process (publishing has loaded Babel's data and the catalogs by
then), for each form the first time that form is made. Last, the command itself runs three times
in a fresh process (interpreter start, imports, Babel's data, the catalogs, the diff and the
text). The issue's target is under one second for the diff.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.archive.publishing import PublishRequest, publish  # noqa: E402
from generator.diffing import (diff_to_html, diff_to_json, diff_to_markdown,  # noqa: E402
                               diff_to_text, diff_versions)
from generator.diffing.words import tokens, words  # noqa: E402

ORG = "bench-org"
EXAMPLE = ROOT / "org_profiles" / "stichting-ons-onderwijs.yaml"


def first_version(purposes: int, seed: int, from_example: bool) -> tuple[dict, str]:
    """The profile of version 1.0, and where it comes from."""
    try:
        if from_example:
            raise ImportError("asked for the example")
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from synthetic import synthetic_profile
    except ImportError:
        profile = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
        profile["id"] = ORG
        originals = profile["purposes"]
        profile["purposes"] = [copy.deepcopy(originals[index % len(originals)]) for index in
                               range(purposes)]
        for index, purpose in enumerate(profile["purposes"]):
            if index >= len(originals):
                purpose["id"] = f"{purpose['id']}-{index}"
                purpose["name"] = {lang: f"{text} ({index})"
                                   for lang, text in purpose["name"].items()}
        return profile, f"{EXAMPLE.relative_to(ROOT)} with its purposes repeated"
    return synthetic_profile(ORG, purposes, seed), "benchmarks/synthetic.py"


def second_version(profile: dict) -> dict:
    """Version 1.1: the kind of revision a privacy team makes."""
    revised = copy.deepcopy(profile)
    purposes = revised["purposes"]
    for purpose in purposes[2:5]:
        purpose["retention"] = dict(purpose["retention"], period="P7Y")
    purposes[6]["legal_basis"] = "contract"
    for key in ("legitimate_interest", "legal_provision", "consent_by"):
        purposes[6].pop(key, None)
    purposes[8]["name"] = {lang: f"{text} en archief" if lang == "nl" else f"{text} and archive"
                           for lang, text in purposes[8]["name"].items()}
    categories = [category["id"] for category in revised["data_categories"]]
    missing = [category for category in categories if category not in
               purposes[10]["data_categories"] and category != "category-1"]
    purposes[10]["data_categories"] = purposes[10]["data_categories"] + missing[:1]
    purposes[12]["recipients"] = purposes[12]["recipients"][1:]
    purposes[14]["description"] = {lang: text + (" Dit doen we elk jaar opnieuw." if lang == "nl"
                                                 else " We do this again every year.")
                                   for lang, text in purposes[14]["description"].items()}
    revised["controller"]["email"] = "avg@" + revised["controller"]["email"].split("@")[1]
    return revised


def build_archive(directory: Path, purposes: int, seed: int, from_example: bool) -> str:
    profile, source = first_version(purposes, seed, from_example)
    path = directory / "org_profiles" / f"{ORG}.yaml"
    path.parent.mkdir(parents=True)
    root = directory / "statements"
    for number, (data, day) in enumerate(((profile, "2026-01-10"),
                                          (second_version(profile), "2026-03-02"))):
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100),
                        encoding="utf-8")
        today = datetime.date.fromisoformat(day)
        publish(PublishRequest(profile=path, summaries={"nl": f"Versie {number}.",
                                                        "en": f"Version {number}."},
                               author="Benchmark", today=today,
                               effective=today + datetime.timedelta(days=31)), root)
    return source


def timed(function, runs: int) -> tuple[float, list[float]]:
    """The first run's time and the others', in milliseconds; caches emptied before each."""
    times = []
    for _ in range(runs + 1):
        tokens.cache_clear()
        words.cache_clear()
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return times[0], times[1:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--purposes", type=int, default=20)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--from-example", action="store_true",
                        help="build version 1.0 from the example profile, not synthetic.py")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        directory = Path(folder)
        source = build_archive(directory, arguments.purposes, arguments.seed,
                               arguments.from_example)
        root = directory / "statements"
        previous = Path.cwd()
        os.chdir(directory)
        try:
            def compute():
                return diff_versions(ORG, "1.0", "1.1", root)

            start = time.perf_counter()  # the first in the process: Babel, catalogs
            diff = compute()
            first = (time.perf_counter() - start) * 1000
            sizes = [len(path.read_text(encoding="utf-8"))
                     for path in sorted((root / ORG / "1.1").glob("*/*.md"))]
            rows = [("diff_versions", first, timed(compute, arguments.runs)[1])]
            for name, form in (("text", lambda: diff_to_text(diff, "nl")),
                               ("markdown", lambda: diff_to_markdown(diff, "nl", diff.languages)),
                               ("html", lambda: diff_to_html(diff, "nl", diff.languages)),
                               ("json", lambda: json.dumps(diff_to_json(diff)))):
                rows.append((name, *timed(form, arguments.runs)))
            command = [sys.executable, "-m", "generator", "diff", ORG, "1.0", "1.1"]
            environment = dict(os.environ, PYTHONPATH=str(ROOT))
            cli = []
            for _ in range(3):  # a fresh process each time: imports, Babel, catalogs, diff
                start = time.perf_counter()
                subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=environment)
                cli.append((time.perf_counter() - start) * 1000)
        finally:
            os.chdir(previous)
    print(f"Python {platform.python_version()} on {platform.machine()}, "
          f"{os.cpu_count()} cores; profile: {source}, {arguments.purposes} purposes")
    kinds = sorted({change.kind for change in diff.changes})
    print(f"documents of 1.1: {len(sizes)}, {sum(sizes):,} characters; "
          f"{len(diff.changes)} substantive changes ({', '.join(kinds)}); "
          f"{len(diff.sections)} changed sections")
    print(f"{'':<14} {'first run':>10} {'median':>10} {'slowest':>10}   (ms, {arguments.runs} "
          f"runs after the first)")
    for name, first, others in rows:
        print(f"{name:<14} {first:>10.1f} {statistics.median(others):>10.1f} "
              f"{max(others):>10.1f}")
    total = sum(statistics.median(others) for _, _, others in rows)
    print(f"diff and all four forms, median: {total:.1f} ms")
    print(f"`privdocs diff {ORG} 1.0 1.1` in a fresh process (text), median of 3: "
          f"{statistics.median(cli):.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
