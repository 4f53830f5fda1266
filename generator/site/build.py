"""Building the site, one step after the other:

check the profiles → read the archive (statuses on `clock.today()`) → assemble the pages of
every language and check that none is missing in a language → write them into the generated
folder → MkDocs, once per language, in strict mode → the data for machines and the files at
the site's root.

Everything before MkDocs is privdocs' own work; `BuildReport.seconds` times each step.
"""

from __future__ import annotations

import dataclasses
import datetime
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..catalogs import DOCUMENT_DOMAIN, N_, translator
from ..checking import PROFILE_SUFFIXES, CheckedProfile, check_file
from ..clock import today
from ..errors import PrivdocsError, UsageError
from ..findings import Severity
from ..manifest import STATEMENTS_DIR, read_manifest
from ..render import LANGUAGES
from ..site_folder import clear_site_dir
from . import urls
from .archive import Organisation, in_site_order, organisation_name, read_archive
from .assembly import check_parity, write_pages
from .changes import Changes
from .drafts import render_drafts
from .examples import read_sources
from .landing import language_name, write_root_files
from .mkdocs_builds import SiteLanguage, build_language, language_config, nav
from .pages import Page
from .reference_pages import guide_examples, reference_pages
from .settings import (SITE_TEMPLATES, SiteSettings, read_settings, settings_warnings,
                       with_slash)
from .snapshots import DataFile, data_files
from .statement_pages import SiteContent, all_organisation_pages, home_page
from .templates import environment
from .translations import translation_state
from .wording import check_used_wording, check_wording, forget_used_wording

SITE_LANGUAGES = LANGUAGES

HAS_ERRORS = N_("{count} of the profiles in {folder} have check errors; the site was not built. "
                "Fix them first (`privdocs check {folder}`).")
RESERVED_ID = N_("The organisation id `{org}` is the name of a folder of the site ({names}): "
                 "give the organisation another id.")
UNSAFE_SITE_DIR = N_("{site_dir} holds {path}: privdocs empties the site folder before a "
                     "build, so it must be a folder of its own.")


class ProfilesHaveErrors(PrivdocsError):
    exit_code = 1

    def __init__(self, checked: list[CheckedProfile], folder: str, count: int) -> None:
        super().__init__(HAS_ERRORS, folder=folder, count=count)
        self.checked = checked


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


@dataclass
class BuildReport:
    site_dir: Path
    organisations: int
    pages: dict[str, int]  # per language
    data_files: int
    seconds: dict[str, float] = field(default_factory=dict)
    warnings: list[tuple[str, dict[str, object]]] = field(default_factory=list)  # (msgid, args)

    @property
    def own_seconds(self) -> float:
        """privdocs' own share: everything but MkDocs."""
        return sum(value for step, value in self.seconds.items() if step != "mkdocs")


def check_profiles(folder: Path) -> list[CheckedProfile]:
    """Check every profile in `folder` (none when it does not exist); refuse on errors."""
    if not folder.is_dir():
        return []
    files = sorted(path for path in folder.iterdir()
                   if path.suffix in PROFILE_SUFFIXES and path.is_file())
    checked = [check_file(path, (folder / path.name).as_posix()) for path in files]
    failing = [result for result in checked if result.count(Severity.ERROR)]
    if failing:
        raise ProfilesHaveErrors(failing, folder.as_posix(), len(failing))
    return checked


def description(templates: Path, lang: str, docs_only: bool) -> str:
    """The meta description of the pages that have none of their own."""
    wording = environment(templates, lang).get_template("wording.md.j2").module
    return str(wording.docs_description() if docs_only else wording.site_description()).strip()


def translated_sources(pages: dict[str, list[Page]]) -> dict[str, list[str]]:
    """Per language, the pages that are really in that language (no stand-ins), for the
    sitemap and its alternates."""
    return {lang: [page.source for page in lang_pages if not page.stand_in]
            for lang, lang_pages in pages.items()}


def place_logo(settings: SiteSettings, pages: Path) -> None:
    """The project's logo among a language's pages, where the theme's `logo` points."""
    if settings.logo is not None and settings.logo_name is not None:
        target = pages / settings.logo_name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(settings.logo, target)


def check_ids(organisations: list[Organisation]) -> None:
    for org in organisations:
        if org.id in urls.RESERVED:
            raise PrivdocsError(RESERVED_ID, org=org.id, names=", ".join(sorted(urls.RESERVED)))


def empty_site_dir(site_dir: Path, keep: list[Path]) -> None:
    resolved = site_dir.resolve()
    for path in keep:
        target = path.resolve()
        if target == resolved or resolved in target.parents:
            raise UsageError(UNSAFE_SITE_DIR, site_dir=site_dir.as_posix(),
                             path=path.as_posix())
    clear_site_dir(site_dir)  # only a folder privdocs made (site_folder.py)


def _with_drafts(organisations: list[Organisation], drafts, statements: Path, day):
    """The archive's organisations, and those that have only a draft (for the preview)."""
    known = {org.id for org in organisations}
    extra = [Organisation(org_id, draft.name, read_manifest(org_id, statements, required=False),
                          (), None, in_site_order(draft.languages))
             for org_id, draft in sorted(drafts.items()) if org_id not in known]
    return sorted([*organisations, *extra], key=lambda org: org.id)


@dataclass(frozen=True)
class Assembled:
    pages: dict[str, list[Page]]  # per language
    data: list[DataFile]
    templates: Path
    organisations: int
    day: datetime.date


def assemble(request: BuildRequest, settings: SiteSettings, checked: list[CheckedProfile],
             site_names: dict[str, str]) -> Assembled:
    """Every page of every language, and the data files."""
    day = today()
    templates = request.templates or SITE_TEMPLATES
    forget_used_wording()
    names = {result.id: organisation_name(result.profile, result.id) for result in checked}
    organisations = read_archive(request.statements, day, names)
    check_ids(organisations)
    drafts = render_drafts(checked) if request.drafts else {}
    listed = _with_drafts(organisations, drafts, request.statements, day)
    translations = {org.id: translation_state(request.profiles, org.id) for org in listed}
    changes = Changes(request.statements)
    content = SiteContent(templates, listed, translations, day, changes.markdown,
                          changes.for_readers, drafts, settings.docs)
    examples = _examples(checked) if settings.docs else {}
    pages: dict[str, list[Page]] = {}
    for lang in SITE_LANGUAGES:
        pages[lang] = [home_page(content, lang, site_names[lang]),
                       *all_organisation_pages(content, lang),
                       *(reference_pages(templates, lang, examples) if settings.docs else ())]
    check_parity(pages, listed)
    check_used_wording(SITE_LANGUAGES)
    return Assembled(pages, data_files(organisations, day, changes), templates, len(listed),
                     day)


def _examples(checked: list[CheckedProfile]) -> dict[str, str]:
    """Examples for the profile guide: the first few profiles have every key there is to
    show."""
    return guide_examples(read_sources([Path(result.file) for result in checked[:5]]))


def assemble_docs(templates: Path, profiles: Path) -> Assembled:
    """The documentation of privdocs alone (`build --docs-only`): its overview is the home
    page; no profile is checked and no archive read (the profiles only lend examples)."""
    forget_used_wording()
    files = sorted(path for path in profiles.iterdir()
                   if path.suffix in PROFILE_SUFFIXES and path.is_file()) \
        if profiles.is_dir() else []
    examples = guide_examples(read_sources(files[:5]))
    pages = {lang: list(reference_pages(templates, lang, examples, overview=urls.home()))
             for lang in SITE_LANGUAGES}
    check_used_wording(SITE_LANGUAGES)
    return Assembled(pages, [], templates, 0, today())


def build_site(request: BuildRequest) -> BuildReport:
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    settings = read_settings(request.config)
    if request.pages_dir is not None:
        settings = dataclasses.replace(settings, docs_dir=request.pages_dir)
    site_dir = request.site_dir or settings.site_dir
    site_url = with_slash(request.site_url or settings.site_url)
    if request.docs_only or request.docs is not None:
        settings = dataclasses.replace(settings, docs=request.docs_only or bool(request.docs))
    checked = [] if request.docs_only else check_profiles(request.profiles)
    check_wording(SITE_LANGUAGES)
    seconds["check"] = time.perf_counter() - started

    started = time.perf_counter()
    site_names = {lang: translator(lang, DOCUMENT_DOMAIN).gettext(settings.site_name)
                  for lang in SITE_LANGUAGES}
    assembled = (assemble_docs(request.templates or SITE_TEMPLATES, request.profiles)
                 if request.docs_only else assemble(request, settings, checked, site_names))
    for lang, lang_pages in assembled.pages.items():
        write_pages(settings.docs_dir / lang, lang_pages)
        place_logo(settings, settings.docs_dir / lang)
    empty_site_dir(site_dir, [path for path in (settings.file, settings.logo) if path]
                   + [request.statements, request.profiles, settings.docs_dir])
    seconds["assemble"] = time.perf_counter() - started

    started = time.perf_counter()
    names = {lang: language_name(lang) for lang in SITE_LANGUAGES}
    available = {lang: {urls.url(page.source) for page in lang_pages}
                 for lang, lang_pages in assembled.pages.items()}
    descriptions = {lang: description(assembled.templates, lang, request.docs_only)
                    for lang in SITE_LANGUAGES}
    for lang in SITE_LANGUAGES:
        site = SiteLanguage(site_url, site_names[lang], descriptions[lang],
                            nav(settings.docs, request.docs_only), names, available)
        build_language(language_config(settings, assembled.templates, lang, site, site_dir),
                       lang, assembled.day)
    seconds["mkdocs"] = time.perf_counter() - started

    started = time.perf_counter()
    for item in assembled.data:
        path = site_dir / item.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(item.content)
    write_root_files(site_dir, assembled.templates, SITE_LANGUAGES, site_names, site_url,
                     translated_sources(assembled.pages), descriptions)
    seconds["finish"] = time.perf_counter() - started
    return BuildReport(site_dir, assembled.organisations,
                       {lang: len(pages) for lang, pages in assembled.pages.items()},
                       len(assembled.data), seconds,
                       settings_warnings(settings, site_url))
