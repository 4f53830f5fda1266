"""`privdocs init`: make an organisation's own repository, ready for its first profile."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..atomic_files import CANNOT_WRITE, write_atomically
from ..catalogs import N_, LANGUAGES, translator
from ..console import say
from ..errors import PrivdocsError, UsageError
from ..starter.profile import checked_id, outline, profile_path, profile_text
from ..starter.repository import repository_files
from .new import NEXT_CONFIRM, interface_language, on_terminal

JURISDICTIONS = ("NL", "BE")
MISSING = N_("missing {options}: give them as options, or run privdocs init in a terminal to be "
             "asked.")
NOT_A_DIRECTORY = N_("{path} is not a directory.")
BAD_LANGUAGES = N_("--languages {value}: give one or two of {languages}, separated by a comma, "
                   "the authoritative one first (for example nl,en).")
BAD_JURISDICTION = N_("--jurisdiction {value}: give NL or BE.")
BAD_NAME = N_("--name: give the organisation's name as plain text on one line, without < or >.")
CREATED = N_("Created {file}")
KEPT = N_("Skipped {file}: it exists already and was left as it is.")
NEXT = N_("Next: fill in {file}; `privdocs check` lists what is still open, one gap at a time.")
ASK_ORG = N_("The organisation's id, used in file names (for example sportclub-de-ster)")
ASK_NAME = N_("The organisation's legal name")
ASK_JURISDICTION = N_("Whose law applies: where is the organisation based?")
ASK_LANGUAGES = N_("In which languages do you publish? The first one is authoritative.")


def register(subcommands) -> None:
    parser = subcommands.add_parser(
        "init", help=N_("make an organisation's repository with a starter profile"),
        description=N_("Write a starter profile (org_profiles/ID.yaml), the site configuration "
                       "(mkdocs.yml), a pre-commit hook, a CI workflow that checks pull "
                       "requests and publishes the site, .gitignore and a README. Existing "
                       "files are never overwritten. Options that are not given are asked "
                       "for in a terminal. Exit 0: done; 2: usage error."))
    parser.add_argument("directory", nargs="?", default=".", metavar="DIR",
                        help=N_("the repository's folder (default: the current one)"))
    parser.add_argument("--org", metavar="ID", help=N_("the organisation's id"))
    parser.add_argument("--name", help=N_("the organisation's legal name"))
    parser.add_argument("--jurisdiction", metavar="NL|BE",
                        help=N_("the country whose law applies"))
    parser.add_argument("--languages", metavar="LIST",
                        help=N_("the languages, authoritative first (e.g. nl,en)"))
    parser.add_argument("--lang", choices=LANGUAGES,
                        help=N_("language of the questions and messages (default: from the "
                                "locale, else en)"))
    parser.set_defaults(run=run)


def _languages(value: str) -> list[str]:
    languages = [part.strip() for part in value.split(",")]
    if not languages or len(set(languages)) != len(languages) or any(
            lang not in LANGUAGES for lang in languages):
        raise UsageError(BAD_LANGUAGES, value=value, languages=", ".join(LANGUAGES))
    return languages


def _jurisdiction(value: str) -> str:
    if value.strip().upper() not in JURISDICTIONS:
        raise UsageError(BAD_JURISDICTION, value=value)
    return value.strip().upper()


def _name(value: str) -> str:
    """The name goes into the site's title and the README as it is: plain text only."""
    name = value.strip()
    if not name or len(name) > 200 or "<" in name or ">" in name or any(
            not character.isprintable() for character in name):
        raise UsageError(BAD_NAME)
    return name


def _ask_missing(arguments: argparse.Namespace, t) -> None:
    """Fill in the options not given, asking at a terminal; without one, a usage error."""
    missing = [option for option in ("org", "name", "jurisdiction", "languages")
               if not getattr(arguments, option)]
    if not missing:
        return
    if not on_terminal():
        raise UsageError(MISSING, options=", ".join(f"--{option}" for option in missing))
    from ..starter.asking import TerminalAsker

    ask = TerminalAsker(t)
    if not arguments.org:
        arguments.org = ask.text("org", t.gettext(ASK_ORG), None, _validator(checked_id, t))
    if not arguments.name:
        arguments.name = ask.text("name", t.gettext(ASK_NAME), None, _validator(_name, t))
    if not arguments.jurisdiction:
        arguments.jurisdiction = ask.choice(
            "jurisdiction", t.gettext(ASK_JURISDICTION),
            [("NL", t.gettext(N_("the Netherlands"))), ("BE", t.gettext(N_("Belgium")))],
            "NL", skippable=False)
    if not arguments.languages:
        arguments.languages = ask.choice(
            "languages", t.gettext(ASK_LANGUAGES),
            [("nl,en", t.gettext(N_("Dutch and English"))),
             ("en,nl", t.gettext(N_("English and Dutch"))),
             ("nl", t.gettext(N_("Dutch only"))), ("en", t.gettext(N_("English only")))],
            "nl,en" if t.lang == "nl" else "en,nl", skippable=False)


def _validator(check, t):
    """An option's check as a question's: the same message, shown while the person types."""
    def validate(text: str) -> str | None:
        try:
            check(text)
        except UsageError as error:
            return t.format(error.msgid, **error.args_for_message)
        return None
    return validate


def run(arguments: argparse.Namespace) -> int:
    t = translator(interface_language(arguments))
    directory = Path(arguments.directory)
    if directory.exists() and not directory.is_dir():
        raise UsageError(NOT_A_DIRECTORY, path=directory.as_posix())
    checks = {"org": checked_id, "name": _name, "jurisdiction": _jurisdiction,
              "languages": _languages}
    for option, check in checks.items():  # refuse bad options before asking for the others
        if getattr(arguments, option):
            check(getattr(arguments, option))
    _ask_missing(arguments, t)
    org = checked_id(arguments.org or "")
    name = _name(arguments.name) if (arguments.name or "").strip() else org
    languages = _languages(arguments.languages)
    profile_t = translator(languages[0])
    files = {profile_path(Path("."), org).as_posix():
             profile_text(outline(org, name, _jurisdiction(arguments.jurisdiction), languages),
                          name)}
    files.update(repository_files(profile_t, org, name, languages))
    for relative, text in files.items():
        path = directory / relative
        if path.exists() or path.is_symlink():
            print(t.format(KEPT, file=path.as_posix()))  # even with -q: a file was not written
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise PrivdocsError(CANNOT_WRITE, file=path.as_posix(), reason=error.strerror or str(error))
        write_atomically(path, text.encode("utf-8"))
        say(t.format(CREATED, file=path.as_posix()))
    say("\n" + t.format(NEXT, file=(directory / profile_path(Path("."), org)).as_posix()))
    if len(languages) > 1:
        say(t.format(NEXT_CONFIRM, org=org))
    return 0
