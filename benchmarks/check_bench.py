"""How much does `privdocs check` cost compared with just parsing the YAML?

Writes N synthetic profiles (`benchmarks/synthetic.py`, deterministic for a seed) to a temporary
directory, then times, best of R runs each:

  parse  reading each file and parsing it with PyYAML's C loader
         (`yaml.load(text, Loader=yaml.CSafeLoader)`): the floor any YAML tool pays;
  check  `generator.check.checking.check_file` on each file: reading, composing with positions,
         building the typed profile, references and every rule.

and prints both with their ratio. The target is check <= 3x parse.

Then, as a user runs it, the same comparison between two processes, in turn, R rounds each:

  parse   `python -c ...`: a fresh Python that reads and parses every file with the C loader;
  command `privdocs check DIR`: the command on the same directory, with its text report.

and prints the medians of wall-clock and CPU time, the ratio and each process's peak memory.
The target is command <= 2x parse.

    python3 benchmarks/check_bench.py                    # 1000 profiles of 10 purposes
    python3 benchmarks/check_bench.py -n 200 --profile   # and where check spends its time
    python3 benchmarks/check_bench.py --rounds 0         # the in-process comparison only

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
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from benchmarks.synthetic import write_profiles  # noqa: E402
from generator.check.checking import check_file  # noqa: E402

TARGET_RATIO = 3.0
COMMAND_TARGET_RATIO = 2.0
PARSE_SCRIPT = """
import sys
from pathlib import Path
import yaml
for path in sorted(Path(sys.argv[1]).glob("*.yaml")):
    yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
"""
# An installed wheel has its bytecode compiled; an editable install gets it on the first run,
# unless the environment forbids writing it (as PYTHONDONTWRITEBYTECODE=1 does).
ENVIRONMENT = {name: value for name, value in os.environ.items()
               if name != "PYTHONDONTWRITEBYTECODE"}


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


def privdocs_command(source: str | None = None) -> list[str]:
    """The `privdocs` script installed next to this Python, as a user runs it; else `-m`.
    With `source`, the package of that checkout instead (to measure an older version)."""
    script = Path(sys.executable).parent / "privdocs"
    if source:
        ENVIRONMENT["PYTHONPATH"] = str(Path(source).resolve())
        return [sys.executable, "-m", "generator"]
    return [str(script)] if script.exists() else [sys.executable, "-m", "generator"]


def run_process(command: list[str]) -> tuple[float, float, int]:
    """Wall-clock seconds, CPU seconds (user + system) and peak memory (kB) of one run."""
    start = time.perf_counter()
    # Outside any checkout: `python -m` would import the package of the current directory first.
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=ENVIRONMENT,
                               cwd=tempfile.gettempdir())
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {process.returncode}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def compare_processes(directory: Path, rounds: int, source: str | None = None) -> float:
    """`privdocs check DIR` against a process that only parses the files, in turn; prints the
    medians and returns the ratio of the wall-clock medians."""
    commands = {"parse (python, CSafeLoader)": [sys.executable, "-c", PARSE_SCRIPT,
                                                str(directory)],
                "privdocs check DIR": [*privdocs_command(source), "check",
                                       str(directory)]}
    for command in commands.values():  # warm the file cache and .pyc files
        run_process(command)
    runs: dict[str, list[tuple[float, float, int]]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, command in commands.items():
            runs[name].append(run_process(command))
    medians = {name: [statistics.median(run[i] for run in values) for i in range(3)]
               for name, values in runs.items()}
    floor_wall, floor_cpu, _ = medians["parse (python, CSafeLoader)"]
    load = os.getloadavg()
    print(f"processes, {rounds} rounds in turn, load average "
          f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}:")
    print()
    print(f"| {'process':<28} | {'median s':>8} | {'x parse':>7} | {'CPU s':>6} | "
          f"{'CPU x parse':>11} | {'peak MB':>7} |")
    print(f"|{'-' * 30}|{'-' * 10}|{'-' * 9}|{'-' * 8}|{'-' * 13}|{'-' * 9}|")
    for name, (wall, cpu, peak) in medians.items():
        print(f"| {name:<28} | {wall:8.2f} | {wall / floor_wall:7.2f} | {cpu:6.2f} | "
              f"{cpu / floor_cpu:11.2f} | {peak / 1024:7.0f} |")
    ratio = medians["privdocs check DIR"][0] / floor_wall
    verdict = "OK" if ratio <= COMMAND_TARGET_RATIO else "ABOVE TARGET"
    print()
    print(f"privdocs check / parse = {ratio:.2f}x (target <= {COMMAND_TARGET_RATIO:.0f}x): "
          f"{verdict}")
    return ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--count", type=int, default=1000, help="profiles (default 1000)")
    parser.add_argument("--purposes", type=int, default=10, help="purposes each (default 10)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--runs", type=int, default=3, help="runs per phase; best counts (3)")
    parser.add_argument("--rounds", type=int, default=5,
                        help="rounds of the process comparison, 0 to skip it (default 5)")
    parser.add_argument("--profile", action="store_true",
                        help="also run check once under cProfile and print the hotspots")
    parser.add_argument("--source", metavar="DIR",
                        help="run privdocs from this checkout (python -m generator), e.g. an "
                             "older commit in a git worktree")
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

        if arguments.rounds:
            print()
            compare_processes(Path(directory), arguments.rounds, arguments.source)

        if arguments.profile:
            print()
            print(profile_check(paths, arguments.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
