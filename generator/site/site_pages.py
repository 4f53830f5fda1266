"""Assembling the site's pages: every page of every language, from the archive on the day of
the build, the checked profiles (their names, and the drafts for a preview) and the diffs,
checked for parity; or privdocs' documentation alone (`build --docs-only`). The Markdown is
written, and handed to the engine, by `build`.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from . import urls
from ..archive.manifest import read_manifest
from ..catalogs import N_
from ..check.checking import PROFILE_SUFFIXES
from ..clock import today
from ..errors import PrivdocsError
from ..render import LANGUAGES
from .archive import Organisation, in_site_order, read_archive
from .assembly import check_parity
from .build_cache import BuildCache
from .changes import Changes
from .examples import read_sources
from .pages import Page
from .reference_pages import guide_examples, reference_pages
from .settings import SiteSettings
from .site_profiles import SiteProfile
from .snapshots import DataFile, organisation_data, organisations_json
from .statement_pages import SiteContent, home_page, organisation_pages
from .translations import cached_translation_state
from .wording import check_used_wording, forget_used_wording

SITE_LANGUAGES = LANGUAGES
RESERVED_ID = N_("The organisation id `{org}` is the name of a folder of the site ({names}): "
                 "give the organisation another id.")


def check_ids(organisations: list[Organisation]) -> None:
    for org in organisations:
        if org.id in urls.RESERVED:
            raise PrivdocsError(RESERVED_ID, org=org.id, names=", ".join(sorted(urls.RESERVED)))


def _with_drafts(organisations: list[Organisation], drafts, statements: Path, day):
    """The archive's organisations, and those that have only a draft (for the preview)."""
    known = {org.id for org in organisations}
    extra = [Organisation(org_id, draft.name, read_manifest(org_id, statements, required=False),
                          (), None, in_site_order(draft.languages))
             for org_id, draft in sorted(drafts.items()) if org_id not in known]
    return sorted([*organisations, *extra], key=lambda org: org.id)


@dataclass
class Assembled:
    pages: dict[str, list[Page]]  # per language
    data: list[DataFile]
    templates: Path
    organisations: int
    day: datetime.date


# Writes a page of a language as soon as it is made; gives back what the build keeps of it.
PageWrite = Callable[[str, Page], Page]


def _kept(lang: str, pages: Iterable[Page], write: PageWrite) -> list[Page]:
    return [write(lang, page) for page in pages]


def assemble(statements: Path, profiles: Path, settings: SiteSettings, templates: Path,
             checked: list[SiteProfile], drafts: dict, site_names: dict[str, str],
             cache: BuildCache, write: PageWrite) -> Assembled:
    """Every page of every language, each given to `write` as it is made, and the data
    files, from the archive in `statements` and the profiles (for their translation state)
    in `profiles`."""
    day = today()
    forget_used_wording()
    names = {result.id: result.name for result in checked}
    organisations = read_archive(statements, day, names)
    check_ids(organisations)
    listed = _with_drafts(organisations, drafts, statements, day)
    translations = {org.id: cached_translation_state(profiles, org.id, cache)
                    for org in listed}
    changes = Changes(statements, cache)
    content = SiteContent(templates, listed, translations, day, changes.markdown,
                          changes.for_readers, drafts, settings.docs)
    examples = _examples(checked) if settings.docs else {}
    pages = {lang: _kept(lang, [home_page(content, lang, site_names[lang])], write)
             for lang in SITE_LANGUAGES}
    data = [DataFile(urls.organisations_data(), organisations_json(organisations, day))]
    published = {org.id for org in organisations}
    # One organisation after the other, in every language, then its data: what was read and
    # compared for it is let go before the next (`Changes.forget`).
    for org in listed:
        for lang in SITE_LANGUAGES:
            pages[lang].extend(_kept(lang, organisation_pages(content, lang, org), write))
        if org.id in published:
            data.extend(organisation_data(org, day, changes))
        changes.forget(org)
    for lang in SITE_LANGUAGES:
        if settings.docs:
            pages[lang].extend(_kept(lang, reference_pages(templates, lang, examples), write))
    check_parity(pages, listed)
    check_used_wording(SITE_LANGUAGES)
    return Assembled(pages, data, templates, len(listed), day)


def _examples(checked: list[SiteProfile]) -> dict[str, str]:
    """Examples for the profile guide: the first few profiles have every key there is to
    show."""
    return guide_examples(read_sources([Path(result.file) for result in checked[:5]]))


def assemble_docs(templates: Path, profiles: Path, write: PageWrite) -> Assembled:
    """The documentation of privdocs alone (`build --docs-only`): its overview is the home
    page; no profile is checked and no archive read (the profiles only lend examples)."""
    forget_used_wording()
    files = sorted(path for path in profiles.iterdir()
                   if path.suffix in PROFILE_SUFFIXES and path.is_file()) \
        if profiles.is_dir() else []
    examples = guide_examples(read_sources(files[:5]))
    pages = {lang: _kept(lang, reference_pages(templates, lang, examples, overview=urls.home()),
                         write)
             for lang in SITE_LANGUAGES}
    check_used_wording(SITE_LANGUAGES)
    return Assembled(pages, [], templates, 0, today())
