"""`privdocs verify`: the archive is exactly what was published."""

from __future__ import annotations

import argparse
import sys

from .. import console
from ..catalogs import LANGUAGES, N_, Nn_, translator
from ..message_language import message_language
from ..manifest import STATEMENTS_DIR, organisations
from ..verification import verify

PROBLEMS = {
    "modified": N_("modified: {path} differs from the hash in its manifest"),
    "missing": N_("missing: {path} is listed in its manifest but absent"),
    "unexpected": N_("unexpected: {path} is not listed in the manifest"),
    "would-change": N_("would change: today's generator writes {path} differently"),
    "snapshot-has-errors": N_("snapshot has errors: {path} no longer checks clean"),
}
SUMMARY = Nn_("{n} archive verified: {problems}.", "{n} archives verified: {problems}.")
COUNT = Nn_("{n} problem", "{n} problems")


def register(subcommands) -> None:
    parser = subcommands.add_parser(
        "verify", help=N_("check every published file against its manifest"),
        description=N_("Recompute the hash of every published file and report modified, missing "
                       "and unexpected files. Exit 0: the archive is intact; 1: it is not."))
    parser.add_argument("org", metavar="ORG", nargs="?",
                        help=N_("the organisation id (default: every organisation in statements/)"))
    parser.add_argument("--rerender", action="store_true",
                        help=N_("also re-render each snapshot and report where today's generator "
                                "would write different text"))
    parser.add_argument("--lang", choices=LANGUAGES, help=N_("language of the messages"))
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    orgs = [arguments.org] if arguments.org else organisations(STATEMENTS_DIR)
    problems = verify(orgs, STATEMENTS_DIR, arguments.rerender)
    ui = translator(message_language(arguments.lang))
    lines = [ui.format(PROBLEMS[problem.kind], path=f"{STATEMENTS_DIR.as_posix()}/{problem.path}")
             for problem in problems]
    count = ui.ngettext(*COUNT, len(problems)).format(n=len(problems))
    if lines:
        sys.stdout.write("\n".join(lines) + "\n")
    console.say(ui.ngettext(*SUMMARY, len(orgs)).format(n=len(orgs), problems=count))
    return 1 if problems else 0
