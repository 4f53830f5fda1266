"""`privdocs render`: write a profile's privacy statement and privacy regulation as Markdown."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import console
from ..catalogs import LANGUAGES, N_
from ..errors import UsageError
from ..message_language import message_language as choose_language
from ..message_language import note_profile_language
from ..documents import DOCUMENTS

LANGUAGE_NOT_IN_PROFILE = N_("The profile {id} is not written in {lang}; its languages: "
                             "{languages}.")


def register(subcommands) -> None:
    parser = subcommands.add_parser(
        "render", help=N_("write the privacy statement and regulation as Markdown"),
        description=N_("Write a profile's privacy statement and privacy regulation as Markdown. "
                       "Without --output, print one document (default: the profile's first "
                       "language, the statement); with --output DIR, write DIR/<lang>/"
                       "<document>.md for every language and document. Exit 0: written; 1: the "
                       "profile has errors (the findings go to standard error); 2: usage error."))
    # The folder is written out: a message id must be a literal (the site translates it).
    parser.add_argument("profile", metavar="PROFILE",
                        help=N_("a profile file, or an organisation id from org_profiles/"))
    parser.add_argument("--lang", choices=LANGUAGES,
                        help=N_("the document's language (default: the profile's first; with "
                                "--output: every language of the profile)"))
    parser.add_argument("--document", choices=DOCUMENTS,
                        help=N_("which document (default: statement; with --output: both)"))
    parser.add_argument("--output", metavar="DIR", help=N_("write the documents into DIR"))
    parser.add_argument("--draft", action="store_true",
                        help=N_("render a profile with errors anyway, as a marked draft"))
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    from ..checking import check_file
    from ..findings import Severity
    from ..profiles import find_profile
    from ..render import profile_languages, render_document
    from ..render.output import write_documents
    from ..report import REPORTERS

    path = find_profile(arguments.profile)
    result = check_file(path)
    note_profile_language(result.language)
    message_language = choose_language(arguments.lang, result.language)
    languages = profile_languages(result.profile) if result.profile is not None else []
    if result.profile is not None and arguments.lang and arguments.lang not in languages:
        raise UsageError(LANGUAGE_NOT_IN_PROFILE, id=result.id, lang=arguments.lang,
                         languages=", ".join(languages))
    errors = result.count(Severity.ERROR)
    refused = result.profile is None or (errors and not arguments.draft)
    if errors or result.profile is None:
        # In a draft the findings say what the gap markers stand for.
        sys.stderr.write(REPORTERS["text"]([result], lambda _: message_language,
                                           message_language))
    if refused:
        return 1
    profile = result.profile
    if arguments.output is None:
        document = arguments.document or DOCUMENTS[0]
        sys.stdout.write(render_document(profile, arguments.lang or languages[0], document,
                                         draft=arguments.draft))
        return 0
    chosen_languages = [arguments.lang] if arguments.lang else languages
    documents = (arguments.document,) if arguments.document else DOCUMENTS
    for written in write_documents(profile, Path(arguments.output), chosen_languages,
                                   documents, draft=arguments.draft):
        console.say(written.as_posix())
    return 0
