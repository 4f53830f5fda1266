"""Building the site, one step after the other:

check the profiles → read the archive (statuses on `clock.today()`) → assemble the pages of
every language and check that none is missing in a language → write them into the generated
folder → MkDocs, once per language, in strict mode → the data for machines and the files at
the site's root.

Everything before MkDocs is privdocs' own work; `BuildReport.seconds` times each step.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import fingerprint as last_build
from . import urls
from ..archive.manifest import STATEMENTS_DIR
from ..archive.verification import check_archive
from ..catalogs import DOCUMENT_DOMAIN, N_, translator
from ..clock import today
from ..errors import UsageError
from .assembly import PageWriter
from .build_cache import BuildCache, cache_folder, remembered_digests
from .engine import LanguageJob, Workers, available_cores
from .folder import clear_site_dir
from .landing import language_name, write_root_files
from .mkdocs_engine.builds import MkDocsEngine, MkDocsFailed, SiteLanguage, nav
from .pages import Page
from .settings import (SITE_TEMPLATES, SiteSettings, read_settings, settings_warnings,
                       with_slash)
from .site_pages import SITE_LANGUAGES, Assembled, assemble, assemble_docs
from .site_files import SiteFiles
from .site_profiles import ProfilesHaveErrors, check_profiles
from .templates import environment
from .wording import check_wording

__all__ = ["BuildReport", "BuildRequest", "ProfilesHaveErrors", "build_site"]

UNSAFE_SITE_DIR = N_("{site_dir} holds {path}: privdocs empties the site folder before a "
                     "build, so it must be a folder of its own.")


@dataclass(frozen=True)
class BuildRequest:
    config: Path | None = None  # default: mkdocs.yml when there is one, else privdocs' defaults
    statements: Path = STATEMENTS_DIR
    profiles: Path = Path("org_profiles")
    site_dir: Path | None = None  # default: mkdocs.yml's site_dir
    site_url: str | None = None  # default: mkdocs.yml's site_url
    drafts: bool = False
    pages_dir: Path | None = None  # default: mkdocs.yml's docs_dir
    docs_only: bool = False  # privdocs' documentation alone, without the archive
    docs: bool | None = None  # default: the configuration's extra.privdocs.docs
    templates: Path | None = None  # default: privdocs' page templates, theme and MkDocs setup
    jobs: int | None = None  # processes for the languages; default: the cores available
    cache: bool = True  # reuse what earlier builds made (build_cache); False: make everything
    verify: bool = False  # refuse an archive that is not as published, first (as `build` does)
    progress: Callable[[str], None] | None = None  # told each stage as it starts


@dataclass
class BuildReport:
    site_dir: Path
    organisations: int
    pages: dict[str, int]  # per language
    data_files: int
    seconds: dict[str, float] = field(default_factory=dict)
    warnings: list[tuple[str, dict[str, object]]] = field(default_factory=list)  # (msgid, args)
    written: int = 0  # Markdown pages written because they are new or changed
    unchanged: int = 0  # Markdown pages left as they were
    rendered: int = 0  # HTML pages the engine rendered (both languages)
    reused: int = 0  # HTML pages unchanged since an earlier build, from the build cache
    language_seconds: dict[str, float] = field(default_factory=dict)  # the engine, per language

    @property
    def own_seconds(self) -> float:
        """privdocs' own share: everything but MkDocs."""
        return sum(value for step, value in self.seconds.items() if step != "mkdocs")


def description(templates: Path, lang: str, docs_only: bool) -> str:
    """The meta description of the pages that have none of their own."""
    wording = environment(templates, lang).get_template("wording.md.j2").module
    return str(wording.docs_description() if docs_only else wording.site_description()).strip()


def translated_sources(pages: dict[str, list[Page]]) -> dict[str, list[str]]:
    """Per language, the pages that are really in that language (no stand-ins), for the
    sitemap and its alternates."""
    return {lang: [page.source for page in lang_pages if not page.stand_in]
            for lang, lang_pages in pages.items()}


def logo_file(settings: SiteSettings) -> dict[str, bytes]:
    """The project's logo among a language's pages, where the theme's `logo` points."""
    if settings.logo is not None and settings.logo_name is not None:
        return {settings.logo_name: settings.logo.read_bytes()}
    return {}


def empty_site_dir(site_dir: Path, keep: list[Path], empty: bool = True) -> None:
    resolved = site_dir.resolve()
    for path in keep:
        target = path.resolve()
        if target == resolved or resolved in target.parents:
            raise UsageError(UNSAFE_SITE_DIR, site_dir=site_dir.as_posix(),
                             path=path.as_posix())
    clear_site_dir(site_dir, empty)  # only a folder privdocs made (folder.py)


def build_site(request: BuildRequest) -> BuildReport:
    seconds: dict[str, float] = {}
    tell = request.progress or (lambda stage: None)
    started = time.perf_counter()
    tell("check")
    settings = read_settings(request.config)
    if request.pages_dir is not None:
        settings = dataclasses.replace(settings, docs_dir=request.pages_dir)
    site_dir = request.site_dir or settings.site_dir
    site_url = with_slash(request.site_url or settings.site_url)
    if request.docs_only or request.docs is not None:
        settings = dataclasses.replace(settings, docs=request.docs_only or bool(request.docs))
    cache = BuildCache(cache_folder(site_dir) if request.cache else None)
    if request.verify:  # before anything, also before "nothing changed"
        check_archive(request.statements, remembered=remembered_digests(cache,
                                                                        request.statements))
    templates = request.templates or SITE_TEMPLATES
    fingerprint = (last_build.inputs(request, settings, site_url, today(), templates)
                   if request.cache else "")
    last = (last_build.unchanged(cache, fingerprint, site_dir, settings.docs_dir)
            if fingerprint else None)
    if last is not None:
        return _as_before(last, site_dir, settings, site_url, time.perf_counter() - started)
    # The engine's processes start now, before the site is assembled (engine.Workers).
    with Workers(min(request.jobs or available_cores(), len(SITE_LANGUAGES))) as workers:
        return _build(request, settings, cache, templates, site_dir, site_url, fingerprint,
                      started, seconds, tell, workers)


def _build(request: BuildRequest, settings: SiteSettings, cache: BuildCache, templates: Path,
           site_dir: Path, site_url: str, fingerprint: str, started: float,
           seconds: dict[str, float], tell: Callable[[str], None],
           workers: Workers) -> BuildReport:
    checked, drafts = ([], {}) if request.docs_only else check_profiles(
        request.profiles, request.drafts, cache)
    check_wording(SITE_LANGUAGES)
    seconds["check"] = time.perf_counter() - started

    started = time.perf_counter()
    tell("assemble")
    site_names = {lang: translator(lang, DOCUMENT_DOMAIN).gettext(settings.site_name)
                  for lang in SITE_LANGUAGES}
    # Each page is written into the generated folder as it is made (assembly.PageWriter).
    writers = {lang: PageWriter(settings.docs_dir / lang, logo_file(settings))
               for lang in SITE_LANGUAGES}

    def write(lang: str, page: Page) -> Page:
        return writers[lang].write(page)

    assembled = (assemble_docs(templates, request.profiles, write) if request.docs_only
                 else assemble(request.statements, request.profiles, settings, templates, checked,
                               drafts, site_names, cache, write))
    seconds["assemble"] = time.perf_counter() - started

    started = time.perf_counter()
    tell("write")
    for writer in writers.values():
        writer.finish()
    written = sum(writer.written for writer in writers.values())
    unchanged = sum(writer.unchanged for writer in writers.values())
    empty_site_dir(site_dir, [path for path in (settings.file, settings.logo) if path]
                   + [request.statements, request.profiles, settings.docs_dir],
                   empty=not request.cache)
    site_files = SiteFiles(site_dir, cache, set(SITE_LANGUAGES))
    data_count = len(assembled.data)
    for item in assembled.data:  # written now and let go: the engine needs none of it
        site_files.write(item)
    assembled.data = []
    seconds["write"] = time.perf_counter() - started

    started = time.perf_counter()
    tell("mkdocs")
    jobs = language_jobs(request, settings, assembled, site_dir, site_url, site_names, cache)
    pages = {lang: len(lang_pages) for lang, lang_pages in assembled.pages.items()}
    sources = translated_sources(assembled.pages)
    descriptions = {job.lang: job.site.description for job in jobs}
    assembled.pages = {}  # written: the engine reads them from the generated folder
    results = workers.run(MkDocsEngine.build, jobs)
    for result in results:
        if result.failure is not None:
            raise MkDocsFailed(result.failure[0], **result.failure[1])
    seconds["mkdocs"] = time.perf_counter() - started

    started = time.perf_counter()
    tell("finish")
    made = write_root_files(site_dir, assembled.templates, SITE_LANGUAGES, site_names,
                            site_url, sources, descriptions)
    site_files.remove_others(made, set(SITE_LANGUAGES))
    site_files.record(cache)
    cache.prune(cache.used.union(*(result.used for result in results)))
    report = BuildReport(site_dir, assembled.organisations, pages, data_count, seconds,
                         settings_warnings(settings, site_url), written, unchanged,
                         sum(result.rendered for result in results),
                         sum(result.reused for result in results),
                         {result.lang: result.seconds for result in results})
    if fingerprint:
        last_build.record(cache, fingerprint, site_dir, settings.docs_dir, {
            "organisations": report.organisations, "pages": report.pages,
            "data_files": report.data_files, "markdown": written + unchanged,
            "html": report.rendered + report.reused})
    seconds["finish"] = time.perf_counter() - started
    return report


def _as_before(last: dict, site_dir: Path, settings: SiteSettings, site_url: str,
               seconds: float) -> BuildReport:
    """The report of a build that found nothing to do (`fingerprint.unchanged`)."""
    return BuildReport(site_dir, int(last.get("organisations", 0)),
                       {str(lang): int(n) for lang, n in dict(last.get("pages", {})).items()},
                       int(last.get("data_files", 0)), {"unchanged": seconds},
                       settings_warnings(settings, site_url), 0, int(last.get("markdown", 0)),
                       0, int(last.get("html", 0)))


def language_jobs(request: BuildRequest, settings: SiteSettings, assembled: Assembled,
                  site_dir: Path, site_url: str, site_names: dict[str, str],
                  cache: BuildCache) -> list[LanguageJob]:
    """What the engine needs to build each language, as plain data."""
    names = {lang: language_name(lang) for lang in SITE_LANGUAGES}
    available = {lang: {urls.url(page.source) for page in lang_pages}
                 for lang, lang_pages in assembled.pages.items()}
    site_nav = nav(settings.docs, request.docs_only)
    jobs = []
    for lang in SITE_LANGUAGES:
        nav_titles = tuple((page.source, page.title) for page in assembled.pages[lang]
                           if page.source in site_nav)
        site = SiteLanguage(site_url, site_names[lang],
                            description(assembled.templates, lang, request.docs_only),
                            site_nav, names, available, nav_titles)
        jobs.append(LanguageJob(settings, assembled.templates, lang, site, site_dir,
                                assembled.day, cache.folder))
    return jobs
