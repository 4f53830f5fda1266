"""`privdocs diff`: what changed between two versions, in substance and in words."""

from __future__ import annotations

import argparse
import json
import os
import sys

from ..archive.manifest import STATEMENTS_DIR, read_manifest
from ..catalogs import LANGUAGES, N_
from ..documents import DOCUMENTS
from ..message_language import note_profile_language

FORMATS = ("text", "markdown", "html", "json")


def register(subcommands) -> None:
    parser = subcommands.add_parser(
        "diff", help=N_("show what changed between two versions"),
        description=N_("Show what changed between two published versions of an organisation's "
                       "privacy documents, or (without TO) between the latest published version, "
                       "or FROM, and the current profile rendered as an unpublished draft: the "
                       "substantive changes, each marked material or not, and a redline of every "
                       "section that changed. Exit 0: compared (with or without changes); 1: a "
                       "profile, manifest or document cannot be read; 2: usage error, an unknown "
                       "organisation or a version that does not exist."))
    parser.add_argument("org", metavar="ORG", help=N_("the organisation id"))
    parser.add_argument("from_version", metavar="FROM", nargs="?",
                        help=N_("the older version (default: the latest published)"))
    parser.add_argument("to_version", metavar="TO", nargs="?",
                        help=N_("the newer version (default: the current profile, as a draft)"))
    parser.add_argument("--lang", choices=LANGUAGES,
                        help=N_("show this language only, and label in it (default: every "
                                "language, labels in the profile's first)"))
    parser.add_argument("--document", choices=DOCUMENTS,
                        help=N_("show this document only (default: both)"))
    parser.add_argument("--format", choices=FORMATS, default="text",
                        help=N_("text (colour on a terminal unless NO_COLOR is set), markdown "
                                "(with <del>/<ins>), html (one self-contained page) or json"))
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    from ..diffing import (
        diff_to_html,
        diff_to_json,
        diff_to_markdown,
        diff_to_text,
        diff_versions,
    )
    from ..profile.files import PROFILES_DIR
    from ..archive.verification import check_archive

    languages = (arguments.lang,) if arguments.lang else None
    documents = (arguments.document,) if arguments.document else None
    read_manifest(arguments.org, STATEMENTS_DIR)  # an unknown organisation is a usage error
    check_archive(STATEMENTS_DIR, arguments.org)  # compare only what was published
    diff = diff_versions(arguments.org, arguments.from_version, arguments.to_version,
                         STATEMENTS_DIR, profiles=PROFILES_DIR, languages=languages,
                         documents=documents)
    lang = arguments.lang or (diff.languages[0] if diff.languages else LANGUAGES[0])
    note_profile_language(diff.languages[0] if diff.languages else None)
    if arguments.format == "json":
        output = json.dumps(diff_to_json(diff), ensure_ascii=False, indent=2) + "\n"
    elif arguments.format == "markdown":
        output = diff_to_markdown(diff, lang, languages=diff.languages)
    elif arguments.format == "html":
        output = diff_to_html(diff, lang, languages=diff.languages)
    else:
        colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        output = diff_to_text(diff, lang, colour=colour)
    sys.stdout.write(output)
    return 0
