"""`privdocs build`: the static site, from the published statements, into site/."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import console
from ..catalogs import LANGUAGES, N_, Nn_, translator
from ..message_language import message_language
from ..cli import ERROR_PREFIX
from ..manifest import STATEMENTS_DIR
from ..report import REPORTERS
from ..site_folder import guard_site_dir
from ..verification import check_archive
from ..site.assembly import SiteIncomplete, render_incomplete
from ..site.build import BuildReport, BuildRequest, ProfilesHaveErrors, build_site
from ..site.settings import read_settings

WARNING_PREFIX = N_("privdocs: warning: {message}")

BUILT = Nn_("Built the site of {n} organisation into {site_dir}/: {pages} pages in each of "
            "{languages} ({seconds} s, of which MkDocs {mkdocs} s).",
            "Built the site of {n} organisations into {site_dir}/: {pages} pages in each of "
            "{languages} ({seconds} s, of which MkDocs {mkdocs} s).")


def add_site_options(parser: argparse.ArgumentParser) -> None:
    """The options `build` and `serve` share."""
    parser.add_argument("--config", metavar="FILE",
                        help=N_("the site's settings (default: mkdocs.yml when there is one, "
                                "else privdocs' defaults)"))
    parser.add_argument("--statements", metavar="DIR", default=STATEMENTS_DIR.as_posix(),
                        help=N_("the archive of published versions (default: statements/)"))
    parser.add_argument("--profiles", metavar="DIR", default="org_profiles",
                        help=N_("the profiles to check, and to show as drafts (default: "
                                "org_profiles/)"))
    parser.add_argument("--drafts", action="store_true",
                        help=N_("also show each current profile as a draft, clearly marked, next "
                                "to what is published"))
    parser.add_argument("--lang", choices=LANGUAGES, help=N_("language of the messages"))


def register(subcommands) -> None:
    parser = subcommands.add_parser(
        "build", help=N_("build the static site of the published statements"),
        description=N_("Check every profile, assemble the pages of every published version in "
                       "Dutch and English, and build the site with MkDocs in strict mode. The "
                       "day that decides which version is in force is today, or PRIVDOCS_TODAY. "
                       "Exit 0: built; 1: a profile has errors, a page is missing in a language, "
                       "or MkDocs failed; 2: usage error."))
    add_site_options(parser)
    parser.add_argument("--site-dir", metavar="DIR",
                        help=N_("where to write the site (default: site_dir of the configuration)"))
    parser.add_argument("--site-url", metavar="URL",
                        help=N_("the address the site is published at (default: site_url of the "
                                "configuration)"))
    parser.add_argument("--docs-only", action="store_true",
                        help=N_("build only the documentation of privdocs (the profile guide, the "
                                "rules and the commands), without checking profiles or reading "
                                "the archive"))
    parser.set_defaults(run=run)


def request_from(arguments: argparse.Namespace, **overrides: object) -> BuildRequest:
    values = dict(config=Path(arguments.config) if arguments.config else None,
                  statements=Path(arguments.statements),
                  profiles=Path(arguments.profiles), drafts=arguments.drafts,
                  site_dir=Path(arguments.site_dir) if getattr(arguments, "site_dir", None)
                  else None, site_url=getattr(arguments, "site_url", None),
                  docs_only=getattr(arguments, "docs_only", False))
    values.update(overrides)
    return BuildRequest(**values)


def build_reporting(request: BuildRequest, lang: str) -> BuildReport | None:
    """Build; print why not when the input stops it (findings, missing pages, a tampered
    archive), and what the user should know about the settings."""
    check_archive(request.statements)
    try:
        report = build_site(request)
    except ProfilesHaveErrors as refused:
        sys.stdout.write(REPORTERS["text"](refused.checked,
                                           lambda result: result.language or lang, lang))
        raise
    except SiteIncomplete as incomplete:
        message = render_incomplete(incomplete, lang)
        sys.stderr.write(translator(lang).format(ERROR_PREFIX, message=message) + "\n")
        return None
    t = translator(lang)
    for msgid, args in report.warnings:
        sys.stderr.write(t.format(WARNING_PREFIX, message=t.format(msgid, **args)) + "\n")
    return report


def summary(report: BuildReport, lang: str) -> str:
    text = translator(lang).ngettext(*BUILT, report.organisations)
    return text.format(n=report.organisations, site_dir=report.site_dir.as_posix().rstrip("/"),
                       pages=max(report.pages.values(), default=0),
                       languages=", ".join(report.pages),
                       seconds=f"{sum(report.seconds.values()):.1f}",
                       mkdocs=f"{report.seconds.get('mkdocs', 0.0):.1f}")


def run(arguments: argparse.Namespace) -> int:
    lang = message_language(arguments.lang)
    request = request_from(arguments)
    settings = read_settings(request.config)
    site_dir = request.site_dir or settings.site_dir
    project = settings.file.parent if settings.file else Path(".")
    guard_site_dir(site_dir, project, request.statements, request.profiles)
    report = build_reporting(request, lang)
    if report is None:
        return 1
    console.say(summary(report, lang))
    return 0
