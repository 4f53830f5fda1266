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
import logging
import os
from contextlib import contextmanager
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException

from ..catalogs import N_
from ..errors import PrivdocsError
from . import urls
from .plugin import SitePlugin
from .settings import MKDOCS_DEFAULTS, SiteSettings

MKDOCS_FAILED = N_("MkDocs could not build the {lang} pages: {problem}")

# The small nav every page carries: it never grows with the number of organisations, which
# are reached from the home page (Material renders the whole nav into every page).
NAV = (urls.home(), urls.docs(), urls.docs("profile"), urls.rules(), urls.docs("commands"))


class MkDocsFailed(PrivdocsError):
    exit_code = 1


class _Warnings(logging.Handler):
    """Collects what MkDocs warns about while it builds, to say why strict mode failed."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(" ".join(record.getMessage().split()))


def language_config(settings: SiteSettings, templates: Path, lang: str, site_url: str,
                    site_name: str, names: dict[str, str], site_dir: Path) -> MkDocsConfig:
    """privdocs' configuration (`templates`/mkdocs.yml) with the settings of this build."""
    config = load_config(
        str(templates / MKDOCS_DEFAULTS), docs_dir=str((settings.docs_dir / lang).resolve()),
        site_dir=str((site_dir / lang).resolve()), site_url=f"{site_url}{lang}/",
        site_name=site_name, nav=list(NAV), strict=True, use_directory_urls=True)
    config.theme["language"] = lang
    _apply_colours(config, settings)
    if settings.logo_name:
        config.theme["logo"] = settings.logo_name
    config.plugins["privdocs-site"] = SitePlugin(lang, names, site_url)
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


def build_language(config: MkDocsConfig, lang: str, day: datetime.date) -> None:
    """Build one language; any warning fails it (strict mode), with MkDocs' own words."""
    logger = logging.getLogger("mkdocs")
    warnings = _Warnings()
    logger.addHandler(warnings)
    try:
        with build_date(day):
            build(config)
    except MkDocsException as error:
        problem = "; ".join(warnings.messages) or str(error)
        raise MkDocsFailed(MKDOCS_FAILED, lang=lang, problem=problem) from None
    finally:
        logger.removeHandler(warnings)
