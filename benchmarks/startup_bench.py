"""How long does `privdocs check` take to start, as a process, compared with Python importing
PyYAML?

Runs, in turn and each in a fresh process, R times:

  yaml      `python -c 'import yaml'`: the floor of any Python YAML tool;
  check     `privdocs check PROFILE`: one synthetic profile (`benchmarks/synthetic.py`, valid,
            Dutch first, so the summary line loads the Dutch catalog), text output;
  version   `privdocs --version`: the start alone.

and prints the median wall-clock time of each and its ratio to `yaml`, and the same for the CPU
time (user + system) the process used, which a busy machine disturbs less. The machine is shared: running the three
one after the other, round after round, lets a busy moment hit all of them, and the median
ignores the odd slow round. The target is check <= 3x yaml.

    python3 benchmarks/startup_bench.py              # 21 rounds
    python3 benchmarks/startup_bench.py --importtime # and the slowest imports of `check`

A plain script, not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import write_profiles  # noqa: E402

TARGET_RATIO = 3.0


def privdocs_command(source: str | None = None) -> list[str]:
    """The `privdocs` script installed next to this Python, as a user runs it; else `-m`.
    With `source`, the package of that checkout instead (to measure an older version)."""
    script = Path(sys.executable).parent / "privdocs"
    if source:
        ENVIRONMENT["PYTHONPATH"] = str(Path(source).resolve())
        return [sys.executable, "-m", "generator"]
    return [str(script)] if script.exists() else [sys.executable, "-m", "generator"]


# An installed wheel has its bytecode compiled; an editable install gets it on the first run,
# unless the environment forbids writing it (as PYTHONDONTWRITEBYTECODE=1 does).
ENVIRONMENT = {name: value for name, value in os.environ.items()
               if name != "PYTHONDONTWRITEBYTECODE"}
# Processes run outside any checkout: `python -m` would import the package of the current
# directory first.
WORKING_DIRECTORY = tempfile.gettempdir()


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(command: list[str], expect: set[int]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one run of `command`."""
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          env=ENVIRONMENT, cwd=WORKING_DIRECTORY)
    elapsed = time.perf_counter() - start
    if done.returncode not in expect:
        raise SystemExit(f"{' '.join(command)} exited {done.returncode}: "
                         f"{done.stderr.decode(errors='replace')}")
    return elapsed, _children_cpu() - cpu


def importtime(command: list[str], top: int) -> str:
    """The `top` imports of `command` with the largest cumulative time, from -X importtime."""
    environment = dict(ENVIRONMENT, PYTHONPROFILEIMPORTTIME="1")
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          env=environment, text=True, cwd=WORKING_DIRECTORY)
    rows = []
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _, cumulative, name = line.split("|")
            if cumulative.strip().isdigit():
                rows.append((int(cumulative), name.rstrip()))
    rows.sort(reverse=True)
    return "\n".join(f"{cumulative / 1000:8.1f} ms {name}" for cumulative, name in rows[:top])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=21, help="rounds (default 21)")
    parser.add_argument("--purposes", type=int, default=10, help="purposes (default 10)")
    parser.add_argument("--importtime", action="store_true",
                        help="also print the slowest imports of `privdocs check`")
    parser.add_argument("--source", metavar="DIR",
                        help="run privdocs from this checkout (python -m generator), e.g. an "
                             "older commit in a git worktree")
    parser.add_argument("--top", type=int, default=25, help="imports to print (default 25)")
    arguments = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="privdocs-startup-") as directory:
        profile = write_profiles(Path(directory), 1, arguments.purposes, seed=1)[0]
        privdocs = privdocs_command(arguments.source)
        commands = {
            "yaml": ([sys.executable, "-c", "import yaml"], {0}),
            "check": ([*privdocs, "check", str(profile)], {0}),
            "version": ([*privdocs, "--version"], {0}),
        }
        for command, expect in commands.values():  # warm the file cache and .pyc files
            timed_run(command, expect)
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(arguments.rounds):
            for name, (command, expect) in commands.items():
                wall, used = timed_run(command, expect)
                times[name].append(wall)
                cpu[name].append(used)

        load = os.getloadavg()
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load average "
              f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {arguments.rounds} rounds")
        floor = statistics.median(times["yaml"])
        cpu_floor = statistics.median(cpu["yaml"])
        print()
        print(f"| {'process':<28} | {'median ms':>9} | {'min ms':>7} | {'x yaml':>6} | "
              f"{'CPU ms':>6} | {'CPU x yaml':>10} |")
        print(f"|{'-' * 30}|{'-' * 11}|{'-' * 9}|{'-' * 8}|{'-' * 8}|{'-' * 12}|")
        labels = {"yaml": "python -c 'import yaml'", "check": "privdocs check PROFILE",
                  "version": "privdocs --version"}
        for name, values in times.items():
            median = statistics.median(values)
            used = statistics.median(cpu[name])
            print(f"| {labels[name]:<28} | {median * 1000:9.1f} | {min(values) * 1000:7.1f} | "
                  f"{median / floor:6.2f} | {used * 1000:6.1f} | {used / cpu_floor:10.2f} |")
        ratio = statistics.median(times["check"]) / floor
        print()
        verdict = "OK" if ratio <= TARGET_RATIO else "ABOVE TARGET"
        print(f"check / import yaml = {ratio:.2f}x (target <= {TARGET_RATIO:.0f}x): {verdict}")

        if arguments.importtime:
            print()
            print(importtime(commands["check"][0], arguments.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
