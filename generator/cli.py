"""The `privdocs` command: parses arguments, calls the work, maps results to exit codes.

Exit codes: 0 success; 1 the profile has problems (errors, or warnings under --strict); 2 a
usage error or a path that does not exist.
"""

from __future__ import annotations

import argparse
import sys

from . import __version__
from .catalogs import LANGUAGES, N_, SOURCE_LANGUAGE, translator
from .checking import check_paths
from .errors import PrivdocsError, UsageError
from .findings import Severity
from .report import REPORTERS
from .schema import schema_json

DEFAULT_PROFILES = "org_profiles"
ERROR_PREFIX = N_("privdocs: error: {message}")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="privdocs",
        description="Check, render and publish GDPR privacy statements from YAML profiles.")
    parser.add_argument("--version", action="version", version=f"privdocs {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    check = commands.add_parser(
        "check", help="check profiles against GDPR Art. 13 and 14",
        description="Check profiles against what GDPR Art. 13 and 14 require a privacy "
                    "statement to tell people. Exit 0: no errors; 1: errors (or warnings with "
                    "--strict); 2: usage error.")
    check.add_argument("paths", nargs="*", metavar="PATH",
                       help=f"profile files or directories (default: {DEFAULT_PROFILES}/)")
    check.add_argument("--format", choices=sorted(REPORTERS), default="text",
                       help="output format (default: text)")
    check.add_argument("--strict", action="store_true", help="fail on warnings too")
    check.add_argument("--lang", choices=LANGUAGES,
                       help="language of the messages (default: each profile's first language)")
    check.set_defaults(run=run_check)

    schema = commands.add_parser(
        "schema", help="print the JSON Schema of the profile format",
        description="Print the JSON Schema (draft 2020-12) of the profile format, for editors "
                    "with a YAML language server.")
    schema.set_defaults(run=run_schema)
    return parser


def run_check(arguments: argparse.Namespace) -> int:
    results = check_paths(arguments.paths or [DEFAULT_PROFILES])

    def language_of(result) -> str:
        return arguments.lang or result.language or SOURCE_LANGUAGE

    summary_language = arguments.lang or next(
        (result.language for result in results if result.language), SOURCE_LANGUAGE)
    output = REPORTERS[arguments.format](results, language_of, summary_language)
    sys.stdout.write(output)
    errors = sum(result.count(Severity.ERROR) for result in results)
    warnings = sum(result.count(Severity.WARNING) for result in results)
    return 1 if errors or (arguments.strict and warnings) else 0


def run_schema(arguments: argparse.Namespace) -> int:
    sys.stdout.write(schema_json())
    return 0


def main(argv: list[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    try:
        return arguments.run(arguments)
    except PrivdocsError as error:
        lang = getattr(arguments, "lang", None) or SOURCE_LANGUAGE
        text = translator(lang).format(error.msgid, **error.args_for_message)
        sys.stderr.write(translator(lang).format(ERROR_PREFIX, message=text) + "\n")
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
