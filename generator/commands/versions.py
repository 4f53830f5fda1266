"""`privdocs versions`: the published versions of an organisation and which one is in force."""

from __future__ import annotations

import argparse
import json
import sys

from ..archive.manifest import STATEMENTS_DIR, read_manifest
from ..catalogs import LANGUAGES, N_, translator
from ..clock import today
from ..message_language import message_language

STATUSES = {"in-force": N_("in force"), "superseded": N_("superseded"),
            "scheduled": N_("scheduled"), "never-in-force": N_("never in force")}
KINDS = {"substantive": N_("substantive"), "editorial": N_("editorial")}
HEADER = (N_("version"), N_("effective"), N_("published"), N_("kind"), N_("status"),
          N_("author"), N_("summary"))


def register(subcommands) -> None:
    parser = subcommands.add_parser(
        "versions", help=N_("list the published versions of an organisation"),
        description=N_("List the published versions of an organisation, with their dates, "
                       "author, kind and summary, and which one is in force today."))
    parser.add_argument("org", metavar="ORG", help=N_("the organisation id"))
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help=N_("language of the summaries and labels (default: English labels, "
                                "the first summary)"))
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    from ..archive.verification import check_archive

    manifest = read_manifest(arguments.org, STATEMENTS_DIR)
    check_archive(STATEMENTS_DIR, arguments.org)
    day = today()
    records = sorted(manifest.versions, key=lambda record: record.key)
    if arguments.format == "json":
        current = manifest.in_force(day)
        document = {
            "organisation": manifest.organisation,
            "today": day.isoformat(),
            "in_force": current.version if current else None,
            "versions": [{**record.to_yaml_data(), "status": manifest.status(record, day)}
                         for record in records],
        }
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return 0
    lang = message_language(arguments.lang)
    ui = translator(lang)
    rows = [[ui.gettext(label) for label in HEADER]]
    for record in records:
        rows.append([record.version, record.effective.isoformat(), record.published.isoformat(),
                     ui.gettext(KINDS[record.kind]),
                     ui.gettext(STATUSES[manifest.status(record, day)]), record.author,
                     record.summary_in(arguments.lang or next(iter(record.summary), lang))])
    widths = [max(len(row[column]) for row in rows) for column in range(len(HEADER) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)] + [row[-1]]
        sys.stdout.write("  ".join(cells).rstrip() + "\n")
    return 0
