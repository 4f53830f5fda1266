"""Peak memory of a full site build (issue 14): does a language's build process grow with the
whole site?

    python3 benchmarks/memory_bench.py --orgs 20 100 --archive /tmp/orgs   # peak RSS, a table
    python3 benchmarks/memory_bench.py --orgs 20 --where                   # where it goes

The archive is made once (`site_bench.make_archive`, in --jobs processes: three published
versions per organisation) for the largest --orgs, and kept in --archive when given; a
smaller size is the first organisations of it. Each build is a fresh process, as `privdocs
build --no-cache` runs it, on a fixed day, with and without `page_memory.PageMemoryPlugin`
(`--without` only), with the languages one after the other (`--jobs 1`) and at once (2).

Peak memory is the largest resident set (ru_maxrss) of the build process and of its workers:
with `--jobs 1` the languages are built in the build process itself; with `--jobs 2` each in a
worker of its own. The table gives, per size, the peak and the KiB per page of one language
between the two sizes (the slope of the peak), and extrapolates both to 1,000 organisations
(22,000 pages, 11,000 a language).

`--where` builds once, in this process's child, with tracemalloc on and a probe plugin that
stops at the end of MkDocs' first pass (every page read and converted, none written) and at
the end of the build: the traced memory, the biggest allocation sites, and what each page
holds (its HTML, Markdown, table of contents, ...) and the search index.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.build_bench import make_archive_at_once  # noqa: E402
from benchmarks.site_bench import BUILD_DAY  # noqa: E402

CHILD = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from mkdocs.plugins import BasePlugin
from generator.site.mkdocs_engine import builds as mkdocs_builds
from generator.site.build import BuildRequest, build_site
if not {with_plugin!r}:  # the build as it was: MkDocs holds every page's HTML
    class PageMemoryPlugin(BasePlugin):
        pass
    mkdocs_builds.PageMemoryPlugin = PageMemoryPlugin
if {where!r}:
    from benchmarks.memory_bench import probe_builds
    probe_builds(mkdocs_builds)
started = time.perf_counter()
report = build_site(BuildRequest(config=Path({config!r}), statements=Path({statements!r}),
                                 profiles=Path({profiles!r}), site_dir=Path({site!r}),
                                 pages_dir=Path({pages!r}), cache=False, jobs={jobs!r}))
own = resource.getrusage(resource.RUSAGE_SELF)
workers = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({{"total": time.perf_counter() - started, "pages": report.pages,
                  "parent_kib": own.ru_maxrss, "worker_kib": workers.ru_maxrss}}))
"""


def deep_size(value: object, seen: set[int]) -> int:
    """Bytes of `value` and of what it holds, each object once; not into other pages or files
    (a link to another page holds its `File`)."""
    from mkdocs.structure.files import File
    from mkdocs.structure.pages import Page
    if id(value) in seen or isinstance(value, (type, File, Page)):
        return 0
    seen.add(id(value))
    size = sys.getsizeof(value)
    if isinstance(value, dict):
        size += sum(deep_size(key, seen) + deep_size(item, seen) for key, item in value.items())
    elif isinstance(value, (list, tuple, set, frozenset)):
        size += sum(deep_size(item, seen) for item in value)
    elif hasattr(value, "__dict__"):
        size += deep_size(vars(value), seen)
    return size


PAGE_PARTS = ("content", "markdown", "toc", "meta", "present_anchor_ids", "links_to_anchors")


def probe_builds(mkdocs_builds) -> None:
    """Each language's build, with tracemalloc and `MemoryProbe` (`--where`)."""
    import tracemalloc

    from mkdocs.plugins import BasePlugin, event_priority

    class MemoryProbe(BasePlugin):
        def __init__(self, lang: str) -> None:
            super().__init__()
            self.lang = lang

        def on_config(self, config):
            self.search = next((plugin for plugin in config.plugins.values()
                                if hasattr(plugin, "search_index")), None)
            return config

        @event_priority(-10_000)
        def on_env(self, env, config, files):
            self.files = files
            self.report("end of MkDocs' first pass (every page read, none written)")
            return env

        @event_priority(-10_000)
        def on_post_build(self, config):
            self.report("end of the build")

        def report(self, moment: str) -> None:
            gc.collect()
            current, peak = tracemalloc.get_traced_memory()
            pages = [file.page for file in self.files.documentation_pages() if file.page]
            print(f"\n[{self.lang}] {moment}: {len(pages)} pages; traced now "
                  f"{current / 2**20:.1f} MiB, peak of this language {peak / 2**20:.1f} MiB")
            for part in PAGE_PARTS:
                seen: set[int] = set()
                size = sum(deep_size(getattr(page, part, None), seen) for page in pages)
                print(f"  page.{part:18} {size / 2**20:8.1f} MiB  "
                      f"{size / 1024 / max(len(pages), 1):7.1f} KiB a page")
            if self.search is not None:
                size = deep_size(self.search.search_index.entries, set())
                print(f"  search index entries {size / 2**20:8.1f} MiB  "
                      f"{size / 1024 / max(len(pages), 1):7.1f} KiB a page")
            snapshot = tracemalloc.take_snapshot().filter_traces(
                [tracemalloc.Filter(False, tracemalloc.__file__)])
            print("  biggest allocation sites:")
            for statistic in snapshot.statistics("lineno")[:15]:
                frame = statistic.traceback[0]
                print(f"    {statistic.size / 2**20:7.1f} MiB {statistic.count:8} blocks  "
                      f"{frame.filename.split('site-packages/')[-1]}:{frame.lineno}")

    configure = mkdocs_builds.language_config

    def language_config(settings, templates, lang, *args, **kwargs):
        config = configure(settings, templates, lang, *args, **kwargs)
        config.plugins["memory-probe"] = MemoryProbe(lang)
        tracemalloc.reset_peak()
        return config

    mkdocs_builds.language_config = language_config
    tracemalloc.start()


def subset(archive: Path, count: int, folder: Path) -> None:
    """The first `count` organisations of `archive` (organisations are folders of their own)."""
    for name in ("org_profiles", "statements"):
        (folder / name).mkdir(parents=True)
    for index in range(count):
        org = f"org-{index:03d}"
        shutil.copytree(archive / "statements" / org, folder / "statements" / org)
        for path in (archive / "org_profiles").glob(f"{org}.*"):
            shutil.copy2(path, folder / "org_profiles" / path.name)


def build(folder: Path, jobs: int, with_plugin: bool, where: bool = False) -> dict:
    shutil.rmtree(folder / "site", ignore_errors=True)
    code = CHILD.format(root=str(ROOT), config=str(ROOT / "mkdocs.yml"),
                        statements=str(folder / "statements"),
                        profiles=str(folder / "org_profiles"), site=str(folder / "site"),
                        pages=str(folder / "pages"), jobs=jobs, with_plugin=with_plugin,
                        where=where)
    environment = {**os.environ, "PRIVDOCS_TODAY": BUILD_DAY}
    result = subprocess.run([sys.executable, "-c", code], text=True, env=environment,
                            stdout=subprocess.PIPE, check=False)
    if result.returncode:
        raise SystemExit(f"the build failed (exit {result.returncode})")
    lines = result.stdout.splitlines()
    print("\n".join(lines[:-1]), flush=True)
    return json.loads(lines[-1])


def language_peak(figures: dict, jobs: int) -> int:
    """KiB: the peak of a process that built a language."""
    return figures["parent_kib"] if jobs == 1 else figures["worker_kib"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orgs", type=int, nargs="+", default=[20, 100])
    parser.add_argument("--purposes", type=int, default=6)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--archive", type=Path, help="keep the archive of the largest size "
                        "in this folder, and reuse it when it is there")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="processes that make a new archive")
    parser.add_argument("--builds", default="1,2", help="--jobs of the builds: 1, 2 or 1,2")
    parser.add_argument("--without", action="store_true",
                        help="only the builds without the page memory plugin (before)")
    parser.add_argument("--with", dest="with_only", action="store_true",
                        help="only the builds with the page memory plugin (after)")
    parser.add_argument("--where", action="store_true",
                        help="tracemalloc and page sizes at the end of MkDocs' first pass, "
                        "for each --orgs, --jobs 1, as --with/--without say (default: with)")
    arguments = parser.parse_args()
    sizes = sorted(arguments.orgs)
    variants = [False] if arguments.without else [True] if arguments.with_only else [False, True]
    print(f"Python {platform.python_version()}, {os.cpu_count()} cores; organisations "
          f"{sizes} x 3 versions x 2 languages; build day {BUILD_DAY}; load before: "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    with tempfile.TemporaryDirectory(prefix="privdocs-memory-bench-") as temporary:
        archive = arguments.archive or Path(temporary) / "archive"
        if not (archive / "statements").is_dir():
            make_archive_at_once(archive, sizes[-1], arguments.purposes, arguments.seed,
                                 arguments.jobs)
        rows = []
        for count in sizes:
            folder = Path(temporary) / f"orgs-{count}"
            subset(archive, count, folder)
            if arguments.where:
                build(folder, 1, variants[-1], where=True)
                continue
            for jobs in (int(value) for value in arguments.builds.split(",")):
                for with_plugin in variants:
                    figures = build(folder, jobs, with_plugin)
                    pages = max(figures["pages"].values())
                    rows.append((count, jobs, with_plugin, pages, language_peak(figures, jobs)))
                    print(f"{count} organisations, --jobs {jobs}, "
                          f"{'with' if with_plugin else 'without'} the plugin: {pages} pages a "
                          f"language, peak {rows[-1][-1] / 1024:.0f} MiB a language "
                          f"(build process {figures['parent_kib'] / 1024:.0f} MiB, workers "
                          f"{figures['worker_kib'] / 1024:.0f} MiB), "
                          f"{figures['total']:.0f} s", flush=True)
            shutil.rmtree(folder)
    if rows:
        report(rows)
    print(f"load after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


def report(rows: list[tuple[int, int, bool, int, int]]) -> None:
    """Per --jobs and plugin: the peak at each size, the slope, and 1,000 organisations."""
    print("\n| build | plugin | " + " | ".join(f"{count} orgs" for count in
                                                sorted({row[0] for row in rows}))
          + " | KiB per page | 1,000 orgs (11,000 pages a language) |")
    print("|---|---|" + "---:|" * (len({row[0] for row in rows}) + 2))
    for jobs in sorted({row[1] for row in rows}):
        for with_plugin in (False, True):
            chosen = sorted((row for row in rows if row[1:3] == (jobs, with_plugin)))
            if not chosen:
                continue
            (_, _, _, small_pages, small), (_, _, _, large_pages, large) = chosen[0], chosen[-1]
            pages = large_pages - small_pages
            slope = (large - small) / pages if pages else 0.0
            extrapolated = large + slope * (11_000 - large_pages)
            print(f"| --jobs {jobs} | {'with' if with_plugin else 'without'} | "
                  + " | ".join(f"{row[4] / 1024:.0f} MiB" for row in chosen)
                  + f" | {slope:.1f} | {extrapolated / 1024:.0f} MiB |")


if __name__ == "__main__":
    raise SystemExit(main())
