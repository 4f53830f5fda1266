"""`privdocs show`: the document that was (or will be) in force on a given day."""

from __future__ import annotations

import argparse
import sys

from ..archive.manifest import STATEMENTS_DIR, parse_date, read_manifest
from ..catalogs import LANGUAGES, N_
from ..clock import today
from ..documents import DOCUMENTS
from ..errors import PrivdocsError, UsageError
from ..message_language import note_profile_language

NOTHING_IN_FORCE = N_("No version of {org} was in force on {day}; the first took effect on "
                      "{first}.")
NOT_IN_LANGUAGE = N_("Version {version} of {org} has no {lang} {document}.")


def register(subcommands) -> None:
    parser = subcommands.add_parser(
        "show", help=N_("print the document in force on a date"),
        description=N_("Print the published document in force on a date: the version with the "
                       "latest effective date on or before it."))
    parser.add_argument("org", metavar="ORG", help=N_("the organisation id"))
    parser.add_argument("--at", metavar="DATE", help=N_("the date (default: today)"))
    parser.add_argument("--lang", choices=LANGUAGES,
                        help=N_("the language (default: the profile's first)"))
    parser.add_argument("--document", choices=DOCUMENTS, default="statement")
    parser.set_defaults(run=run)


def body(document: str) -> str:
    """A published document without its front matter."""
    if document.startswith("---\n"):
        return document.split("\n---\n", 1)[1].lstrip("\n")
    return document


def run(arguments: argparse.Namespace) -> int:
    from ..archive.verification import check_archive

    manifest = read_manifest(arguments.org, STATEMENTS_DIR)
    check_archive(STATEMENTS_DIR, arguments.org)  # print only what was published
    day = parse_date(arguments.at) if arguments.at else today()
    if manifest.versions:  # messages speak the organisation's first language from here on
        note_profile_language(next(iter(manifest.latest.summary), None))
    record = manifest.in_force(day)
    if record is None:
        first = min(record.effective for record in manifest.versions)
        raise PrivdocsError(NOTHING_IN_FORCE, org=arguments.org, day=day.isoformat(),
                            first=first.isoformat())
    languages = sorted({name.split("/")[0] for name in record.files if "/" in name})
    lang = arguments.lang or next(iter(record.summary), None) or languages[0]
    name = f"{lang}/{arguments.document}.md"
    path = manifest.directory / record.version / name
    if name not in record.files or not path.is_file():
        raise UsageError(NOT_IN_LANGUAGE, version=record.version, org=arguments.org, lang=lang,
                         document=arguments.document)
    sys.stdout.write(body(path.read_text(encoding="utf-8")))
    return 0
