"""`privdocs schema`: print the JSON Schema of the profile format."""

from __future__ import annotations

import argparse
import sys

from ..catalogs import N_


def register(subcommands) -> None:
    parser = subcommands.add_parser(
        "schema", help=N_("print the JSON Schema of the profile format"),
        description=N_("Print the JSON Schema (draft 2020-12) of the profile format, for editors "
                       "with a YAML language server."))
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    from ..profile.schema import schema_json

    sys.stdout.write(schema_json())
    return 0
