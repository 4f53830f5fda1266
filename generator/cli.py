"""The `privdocs` command: parses arguments, runs a verb, maps the result to an exit code.

Exit codes: 0 success; 1 the input has problems (a profile with errors, or warnings under
--strict); 2 a usage error or a path that does not exist. A `PrivdocsError` prints one clean
line; any other exception is a bug and keeps its traceback.
"""

from __future__ import annotations

import sys

from . import __version__, console, message_language
from .arguments import Parser, add_common_options, requested_language
from .catalogs import N_, translator
from .commands import register_all
from .errors import PrivdocsError

ERROR_PREFIX = N_("privdocs: error: {message}")


def _parser() -> Parser:
    parser = Parser(
        prog="privdocs",
        description="Check, render and publish GDPR privacy statements from YAML profiles.")
    parser.add_argument("--version", action="version", version=f"privdocs {__version__}")
    register_all(parser.add_subparsers(dest="command", metavar="COMMAND", required=True))
    add_common_options(parser)
    return parser


def _print_error(error: PrivdocsError, lang: str) -> int:
    text = translator(lang).format(error.msgid, **error.args_for_message)
    sys.stderr.write(translator(lang).format(ERROR_PREFIX, message=text) + "\n")
    return error.exit_code


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    message_language.reset()
    try:
        arguments = _parser().parse_args(argv)
    except PrivdocsError as error:  # a usage error: told in the language asked for, if any
        return _print_error(error, message_language.message_language(requested_language(argv)))
    console.set_level(console.QUIET if getattr(arguments, "quiet", False) else
                      console.VERBOSE if getattr(arguments, "verbose", False) else console.NORMAL)
    try:
        return arguments.run(arguments)
    except PrivdocsError as error:
        lang = message_language.message_language(getattr(arguments, "lang", None))
        return _print_error(error, lang)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
