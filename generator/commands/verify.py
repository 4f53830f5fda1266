"""`privdocs verify`: the archive is exactly what was published."""

from __future__ import annotations

import argparse
import sys

from .. import console
from ..archive.manifest import STATEMENTS_DIR, organisations
from ..catalogs import LANGUAGES, N_, Nn_, translator
from ..message_language import message_language

SUMMARY = Nn_("{n} archive verified: {problems}.", "{n} archives verified: {problems}.")
COUNT = Nn_("{n} problem", "{n} problems")
SEALED = N_("Sealed {path}: its entries now carry chain hashes, and version {version} holds "
            "the seal.")


def register(subcommands) -> None:
    parser = subcommands.add_parser(
        "verify", help=N_("check every published file against its manifest"),
        description=N_("Recompute the hash of every published file and of every entry of the "
                       "manifests, and report modified, missing and unexpected files and "
                       "folders anywhere in statements/. Exit 0: the archive is intact; 1: it is "
                       "not."))
    parser.add_argument("org", metavar="ORG", nargs="?",
                        help=N_("the organisation id (default: every organisation in statements/)"))
    parser.add_argument("--rerender", action="store_true",
                        help=N_("also re-render each snapshot and report where today's generator "
                                "would write different text"))
    parser.add_argument("--seal", action="store_true",
                        help=N_("seal manifests written before sealing existed (once, after "
                                "verifying that every file is intact)"))
    parser.add_argument("--lang", choices=LANGUAGES, help=N_("language of the messages"))
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    from ..archive.sealing_upgrade import seal_archive
    from ..archive.verification import NOTES, verify

    lang = message_language(arguments.lang)
    ui = translator(lang)
    orgs = [arguments.org] if arguments.org else None
    if arguments.seal:
        for manifest in seal_archive(STATEMENTS_DIR, orgs):
            console.say(ui.format(SEALED, path=manifest.path.as_posix(),
                                  version=max(manifest.versions,
                                              key=lambda record: record.key).version))
    found = verify(orgs, STATEMENTS_DIR, arguments.rerender)
    problems = [problem for problem in found if problem.kind not in NOTES]
    for problem in found:  # problems always; notes, like the summary, not with --quiet
        line = problem.message(STATEMENTS_DIR).render(lang)
        if problem.kind in NOTES:
            console.say(line)
        else:
            sys.stdout.write(line + "\n")
    count = ui.ngettext(*COUNT, len(problems)).format(n=len(problems))
    verified = len(orgs) if orgs else len(organisations(STATEMENTS_DIR))
    console.say(ui.ngettext(*SUMMARY, verified).format(n=verified, problems=count))
    return 1 if problems else 0
