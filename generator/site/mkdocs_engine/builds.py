"""Running MkDocs: one build per language, each from its own folder of pages into its own
folder of the site, so each language has its own search index, `<html lang>` and sitemap.

The configuration is privdocs' own (`site_templates/site/mkdocs.yml`, with the project's settings
from `settings`); privdocs sets what differs per language (docs_dir, site_dir, site_url,
site_name, theme.language, the nav) and turns strict mode on, so a broken link or any other
warning fails the build.
"""

from __future__ import annotations

import calendar
import datetime
import hashlib
import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException

from ...catalogs import DOCUMENT_DOMAIN, N_, translator
from ...errors import PrivdocsError
from ...render.safe_html import SafeHtmlExtension
from .. import urls
from ..build_cache import BuildCache, folder_digest, key
from ..engine import LanguageJob, LanguageResult
from ..settings import MKDOCS_DEFAULTS, SiteSettings
from .language_links import SitePlugin
from .page_cache import PageCachePlugin, engine_versions
from .page_memory import PageMemoryPlugin
from .written_pages import WrittenPages

MKDOCS_FAILED = N_("MkDocs could not build the {lang} pages: {problem}")

# The small nav every page carries: it never grows with the number of organisations, which
# are reached from the home page (Material renders the whole nav into every page).
DOCS_NAV = (urls.docs(), urls.docs("profile"), urls.rules(), urls.docs("commands"))


def nav(docs: bool, docs_only: bool = False) -> list[str]:
    """The home page, and the documentation when the site has it."""
    if docs_only:
        return [urls.home(), *DOCS_NAV[1:]]
    return [urls.home(), *DOCS_NAV] if docs else [urls.home()]


# Every page's Content-Security-Policy (a <meta>: a static site sends no headers of its own).
# Everything from the site itself and nothing else: no inline script or style, no other
# origin, no plugins or frames. `data:` images are Material's icons (CSS masks).
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; "
    "base-uri 'none'; form-action 'self'")


class MkDocsFailed(PrivdocsError):
    exit_code = 1


class _Warnings(logging.Handler):
    """Collects what MkDocs warns about while it builds, to say why strict mode failed."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(" ".join(record.getMessage().split()))


def language_config(settings: SiteSettings, templates: Path, lang: str, site: SiteLanguage,
                    site_dir: Path, cache: BuildCache | None = None) -> MkDocsConfig:
    """privdocs' configuration (`templates`/mkdocs.yml) with the settings of this build; with
    a `cache`, pages rendered by an earlier build are reused (`page_cache`)."""
    config = load_config(
        str(templates / MKDOCS_DEFAULTS), docs_dir=str((settings.docs_dir / lang).resolve()),
        site_dir=str((site_dir / lang).resolve()), site_url=f"{site.site_url}{lang}/",
        site_name=site.site_name, nav=site.nav, strict=True, use_directory_urls=True,
        site_description=site.description)
    config.theme["language"] = lang
    config.extra["privdocs_csp"] = CONTENT_SECURITY_POLICY
    _apply_colours(config, settings)
    if settings.logo_name:
        config.theme["logo"] = settings.logo_name
    _translate_palette_toggles(config, lang)
    site_plugin = SitePlugin(lang, site.names, site.site_url, site.available)
    config.plugins["privdocs-site"] = site_plugin
    cache = cache or BuildCache(None)
    config.plugins["privdocs-page-cache"] = PageCachePlugin(
        cache, engine_key(settings, templates, lang, site), site_plugin.alternates,
        WrittenPages(cache, site_dir / lang, lang) if cache.folder is not None else None)
    config.plugins["privdocs-page-memory"] = PageMemoryPlugin()  # see page_memory
    # The last guard of every page, whatever the configuration lists (see render.safe_html).
    config.markdown_extensions.append(SafeHtmlExtension())
    return config


def _apply_colours(config: MkDocsConfig, settings: SiteSettings) -> None:
    """The project's colours in every colour scheme of the theme (light and dark alike)."""
    palette = config.theme.get("palette")
    schemes = palette if isinstance(palette, list) else [palette] if palette else []
    if not schemes:
        schemes = [{}]
        config.theme["palette"] = schemes[0]
    for scheme in schemes:
        scheme.update(primary=settings.primary, accent=settings.accent)


def _translate_palette_toggles(config: MkDocsConfig, lang: str) -> None:
    """The theme toggle's names ("Switch to dark mode") in the page's language, where the
    `statement` catalog has them (as for site_name)."""
    palette = config.theme.get("palette")
    gettext = translator(lang, DOCUMENT_DOMAIN).gettext
    for scheme in palette if isinstance(palette, list) else ():
        toggle = scheme.get("toggle") if isinstance(scheme, dict) else None
        if isinstance(toggle, dict) and isinstance(toggle.get("name"), str):
            toggle["name"] = gettext(toggle["name"])


def engine_key(settings: SiteSettings, templates: Path, lang: str, site: SiteLanguage) -> str:
    """Everything that shapes every page of a language besides the page itself: the theme
    and the templates (every file), the engine's versions, this build's settings, and the
    nav's pages, whose titles every page shows."""
    logo = hashlib.sha256(settings.logo.read_bytes()).hexdigest() if settings.logo else None
    return key("engine", lang, folder_digest(templates), engine_versions(), site.site_url,
               site.site_name, site.description, site.nav, site.names, site.nav_titles,
               settings.primary, settings.accent, settings.logo_name, logo,
               CONTENT_SECURITY_POLICY)


@dataclass(frozen=True)
class SiteLanguage:
    """What privdocs sets in the configuration of one language's build."""

    site_url: str  # the root of the whole site
    site_name: str  # in this language
    description: str  # the pages' meta description where a page has none of its own
    nav: list[str]
    names: dict[str, str]  # language code -> its name in that language
    available: dict[str, set[str]]  # language code -> the page URLs of that language
    nav_titles: tuple[tuple[str, str], ...] = ()  # (source, title) of the nav's pages


@contextmanager
def build_date(day: datetime.date):
    """MkDocs dates the sitemap (and its gzip copy) by SOURCE_DATE_EPOCH, else by the clock:
    date it by the day of the build, so the same archive on the same day gives the same site."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    if before is None:
        os.environ["SOURCE_DATE_EPOCH"] = str(calendar.timegm(day.timetuple()))
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)


def build_job(job: LanguageJob) -> LanguageResult:
    """`SiteEngine.build` for MkDocs: one language, its pages reused from the cache where they
    have not changed."""
    cache = BuildCache(job.cache_folder)
    config = language_config(job.settings, job.templates, job.lang, job.site, job.site_dir,
                             cache)
    result = LanguageResult(job.lang)
    try:
        # With a cache the language's folder is kept and only what changed is written
        # (`written_pages`); without one MkDocs empties it first: a clean build.
        build_language(config, job.lang, job.day, dirty=cache.folder is not None)
    except PrivdocsError as failed:  # MkDocsFailed, or the cache changed under the build
        result.failure = (failed.msgid, failed.args_for_message)
    pages = config.plugins["privdocs-page-cache"]
    result.rendered, result.reused, result.used = pages.rendered, pages.reused, cache.used
    return result


class MkDocsEngine:
    """The site's engine today (`engine.SiteEngine`)."""

    name = "mkdocs"
    build = staticmethod(build_job)


def _not_the_dirty_warning(record: logging.LogRecord) -> bool:
    """MkDocs warns that a dirty build may give inaccurate navigation, since it skips the
    pages it thinks unchanged; privdocs' dirty build skips none (`written_pages`), so the
    warning does not apply, and would fail strict mode."""
    return not str(record.msg).startswith("A 'dirty' build is being performed")


def build_language(config: MkDocsConfig, lang: str, day: datetime.date,
                   dirty: bool = False) -> None:
    """Build one language; any warning fails it (strict mode), with MkDocs' own words."""
    logger = logging.getLogger("mkdocs")
    warnings = _Warnings()
    logger.addHandler(warnings)
    builder = logging.getLogger("mkdocs.commands.build")
    builder.addFilter(_not_the_dirty_warning)
    try:
        with build_date(day):
            build(config, dirty=dirty)
    except MkDocsException as error:
        problem = "; ".join(warnings.messages) or str(error)
        raise MkDocsFailed(MKDOCS_FAILED, lang=lang, problem=problem) from None
    finally:
        logger.removeHandler(warnings)
        builder.removeFilter(_not_the_dirty_warning)
