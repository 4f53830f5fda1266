"""How much does `privdocs check` cost compared with just parsing the YAML?

Writes N synthetic profiles (`benchmarks/synthetic.py`, deterministic for a seed) to a temporary
directory, then times, best of R runs each:

  parse  reading each file and parsing it with PyYAML's C loader
         (`yaml.load(text, Loader=yaml.CSafeLoader)`): the floor any YAML tool pays;
  check  `generator.checking.check_file` on each file: reading, composing with positions,
         building the typed profile, references and every rule.

and prints both with their ratio. The target is check <= 3x parse.

    python3 benchmarks/check_bench.py                    # 1000 profiles of 10 purposes
    python3 benchmarks/check_bench.py -n 200 --profile   # and where check spends its time

A plain script, not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import platform
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from benchmarks.synthetic import write_profiles  # noqa: E402
from generator.checking import check_file  # noqa: E402

TARGET_RATIO = 3.0


def parse_all(paths: list[Path]) -> int:
    count = 0
    for path in paths:
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        count += len(document)
    return count


def check_all(paths: list[Path]) -> int:
    findings = 0
    for path in paths:
        findings += len(check_file(path).findings)
    return findings


def timed(work, paths: list[Path]) -> tuple[float, int]:
    gc.collect()
    start = time.perf_counter()
    result = work(paths)
    return time.perf_counter() - start, result


def machine() -> str:
    cpus = os.cpu_count()
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = cpus
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{platform.system()} {platform.release()} {platform.machine()}, "
            f"{usable} usable of {cpus} cores{', ' + model if model else ''}; "
            f"Python {platform.python_version()} ({platform.python_implementation()}), "
            f"PyYAML {yaml.__version__} (libyaml: {yaml.__with_libyaml__})")


def profile_check(paths: list[Path], top: int) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    check_all(paths)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--count", type=int, default=1000, help="profiles (default 1000)")
    parser.add_argument("--purposes", type=int, default=10, help="purposes each (default 10)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--runs", type=int, default=3, help="runs per phase; best counts (3)")
    parser.add_argument("--profile", action="store_true",
                        help="also run check once under cProfile and print the hotspots")
    parser.add_argument("--top", type=int, default=25, help="hotspots to print (default 25)")
    arguments = parser.parse_args(argv)
    if not getattr(yaml, "CSafeLoader", None):
        print("PyYAML has no C loader (libyaml) here: the comparison would be meaningless.")
        return 2

    with tempfile.TemporaryDirectory(prefix="privdocs-bench-") as directory:
        start = time.perf_counter()
        paths = write_profiles(Path(directory), arguments.count, arguments.purposes,
                               arguments.seed)
        generated = time.perf_counter() - start
        size = sum(path.stat().st_size for path in paths)
        print(f"machine: {machine()}")
        print(f"profiles: {len(paths)} x {arguments.purposes} purposes, seed {arguments.seed}, "
              f"{size / len(paths) / 1024:.1f} kB each, {size / 1e6:.1f} MB in all "
              f"(generated in {generated:.1f} s)")

        check_file(paths[0])  # warm up: imports, country names, message catalogs
        # Runs alternate, so that a busy moment on the machine hits both phases alike.
        parse_times, check_times, findings = [], [], 0
        for _ in range(arguments.runs):
            parse_times.append(timed(parse_all, paths)[0])
            elapsed, findings = timed(check_all, paths)
            check_times.append(elapsed)
        parse_best, check_best = min(parse_times), min(check_times)
        ratio = check_best / parse_best

        rows = [("parse (CSafeLoader)", parse_best, parse_times),
                ("check (check_file)", check_best, check_times)]
        print()
        print(f"| {'phase':<20} | {'best s':>7} | {'ms/profile':>10} | {'MB/s':>6} | all runs (s)")
        print(f"|{'-' * 22}|{'-' * 9}|{'-' * 12}|{'-' * 8}|{'-' * 20}")
        for name, best, times in rows:
            print(f"| {name:<20} | {best:7.3f} | {best / len(paths) * 1000:10.2f} | "
                  f"{size / best / 1e6:6.1f} | {', '.join(f'{t:.3f}' for t in times)}")
        print()
        verdict = "OK" if ratio <= TARGET_RATIO else "ABOVE TARGET"
        print(f"check / parse = {ratio:.2f}x (target <= {TARGET_RATIO:.0f}x): {verdict}")
        if findings:
            print(f"note: the synthetic profiles gave {findings} findings; they should give none")

        if arguments.profile:
            print()
            print(profile_check(paths, arguments.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
