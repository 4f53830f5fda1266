"""The site build of a federation, issue 14's table: a full build against a rebuild after one
organisation publishes, a build when nothing changed, privdocs' own share, both cores, and the
peak memory.

    python3 benchmarks/build_bench.py                     # 100 organisations, 2 rounds
    python3 benchmarks/build_bench.py --orgs 20 --rounds 1  # a quick look
    python3 benchmarks/build_bench.py --orgs 1000 --rounds 1 --archive /tmp/orgs-1000 \
        --builds full,full-2,warm,nothing,publish   # the federation of issue 14's table

The archive is made first and not timed (`site_bench.make_archive`: each organisation's
synthetic profile published three times, 1.0, 1.1 and 1.2, by the real `publish`). Then, round
after round, each build in a fresh process as `privdocs build` runs it, on a fixed day:

  full        no build cache, the languages one after the other (`--no-cache --jobs 1`): the
              build as it was before issue 14;
  full-2      no build cache, both languages at once (`--no-cache --jobs 2`);
  warm        with the cache, after the full build (fills it; not a ratio of the table);
  nothing     with the cache, nothing changed since `warm`;
  publish     with the cache, after one organisation published a new version (a rewritten
              description, in force on the day of the build);
  pages       with the cache but another site address, `--jobs 1`: MkDocs renders every page
              again, privdocs' own work (checks, diffs) comes from the cache: privdocs' share
              of a full build as CI runs it after a theme or address change.

Each ratio is of two builds of the same round, so a busy moment on the shared machine hits
both; the medians over the rounds are printed. CPU time (user + system, the build process and
its workers) is printed too: a loaded machine disturbs it less than the wall clock. Peak
memory is the largest resident set of the build process or of any of its workers.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.site_bench import (BUILD_DAY, DUMPER, confirm_translations,  # noqa: E402
                                   make_archive)
from generator.archive.publishing import PublishRequest, publish  # noqa: E402

CHILD = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from generator.site.build import BuildRequest, build_site
started = time.perf_counter()
report = build_site(BuildRequest(config=Path({config!r}), statements=Path({statements!r}),
                                 profiles=Path({profiles!r}), site_dir=Path({site!r}),
                                 pages_dir=Path({pages!r}), cache={cache!r}, jobs={jobs!r},
                                 site_url={site_url!r}, verify=True))  # as `privdocs build`
total = time.perf_counter() - started
own = resource.getrusage(resource.RUSAGE_SELF)
workers = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({{"total": total, "seconds": report.seconds, "pages": report.pages,
                  "rendered": report.rendered, "reused": report.reused,
                  "written": report.written,
                  "peak_kib": max(own.ru_maxrss, workers.ru_maxrss),
                  "parent_kib": own.ru_maxrss, "worker_kib": workers.ru_maxrss}}))
"""


def build(folder: Path, cache: bool, jobs: int, site_url: str | None = None) -> dict:
    code = CHILD.format(root=str(ROOT), config=str(ROOT / "mkdocs.yml"),
                        statements=str(folder / "statements"),
                        profiles=str(folder / "org_profiles"), site=str(folder / "site"),
                        pages=str(folder / "pages"), cache=cache, jobs=jobs, site_url=site_url)
    environment = {**os.environ, "PRIVDOCS_TODAY": BUILD_DAY}
    before = os.times()
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=environment, check=False)
    wall = time.perf_counter() - started
    after = os.times()
    if result.returncode:
        raise SystemExit(result.stderr)
    figures = json.loads(result.stdout.splitlines()[-1])
    figures["wall"] = wall
    figures["cpu"] = (after.children_user - before.children_user
                      + after.children_system - before.children_system)
    return figures


def publish_one(folder: Path, org: str, round_number: int) -> None:
    """`org` publishes a version with a rewritten description, in force on the build day."""
    path = folder / "org_profiles" / f"{org}.yaml"
    profile = yaml.safe_load(path.read_text(encoding="utf-8"))
    description = profile["purposes"][0].setdefault("description", {"nl": "", "en": ""})
    description["nl"] = f"{description.get('nl', '')} Herschreven ({round_number}).".strip()
    description["en"] = f"{description.get('en', '')} Rewritten ({round_number}).".strip()
    path.write_text(yaml.dump(profile, Dumper=DUMPER, allow_unicode=True, sort_keys=False,
                              width=100), encoding="utf-8")
    confirm_translations(path)
    publish(PublishRequest(profile=path, summaries={"nl": "Herschreven.", "en": "Rewritten."},
                           author="", today=datetime.date.fromisoformat(BUILD_DAY)),
            folder / "statements")


BUILDS = ("full", "full-2", "warm", "nothing", "publish", "pages")


def make_archive_at_once(folder: Path, count: int, purposes: int, seed: int, jobs: int) -> None:
    """`site_bench.make_archive` in `jobs` processes, each into a folder of its own (a
    publish locks the whole archive), moved into `folder` when all are done."""
    parts = [folder / f"part-{number}" for number in range(jobs)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(make_archive, parts, [count] * jobs, [purposes] * jobs, [seed] * jobs,
                      [range(number, count, jobs) for number in range(jobs)]))
    for part in parts:
        for name in ("org_profiles", "statements"):
            (folder / name).mkdir(parents=True, exist_ok=True)
            for path in sorted((part / name).iterdir()):
                path.rename(folder / name / path.name)
        shutil.rmtree(part)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orgs", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--purposes", type=int, default=6)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--archive", type=Path, help="keep the archive in this folder, and "
                        "reuse it when it is there (publish adds a version to it each round); "
                        "made by --jobs processes at once")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="processes that make a new --archive")
    parser.add_argument("--builds", default=",".join(BUILDS),
                        help=f"the builds to run, of {','.join(BUILDS)}")
    arguments = parser.parse_args()
    chosen = arguments.builds.split(",")
    if not set(chosen) <= set(BUILDS) or "full" not in chosen:
        parser.error(f"--builds: choose from {','.join(BUILDS)}, with full")
    print(f"Python {platform.python_version()}, {os.cpu_count()} cores; {arguments.orgs} "
          f"organisations x 3 versions x 2 languages; build day {BUILD_DAY}; "
          f"load before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    rows: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory(prefix="privdocs-build-bench-") as temporary:
        folder = arguments.archive or Path(temporary)
        if not (folder / "statements").is_dir():
            started = time.perf_counter()
            make_archive_at_once(folder, arguments.orgs, arguments.purposes, arguments.seed,
                                 arguments.jobs)
            print(f"archive made in {time.perf_counter() - started:.0f} s", flush=True)
        for number in range(arguments.rounds):
            shutil.rmtree(folder / ".privdocs-cache", ignore_errors=True)
            for name, cache, jobs, before, site_url in (
                    ("full", False, 1, None, None), ("full-2", False, 2, None, None),
                    ("warm", True, 2, None, None), ("nothing", True, 2, None, None),
                    ("publish", True, 2, f"org-{number:03d}", None),
                    ("pages", True, 1, None, f"https://round-{number}.example.org/")):
                if name not in chosen:
                    continue
                if before:
                    publish_one(folder, before, number)
                figures = build(folder, cache, jobs, site_url)
                rows.setdefault(name, []).append(figures)
                print(f"round {number + 1} {name:8} wall {figures['wall']:6.1f} s, cpu "
                      f"{figures['cpu']:6.1f} s, rendered {figures['rendered']}, reused "
                      f"{figures['reused']}, peak {figures['parent_kib'] / 1024:.0f} MiB (workers "
                      f"{figures['worker_kib'] / 1024:.0f}), "
                      f"stages " + ", ".join(f"{k} {v:.1f}" for k, v in
                                             figures["seconds"].items()), flush=True)
    report(rows)
    print(f"load after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


def ratio(rows: dict[str, list[dict]], name: str, base: str, field: str) -> float:
    return statistics.median(a[field] / b[field] for a, b in zip(rows[name], rows[base]))


def report(rows: dict[str, list[dict]]) -> None:
    """The table, of the builds that ran."""
    full = rows["full"]
    pages = sum(full[0]["pages"].values())
    print(f"\n{pages} pages (nl+en)\n")
    print("| measure | wall | CPU | goal |")
    print("|---|---:|---:|---|")
    for name, text, goal in (("publish", "rebuild after one organisation publishes vs full",
                              "<= 0.10x"),
                             ("nothing", "nothing changed vs full", "<= 0.05x"),
                             ("full-2", "full, both cores (--jobs 2) vs one", "both cores")):
        if name in rows:
            print(f"| {text} | {ratio(rows, name, 'full', 'wall'):.2f}x | "
                  f"{ratio(rows, name, 'full', 'cpu'):.2f}x | {goal} |")
    for name, text in (("full", "no cache"), ("pages", "diffs in the cache (`pages`)")):
        if name in rows:
            share = statistics.median((run["total"] - run["seconds"]["mkdocs"]) / run["total"]
                                      for run in rows[name])
            print(f"| privdocs' own share of a full build, {text} | {share:.0%} | | < 10 % |")
    for name in ("full", "full-2", "nothing", "publish"):
        if name in rows:
            print(f"| peak memory, {name} | "
                  f"{max(run['peak_kib'] for run in rows[name]) / 1024:.0f} MiB | | |")
    print(f"| full build, seconds per page | "
          f"{statistics.median(run['wall'] for run in full) / pages * 1000:.1f} ms | "
          f"{statistics.median(run['cpu'] for run in full) / pages * 1000:.1f} ms | |")

if __name__ == "__main__":
    raise SystemExit(main())
