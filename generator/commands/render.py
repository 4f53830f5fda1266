"""`privdocs render`: write a profile's documents (statement, regulation, processing register,
cookie statement, short notice) in Markdown, HTML, an embeddable fragment, PDF, CSV, JSON-LD
or plain text."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import console
from ..catalogs import LANGUAGES, N_
from ..documents import ALL_DOCUMENTS, BINARY_FORMATS, DOCUMENTS, FORMATS, FORMATS_OF
from ..errors import UsageError
from ..message_language import message_language as choose_language
from ..message_language import note_profile_language

LANGUAGE_NOT_IN_PROFILE = N_("The profile {id} is not written in {lang}; its languages: "
                             "{languages}.")
FORMAT_NOT_OFFERED = N_("The document {document} does not come in {format}; choose one of: "
                       "{formats}.")
NOTICE_NEEDS_PURPOSE = N_("A notice is written for one purpose: add --purpose ID (the "
                          "profile's purposes: {purposes}).")
PURPOSE_ONLY_FOR_NOTICE = N_("--purpose chooses the purpose of a notice: add --document notice.")
AUDIENCE_ONLY_FOR_STATEMENT = N_("--audience limits the privacy statement to one audience: "
                                 "use it with --document statement.")
UNKNOWN_PURPOSE = N_("The profile {id} has no purpose {purpose}; its purposes: {known}.")
UNKNOWN_AUDIENCE = N_("The profile {id} has no audience {audience}; its audiences: {known}.")
AUDIENCE_WITHOUT_PURPOSES = N_("No purpose of the profile {id} concerns the audience {audience}: "
                               "none of its purposes has the data subjects {subjects}.")
NO_AUDIENCES = N_("The profile {id} has no audiences; add `audiences` to the profile to write "
                  "a statement for one group of readers.")
NO_COOKIES = N_("The profile {id} has no cookies, so there is no cookie statement to write; "
                "add `cookies` to the profile if its website uses them.")
BINARY_TO_TERMINAL = N_("A PDF is not written to a terminal: add --output DIR, or redirect "
                        "standard output to a file.")
SITE_URL_NOT_WEB = N_("--site-url must be the web address of the site, starting with https:// "
                      "or http://, such as https://privacy.example.nl/.")
NOTHING = N_("none")


def register(subcommands) -> None:
    parser = subcommands.add_parser(
        "render", help=N_("write the privacy statement, regulation and other documents"),
        description=N_("Write a profile's documents. Without --output, print one document "
                       "(default: the profile's first language, the statement, as Markdown; a "
                       "PDF only to a file or pipe); with --output DIR, write DIR/<lang>/"
                       "<document>.<ext> for every language of the chosen documents. Exit 0: "
                       "written; 1: the profile has errors (the findings go to standard "
                       "error); 2: usage error."))
    # The folder is written out: a message id must be a literal (the site translates it).
    parser.add_argument("profile", metavar="PROFILE",
                        help=N_("a profile file, or an organisation id from org_profiles/"))
    parser.add_argument("--lang", choices=LANGUAGES,
                        help=N_("the document's language (default: the profile's first; with "
                                "--output: every language of the profile)"))
    parser.add_argument("--document", choices=ALL_DOCUMENTS,
                        help=N_("which document: statement, regulation, register (the "
                                "processing register of Art. 30), cookies (the cookie "
                                "statement) or notice (the short notice of one purpose); "
                                "default: statement; with --output: statement and regulation"))
    parser.add_argument("--format", choices=FORMATS, default="markdown", dest="format",
                        help=N_("markdown (default), html (a page of its own), fragment (to "
                                "paste into a website), pdf, csv (register and cookies), "
                                "jsonld (the statement in W3C DPV) or text (a notice for an "
                                "e-mail)"))
    parser.add_argument("--purpose", metavar="ID",
                        help=N_("with --document notice: the purpose the notice is for"))
    parser.add_argument("--audience", metavar="ID",
                        help=N_("a statement with only the purposes that concern this "
                                "audience (an id from the profile's audiences)"))
    parser.add_argument("--site-url", metavar="URL",
                        help=N_("the address the site is published at, for the link from a "
                                "notice or an audience's statement to the full statement "
                                "(default: site_url of mkdocs.yml in this folder, if it is not "
                                "the example address)"))
    parser.add_argument("--output", metavar="DIR", help=N_("write the documents into DIR"))
    parser.add_argument("--draft", action="store_true",
                        help=N_("render a profile with errors anyway, as a marked draft"))
    parser.set_defaults(run=run)


def _documents(arguments: argparse.Namespace) -> tuple[str, ...]:
    """The chosen documents, after the checks that need no profile."""
    if arguments.document is None:
        # An audience has a statement only: it is what --audience writes, with --output too.
        whole = arguments.output is not None and arguments.audience is None
        documents = DOCUMENTS if whole else DOCUMENTS[:1]
    else:
        documents = (arguments.document,)
    for document in documents:
        if arguments.format not in FORMATS_OF[document]:
            raise UsageError(FORMAT_NOT_OFFERED, document=document, format=arguments.format,
                             formats=", ".join(FORMATS_OF[document]))
    if arguments.purpose is not None and documents != ("notice",):
        raise UsageError(PURPOSE_ONLY_FOR_NOTICE)
    if arguments.audience is not None and documents != ("statement",):
        raise UsageError(AUDIENCE_ONLY_FOR_STATEMENT)
    if (arguments.output is None and arguments.format in BINARY_FORMATS
            and sys.stdout.isatty()):
        raise UsageError(BINARY_TO_TERMINAL)
    return documents


def _selection(arguments: argparse.Namespace, profile, org: str):
    """The purpose or audience asked for, checked against the profile."""
    from ..check.findings import message
    from ..render.outputs import Selection

    none = message(NOTHING)  # translated when the error is shown
    purposes = [purpose.id for purpose in profile.purpose_list if isinstance(purpose.id, str)]
    if arguments.document == "notice" and arguments.purpose is None:
        raise UsageError(NOTICE_NEEDS_PURPOSE, purposes=", ".join(purposes) or none)
    if arguments.purpose is not None and arguments.purpose not in purposes:
        raise UsageError(UNKNOWN_PURPOSE, id=org, purpose=arguments.purpose,
                         known=", ".join(purposes) or none)
    if arguments.document == "cookies" and not profile.cookies:
        raise UsageError(NO_COOKIES, id=org)
    if arguments.audience is not None:
        audiences = [entry.id for entry in profile.audiences or ()
                     if isinstance(getattr(entry, "id", None), str)]
        if not audiences:
            raise UsageError(NO_AUDIENCES, id=org)
        if arguments.audience not in audiences:
            raise UsageError(UNKNOWN_AUDIENCE, id=org, audience=arguments.audience,
                             known=", ".join(audiences))
        from ..render.audiences import audience_of, audience_purposes

        audience = audience_of(profile, arguments.audience)
        if not audience_purposes(profile, audience):
            raise UsageError(AUDIENCE_WITHOUT_PURPOSES, id=org, audience=arguments.audience,
                             subjects=", ".join(map(str, audience.data_subjects or ())))
    return Selection(purpose=arguments.purpose, audience=arguments.audience)


def _site_url(arguments: argparse.Namespace) -> str | None:
    """The site's address, for the documents that link to the full statement."""
    if arguments.site_url is not None:
        from ..profile.safe_text import link_problem

        url = arguments.site_url
        if not url.lower().startswith(("https://", "http://")) or link_problem(url) is not None:
            raise UsageError(SITE_URL_NOT_WEB)
        return url
    if arguments.document != "notice" and arguments.audience is None:
        return None
    from ..site.settings import read_settings

    return read_settings().site_url


def run(arguments: argparse.Namespace) -> int:
    from ..check.checking import check_file
    from ..check.findings import Severity
    from ..profile.files import find_profile
    from ..render import profile_languages
    from ..render.output import write_outputs
    from ..render.outputs import render_output
    from ..check.report import REPORTERS

    documents = _documents(arguments)
    site_url = _site_url(arguments)
    path = find_profile(arguments.profile)
    result = check_file(path)
    note_profile_language(result.language)
    message_language = choose_language(arguments.lang, result.language)
    languages = profile_languages(result.profile) if result.profile is not None else []
    if result.profile is not None and arguments.lang and arguments.lang not in languages:
        raise UsageError(LANGUAGE_NOT_IN_PROFILE, id=result.id, lang=arguments.lang,
                         languages=", ".join(languages))
    selection = _selection(arguments, result.profile, result.id) \
        if result.profile is not None else None
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
        output = render_output(profile, arguments.lang or languages[0], documents[0],
                               arguments.format, draft=arguments.draft, selection=selection,
                               site_url=site_url)
        sys.stdout.flush()
        sys.stdout.buffer.write(output)
        sys.stdout.buffer.flush()
        return 0
    chosen_languages = [arguments.lang] if arguments.lang else languages
    for written in write_outputs(profile, Path(arguments.output), chosen_languages, documents,
                                 arguments.format, draft=arguments.draft, selection=selection,
                                 site_url=site_url):
        console.say(written.as_posix())
    return 0
