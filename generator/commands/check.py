"""`privdocs check`: check profiles against what GDPR Art. 13 and 14 require."""

from __future__ import annotations

import argparse
import sys

from .. import console
from ..catalogs import LANGUAGES, N_, translator
from ..check.findings import Severity
from ..check.report import REPORTERS
from ..check.report.text import ERRORS, WARNINGS, counted, summary_of
from ..message_language import message_language

CHECKED = N_("{file}: {errors}, {warnings}.")

DEFAULT_PROFILES = "org_profiles"


def register(subcommands) -> None:
    parser = subcommands.add_parser(
        "check", help=N_("check profiles against GDPR Art. 13 and 14"),
        description=N_("Check profiles against what GDPR Art. 13 and 14 require a privacy "
                       "statement to tell people. Exit 0: no errors; 1: errors (or warnings with "
                       "--strict); 2: usage error."))
    # The default is written out: a message id must be a literal (the site translates it).
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help=N_("profile files or directories (default: org_profiles/)"))
    parser.add_argument("--format", choices=sorted(REPORTERS), default="text",
                        help=N_("output format (default: text)"))
    parser.add_argument("--strict", action="store_true", help=N_("fail on warnings too"))
    parser.add_argument("--lang", choices=LANGUAGES,
                        help=N_("language of the messages (default: each profile's first "
                                "language)"))
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    from ..check.checking import check_each

    results = list(check_each(arguments.paths or [DEFAULT_PROFILES]))

    def language_of(result) -> str:
        return message_language(arguments.lang, result.language)

    summary_language = message_language(arguments.lang, next(
        (result.language for result in results if result.language), None))
    output = REPORTERS[arguments.format](results, language_of, summary_language)
    if console.level() == console.QUIET and arguments.format in ("text", "github"):
        closing = summary_of(results, summary_language) + "\n"
        lines = output.splitlines(keepends=True)
        output = "".join(lines[:-1 - lines[::-1].index(closing)] +
                         lines[len(lines) - lines[::-1].index(closing):])
    sys.stdout.write(output)
    for result in results:
        console.detail(translator(summary_language).format(
            CHECKED, file=result.file,
            errors=counted(summary_language, ERRORS, result.count(Severity.ERROR)),
            warnings=counted(summary_language, WARNINGS, result.count(Severity.WARNING))))
    errors = sum(result.count(Severity.ERROR) for result in results)
    warnings = sum(result.count(Severity.WARNING) for result in results)
    return 1 if errors or (arguments.strict and warnings) else 0
