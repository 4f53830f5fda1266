"""Site benchmark: `privdocs build` for 10 and for 100 synthetic organisations, each with three
published versions in two languages.

    python3 benchmarks/site_bench.py [--sizes 10 100] [--purposes 6] [--seed 11]

For each size, the archive is made first (not timed): `benchmarks/synthetic.py` writes each
organisation's profile, and the real `generator.archive.publishing.publish` publishes it three times
into a temporary `statements/` — 1.0; 1.1 with one purpose more (substantive, after the
notice period); 1.2 with a rewritten description (editorial). Then each build runs in a fresh
process, as `privdocs build` would, on a fixed day (PRIVDOCS_TODAY), and reports:

- total time, and its steps: checking the profiles, assembling the pages (reading the archive,
  the diffs, the templates, writing the Markdown), MkDocs (both languages), the data and root
  files; privdocs' own share is everything but MkDocs;
- the time per page (total / pages of both languages), which must not grow with the number of
  organisations: at 100 within 1.3x of that at 10 (Material renders the whole nav into every
  page; the site's nav is five entries, so it does not);
- peak memory (the build process's maximum resident set) and the size of site/.

`--default-nav` builds with MkDocs' default nav instead (every page in it), to show what the
small nav saves.

Exit 1 when a target is missed: per-page time at the largest size over 1.3x that at the
smallest, or privdocs' own share over a quarter of the total.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import synthetic_profile  # noqa: E402
from generator.archive.publishing import PublishRequest, publish  # noqa: E402
from generator.i18n.translation_lock import Lock, write_lock  # noqa: E402
from generator.profile.builder import build_profile  # noqa: E402
from generator.profile.loading import load_document  # noqa: E402

BUILD_DAY = "2026-11-21"
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
VERSIONS = (  # (publication day, summary) of each version
    (datetime.date(2026, 1, 5), "Eerste versie.", "First version."),
    (datetime.date(2026, 3, 2), "Een nieuw doel.", "A new purpose."),
    (datetime.date(2026, 6, 1), "Een betere beschrijving.", "A better description."),
)

CHILD = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from generator.site.mkdocs_engine import builds as site_build
from generator.site.build import BuildRequest, build_site
if {default_nav!r}:  # for comparison: MkDocs' default nav, with every page in it
    configure = site_build.language_config
    def every_page_in_nav(*args, **kwargs):
        config = configure(*args, **kwargs)
        config["nav"] = None
        return config
    site_build.language_config = every_page_in_nav
started = time.perf_counter()
report = build_site(BuildRequest(config=Path({config!r}), statements=Path({statements!r}),
                                 profiles=Path({profiles!r}), site_dir=Path({site!r}),
                                 pages_dir=Path({pages!r}), jobs=1, cache=False))
total = time.perf_counter() - started
print(json.dumps({{"total": total, "seconds": report.seconds, "pages": report.pages,
                  "organisations": report.organisations, "data_files": report.data_files,
                  "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}}))
"""


def versions_of(org: str, purposes: int, seed: int) -> list[dict]:
    """Three profiles of one organisation: as first published, with a purpose added, with a
    description rewritten."""
    first = synthetic_profile(org, purposes, seed)
    second = copy.deepcopy(first)
    extra = copy.deepcopy(second["purposes"][0])
    extra["id"] = "extra-purpose"
    extra["name"] = {"nl": "Een extra doel voor de test", "en": "An extra purpose for the test"}
    second["purposes"].append(extra)
    third = copy.deepcopy(second)
    description = third["purposes"][1].setdefault("description", {"nl": "", "en": ""})
    description["nl"] = (description.get("nl", "") + " We leggen dit nu beter uit.").strip()
    description["en"] = (description.get("en", "") + " We now explain this better.").strip()
    return [first, second, third]


def confirm_translations(path: Path) -> None:
    """What `privdocs i18n confirm` writes: every complete text confirmed (publish refuses
    translations nobody confirmed; the synthetic texts are the translations)."""
    profile, _ = build_profile(load_document(path).root)
    lock = Lock()
    for text in profile.texts:
        if all(lang in text.values for lang in profile.languages):
            lock.confirm(text.where.path, {lang: text.values[lang] for lang in profile.languages},
                         profile.languages[0])
    write_lock(path, lock)


def make_archive(folder: Path, count: int, purposes: int, seed: int,
                 indices: range | None = None) -> None:
    """`count` organisations (or those of `indices`), each published three times."""
    profiles, statements = folder / "org_profiles", folder / "statements"
    profiles.mkdir(parents=True, exist_ok=True)
    for index in indices if indices is not None else range(count):
        org = f"org-{index:03d}"
        path = profiles / f"{org}.yaml"
        for profile, (day, nl, en) in zip(versions_of(org, purposes, seed), VERSIONS):
            path.write_text(yaml.dump(profile, Dumper=DUMPER, allow_unicode=True,
                                      sort_keys=False, width=100), encoding="utf-8")
            confirm_translations(path)
            publish(PublishRequest(profile=path, summaries={"nl": nl, "en": en}, author="",
                                   today=day), statements)


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def build(folder: Path, default_nav: bool = False) -> dict:
    site, pages = folder / "site", folder / "pages"
    shutil.rmtree(site, ignore_errors=True)
    code = CHILD.format(root=str(ROOT), config=str(ROOT / "mkdocs.yml"),
                        statements=str(folder / "statements"),
                        profiles=str(folder / "org_profiles"),
                        site=str(site), pages=str(pages), default_nav=default_nav)
    environment = {**os.environ, "PRIVDOCS_TODAY": BUILD_DAY}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=environment, check=False)
    if result.returncode:
        raise SystemExit(result.stderr)
    figures = json.loads(result.stdout.splitlines()[-1])
    figures["site_bytes"] = folder_size(site)
    return figures


def row(size: int, figures: dict) -> dict:
    pages = sum(figures["pages"].values())
    seconds = figures["seconds"]
    own = sum(value for step, value in seconds.items() if step != "mkdocs")
    return {"organisations": size, "pages": pages, "total": figures["total"],
            "check": seconds["check"], "assemble": seconds["assemble"],
            "mkdocs": seconds["mkdocs"], "finish": seconds["finish"], "own": own,
            "own_share": own / figures["total"], "ms_per_page": 1000 * figures["total"] / pages,
            "mkdocs_ms_per_page": 1000 * seconds["mkdocs"] / pages,
            "peak_mib": figures["peak_kib"] / 1024, "site_mib": figures["site_bytes"] / 2**20,
            "kib_per_page": figures["site_bytes"] / 1024 / pages}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100])
    parser.add_argument("--purposes", type=int, default=6)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--default-nav", action="store_true",
                        help="for comparison: build with MkDocs' default nav (every page)")
    arguments = parser.parse_args()

    print(f"Python {platform.python_version()}, {os.cpu_count()} cores, {platform.machine()}; "
          f"{arguments.purposes} purposes per profile; build day {BUILD_DAY}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="privdocs-site-bench-") as temporary:
        for size in arguments.sizes:
            folder = Path(temporary) / str(size)
            make_archive(folder, size, arguments.purposes, arguments.seed)
            rows.append(row(size, build(folder, arguments.default_nav)))

    print("| organisations | pages (nl+en) | total s | own s (check / assemble / finish) | "
          "MkDocs s | own share | ms per page | MkDocs ms per page | peak MiB | site MiB | "
          "KiB per page |")
    print("|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['organisations']} | {r['pages']} | {r['total']:.1f} | {r['own']:.1f} "
              f"({r['check']:.1f} / {r['assemble']:.1f} / {r['finish']:.1f}) | "
              f"{r['mkdocs']:.1f} | {r['own_share']:.0%} | {r['ms_per_page']:.1f} | "
              f"{r['mkdocs_ms_per_page']:.1f} | {r['peak_mib']:.0f} | {r['site_mib']:.1f} | "
              f"{r['kib_per_page']:.0f} |")
    smallest, largest = rows[0], rows[-1]
    ratio = largest["ms_per_page"] / smallest["ms_per_page"]
    worst_share = max(r["own_share"] for r in rows)
    print(f"\nper page at {largest['organisations']} / at {smallest['organisations']}: "
          f"{ratio:.2f}x (target at most 1.3x)")
    print(f"privdocs' own share: at most {worst_share:.0%} (target under 25 %)")
    return 0 if ratio <= 1.3 and worst_share < 0.25 else 1


if __name__ == "__main__":
    raise SystemExit(main())
