"""`privdocs publish`: freeze the profile and its documents as a new version in statements/."""

from __future__ import annotations

import argparse
import sys

from .. import console
from ..archive.manifest import STATEMENTS_DIR, parse_date
from ..catalogs import LANGUAGES, N_, translator
from ..clock import today
from ..message_language import message_language, note_profile_language

PUBLISHED = N_("Published {org} {version} ({kind}), in force from {effective}: {folder}")
KINDS = {"substantive": N_("substantive"), "editorial": N_("editorial")}
CHANGE = N_("  {kind} at {path}")
WAIVED = N_("  The notice period was waived: {reason}")
REPLACED = N_("  Version {version} was to take effect on {date}; it never will: {new} takes its "
              "place on the same day.")
PRECEDES = N_("  Version {version} still takes effect on {date}, as announced; {new} replaces it "
              "on {effective}.")
# One literal help per language: a message id cannot be an f-string.
SUMMARY_HELP = {"nl": N_("what changed, in nl"), "en": N_("what changed, in en")}


def register(subcommands) -> None:
    parser = subcommands.add_parser(
        "publish", help=N_("publish the profile as a new, frozen version"),
        description=N_("Check the profile, render every document in every language and store "
                       "them with the profile as a new version in statements/<org>/. Published "
                       "versions never change. Exit 0: published; 1: refused, nothing written; "
                       "2: usage error."))
    parser.add_argument("org", metavar="ORG", help=N_("an organisation id, or a profile file"))
    parser.add_argument("--version", help=N_("MAJOR.MINOR (default: the next minor version)"))
    parser.add_argument("--effective", metavar="DATE",
                        help=N_("the date it takes effect (default: today, or after the profile's "
                                "notice period for a substantive version)"))
    parser.add_argument("--author", help=N_("who publishes it (default: the controller's name)"))
    parser.add_argument("--summary", metavar="TEXT",
                        help=N_("what changed, for every language without its own summary"))
    for lang in LANGUAGES:
        parser.add_argument(f"--summary-{lang}", metavar="TEXT", help=SUMMARY_HELP[lang])
    parser.add_argument("--no-notice-period", metavar="REASON", dest="waive_notice",
                        help=N_("let a substantive version take effect before the notice period "
                                "ends; the reason is recorded in the manifest"))
    parser.add_argument("--lang", choices=LANGUAGES, help=N_("language of the messages"))
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    from ..check.checking import check_file
    from ..profile.files import find_profile
    from ..archive.publishing import PublishRefused, PublishRequest, publish
    from ..check.report import REPORTERS
    from ..profile.safe_text import refuse_unsafe_option

    profile = find_profile(arguments.org)
    # Its messages, refusals among them, speak the profile's language unless --lang says else.
    # Reading it is enough to know the language; publish runs the full check itself.
    note_profile_language(check_file(profile, rules=False).language)
    summaries = {lang: getattr(arguments, f"summary_{lang}") or arguments.summary or ""
                 for lang in LANGUAGES}
    # What is typed here is recorded with the version and reaches the site: safe text only.
    ui_lang = message_language(arguments.lang)
    for lang in LANGUAGES:
        option = f"--summary-{lang}" if getattr(arguments, f"summary_{lang}") else "--summary"
        refuse_unsafe_option(option, summaries[lang], ui_lang)
    refuse_unsafe_option("--author", arguments.author or "", ui_lang)
    refuse_unsafe_option("--no-notice-period", arguments.waive_notice or "", ui_lang)
    request = PublishRequest(
        profile=profile, summaries=summaries, author=arguments.author or "", today=today(),
        version=arguments.version,
        effective=parse_date(arguments.effective) if arguments.effective else None,
        waive_notice_reason=arguments.waive_notice)
    try:
        published = publish(request, STATEMENTS_DIR)
    except PublishRefused as refused:
        if refused.checked is not None:
            result = refused.checked
            lang = message_language(arguments.lang, result.language)
            sys.stderr.write(REPORTERS["text"]([result], lambda _: lang, lang))
        raise
    record = published.record
    ui = translator(message_language(arguments.lang))
    lines = [ui.format(PUBLISHED, org=published.directory.parent.name, version=record.version,
                       kind=ui.gettext(KINDS[record.kind]),
                       effective=record.effective.isoformat(),
                       folder=published.directory.as_posix())]
    lines += [ui.format(CHANGE, kind=change.kind, path=change.path)
              for change in published.changes if change.material]
    if record.notice_period_waived:
        lines.append(ui.format(WAIVED, reason=record.notice_period_waived))
    for pending in published.pending:
        lines.append(ui.format(REPLACED if pending.effective >= record.effective else PRECEDES,
                               version=pending.version, date=pending.effective.isoformat(),
                               new=record.version, effective=record.effective.isoformat()))
    console.say("\n".join(lines))
    return 0
