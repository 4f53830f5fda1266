"""The engine that turns the assembled pages into HTML, behind one small interface.

privdocs assembles, for each language, a complete tree of pages (Markdown with front matter,
and the logo) in the generated folder; the engine turns one language's tree into that
language's site. Everything engine-specific (its configuration, plugin hooks, the language
links, search, its page cache) stays behind `SiteEngine`: today MkDocs with Material
(`mkdocs_engine.builds.MkDocsEngine`). docs/decisions/0005-zensical.md says what a switch would take.

A `LanguageJob` holds only plain, picklable data, so the languages can be built in parallel
processes (`Workers`), each with its own engine, and give the same bytes as one after the
other: each language is a build of its own into a folder of its own.
"""

from __future__ import annotations

import datetime
import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Protocol

from .settings import SiteSettings


@dataclass(frozen=True)
class LanguageJob:
    """One language's build: from `settings.docs_dir / lang` into `site_dir / lang`."""

    settings: SiteSettings
    templates: Path
    lang: str
    site: object  # the engine's per-language settings (mkdocs_engine.builds.SiteLanguage)
    site_dir: Path
    day: datetime.date
    cache_folder: Path | None  # None: render every page


@dataclass
class LanguageResult:
    lang: str
    rendered: int = 0  # pages the engine rendered
    reused: int = 0  # pages unchanged since the last build, taken from the cache
    seconds: float = 0.0
    used: set[str] = field(default_factory=set)  # cache entries this build needs
    failure: tuple[str, dict[str, object]] | None = None  # (msgid, args) when it failed


class SiteEngine(Protocol):
    def build(self, job: LanguageJob) -> LanguageResult:
        """Build one language's site; a failure is returned, never raised, so that it can
        come back from another process."""


def available_cores() -> int:
    """The cores this process may run on (its affinity, not the machine's count)."""
    counting = getattr(os, "process_cpu_count", None)  # Python 3.13
    if counting is not None:
        return counting() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _timed(build: Callable[[LanguageJob], LanguageResult], job: LanguageJob) -> LanguageResult:
    started = time.perf_counter()
    result = build(job)
    result.seconds = time.perf_counter() - started
    return result


class Workers:
    """The processes the languages are built in, started when made: before the build
    assembles the site, so that a worker forked from this process does not start with every
    assembled page in its memory (at a thousand organisations, more than the engine itself
    needs). `workers` 1: no process, the jobs run here one after the other."""

    def __init__(self, workers: int) -> None:
        self.pool: ProcessPoolExecutor | None = None
        if workers > 1:
            methods = multiprocessing.get_all_start_methods()
            # fork starts a worker in milliseconds with everything imported; spawn where it
            # is all there is (the job is plain data either way).
            context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
            self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
            self.pool.submit(int).result()  # with fork, every worker starts now

    def run(self, build: Callable[[LanguageJob], LanguageResult],
            jobs: list[LanguageJob]) -> list[LanguageResult]:
        """Every job; results come back in the order of `jobs`."""
        if self.pool is None or len(jobs) <= 1:
            return [_timed(build, job) for job in jobs]
        return list(self.pool.map(_timed, [build] * len(jobs), jobs))

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *_exc) -> None:
        if self.pool is not None:
            self.pool.shutdown()

