"""`privdocs new`: write an organisation's profile from a guided questionnaire."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..catalogs import LANGUAGES, N_, translator
from ..console import say
from ..errors import UsageError
from ..message_language import message_language
from ..starter.profile import checked_id, refuse_existing, write_profile
from ..starter.writer import GAP

NEEDS_TERMINAL = N_("privdocs new asks its questions in a terminal; without one, give the "
                    "answers in a file with --answers FILE.")
WROTE = N_("Wrote {file}.")
NEXT_CHECK = N_("Next: `privdocs check {file}` lists what is still open, one gap at a time.")
NEXT_CONFIRM = N_("When the translations are right, record that: `privdocs i18n confirm {org}`. "
                  "Until then `check` reports them as unconfirmed and `publish` refuses.")


def register(subcommands) -> None:
    parser = subcommands.add_parser(
        "new", help=N_("write a new profile by answering questions"),
        description=N_("Walk through the organisation, its groups of people, its purposes and "
                       "legal bases, recipients and transfers, retention, rights and changes, "
                       "and write a commented profile to org_profiles/ORG.yaml. Every question "
                       "has a default or can be skipped with Enter; what is skipped stays open "
                       "and `check` reports it. Exit 0: written; 1: not written; 2: usage "
                       "error."))
    parser.add_argument("org", metavar="ORG", help=N_("the new organisation's id, e.g. "
                                                      "sportclub-de-ster"))
    parser.add_argument("--answers", metavar="FILE",
                        help=N_("take the answers from a YAML or JSON file instead of asking"))
    parser.add_argument("--lang", choices=LANGUAGES,
                        help=N_("language of the questions (default: from the locale, else en)"))
    parser.set_defaults(run=run)


def interface_language(arguments: argparse.Namespace) -> str:
    """--lang, else the locale's language where privdocs speaks it, else English; kept in the
    arguments, so that an error is told in the language of the questions."""
    arguments.lang = message_language(getattr(arguments, "lang", None))
    return arguments.lang


def on_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def run(arguments: argparse.Namespace) -> int:
    from ..starter.questionnaire import run_questionnaire

    t = translator(interface_language(arguments))
    org = checked_id(arguments.org)
    path = refuse_existing(Path("."), org)
    if arguments.answers:
        from ..starter.answers import AnswersAsker, read_answers

        file = Path(arguments.answers)
        ask = AnswersAsker(read_answers(file), file.as_posix(), t)
    elif on_terminal():
        from ..starter.asking import TerminalAsker

        ask = TerminalAsker(t)
    else:
        raise UsageError(NEEDS_TERMINAL)
    draft = run_questionnaire(ask, t, org, path.as_posix())
    if arguments.answers:
        ask.refuse_unknown()
    refuse_existing(Path("."), org)  # written by someone else while the questions were asked
    name = draft["controller"]["name"]
    write_profile(path, draft, org if name is GAP else name)
    say("\n" + t.format(WROTE, file=path.as_posix()))
    say(t.format(NEXT_CHECK, file=path.as_posix()))
    if len(draft["languages"]) > 1:
        say(t.format(NEXT_CONFIRM, org=org))
    return 0
