"""`privdocs build`: the static site, from the published statements, into site/."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from pathlib import Path

from .. import console
from ..archive.manifest import STATEMENTS_DIR
from ..catalogs import LANGUAGES, N_, Nn_, translator
from ..check.report import REPORTERS
from ..cli import ERROR_PREFIX
from ..errors import UsageError
from ..message_language import message_language
from ..site.assembly import SiteIncomplete, render_incomplete
from ..site.build import BuildReport, BuildRequest, ProfilesHaveErrors, build_site
from ..site.folder import guard_site_dir
from ..site.settings import read_settings

WARNING_PREFIX = N_("privdocs: warning: {message}")

BUILT = Nn_("Built the site of {n} organisation into {site_dir}/: {pages} pages in each of "
            "{languages} ({seconds} s, of which MkDocs {mkdocs} s).",
            "Built the site of {n} organisations into {site_dir}/: {pages} pages in each of "
            "{languages} ({seconds} s, of which MkDocs {mkdocs} s).")


UPDATED = Nn_("{written} page written, {unchanged} unchanged since the last build.",
              "{written} pages written, {unchanged} unchanged since the last build.")
STAGES = {"unchanged": N_("comparing with the last build"),
          "check": N_("checking the profiles"), "assemble": N_("assembling the pages"),
          "write": N_("writing the pages"), "mkdocs": N_("building the HTML with MkDocs"),
          "finish": N_("writing the data and the root files")}
STAGE_TIME = N_("{stage}: {seconds} s")
LANGUAGE_TIME = N_("  {lang}: {seconds} s")
PROGRESS = N_("Building the site: {stage}…")
BAD_JOBS = N_("--jobs takes a whole number of processes, 1 or more; `{value}` is not one.")


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
    parser.add_argument("--jobs", metavar="N",
                        help=N_("build in at most N processes at once (default: the cores "
                                "available; 1: one language after the other)"))
    parser.add_argument("--no-cache", action="store_true",
                        help=N_("make everything again instead of reusing what earlier builds "
                                "made (the build cache beside the site folder)"))
    parser.set_defaults(run=run)


def request_from(arguments: argparse.Namespace, **overrides: object) -> BuildRequest:
    values = dict(config=Path(arguments.config) if arguments.config else None,
                  statements=Path(arguments.statements),
                  profiles=Path(arguments.profiles), drafts=arguments.drafts,
                  site_dir=Path(arguments.site_dir) if getattr(arguments, "site_dir", None)
                  else None, site_url=getattr(arguments, "site_url", None),
                  docs_only=getattr(arguments, "docs_only", False),
                  jobs=jobs(getattr(arguments, "jobs", None)),
                  cache=not getattr(arguments, "no_cache", False))
    values.update(overrides)
    return BuildRequest(**values)


def jobs(value: str | None) -> int | None:
    if value is None:
        return None
    if not value.strip().isdigit() or int(value) < 1:
        raise UsageError(BAD_JOBS, value=value)
    return int(value)


class Progress:
    """One line on a terminal saying which stage the build is in, rewritten in place and
    cleared at the end; nothing when standard error is not a terminal (a CI log) or the
    command is quiet."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.shown = (console.level() == console.NORMAL and sys.stderr.isatty()
                      and not os.environ.get("CI"))
        self.width = 0

    def __call__(self, stage: str) -> None:
        if self.shown:
            t = translator(self.lang)
            line = t.format(PROGRESS, stage=t.gettext(STAGES[stage]))
            sys.stderr.write("\r" + line.ljust(self.width))
            sys.stderr.flush()
            self.width = len(line)

    def done(self) -> None:
        if self.shown and self.width:
            sys.stderr.write("\r" + " " * self.width + "\r")
            sys.stderr.flush()


def build_reporting(request: BuildRequest, lang: str) -> BuildReport | None:
    """Build; print why not when the input stops it (findings, missing pages, a tampered
    archive), and what the user should know about the settings."""
    progress = Progress(lang)
    try:
        report = build_site(dataclasses.replace(request, progress=progress, verify=True))
    except ProfilesHaveErrors as refused:
        progress.done()
        sys.stdout.write(REPORTERS["text"](refused.checked,
                                           lambda result: result.language or lang, lang))
        raise
    except SiteIncomplete as incomplete:
        progress.done()
        message = render_incomplete(incomplete, lang)
        sys.stderr.write(translator(lang).format(ERROR_PREFIX, message=message) + "\n")
        return None
    finally:
        progress.done()
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


def updated(report: BuildReport, lang: str) -> str:
    return translator(lang).ngettext(*UPDATED, report.rendered).format(
        written=report.rendered, unchanged=report.reused)


def timings(report: BuildReport, lang: str) -> str:
    """The time of each stage, and of each language's engine build (-v)."""
    t = translator(lang)
    lines = [t.format(STAGE_TIME, stage=t.gettext(STAGES.get(stage, stage)),
                      seconds=f"{seconds:.2f}") for stage, seconds in report.seconds.items()]
    lines += [t.format(LANGUAGE_TIME, lang=code, seconds=f"{seconds:.2f}")
              for code, seconds in report.language_seconds.items()]
    return "\n".join(lines)


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
    console.say(updated(report, lang))
    console.detail(timings(report, lang))
    return 0
