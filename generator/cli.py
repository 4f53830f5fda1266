"""The `privdocs` command: parses arguments, runs a verb, maps the result to an exit code.

Exit codes: 0 success; 1 the input has problems (a profile with errors, or warnings under
--strict); 2 a usage error or a path that does not exist. A `PrivdocsError` prints one clean
line, and so does an `OSError` (exit 1); any other exception is a bug and keeps its traceback.
Every line is shown through `terminal.printable`, so a value never reaches the terminal as a
control sequence.
"""

from __future__ import annotations

import sys

from . import __version__, console, message_language
from .arguments import Parser, add_common_options, requested_language
from .catalogs import N_, translator
from .commands import needed_by, register_all
from .errors import PrivdocsError
from .terminal import printable

ERROR_PREFIX = N_("privdocs: error: {message}")
OS_ERROR = N_("{file}: {reason}.")


def _parser(argv: list[str] | None = None) -> Parser:
    """The parser of `privdocs`; given the arguments, with only the commands they can need."""
    parser = Parser(
        prog="privdocs",
        description="Check, render and publish GDPR privacy statements from YAML profiles.")
    parser.add_argument("--version", action="version", version=f"privdocs {__version__}")
    register_all(parser.add_subparsers(dest="command", metavar="COMMAND", required=True),
                 None if argv is None else needed_by(argv))
    add_common_options(parser)
    return parser


def _print_error(error: PrivdocsError, lang: str) -> int:
    args = {name: value.render(lang) if hasattr(value, "render") else value
            for name, value in error.args_for_message.items()}
    text = printable(translator(lang).format(error.msgid, **args))
    sys.stderr.write(translator(lang).format(ERROR_PREFIX, message=text) + "\n")
    return error.exit_code


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    message_language.reset()
    try:
        arguments = _parser(argv).parse_args(argv)
    except PrivdocsError as error:  # a usage error: told in the language asked for, if any
        return _print_error(error, message_language.message_language(requested_language(argv)))
    console.set_level(console.QUIET if getattr(arguments, "quiet", False) else
                      console.VERBOSE if getattr(arguments, "verbose", False) else console.NORMAL)
    try:
        return arguments.run(arguments)
    except PrivdocsError as error:
        return _print_error(error, message_language.message_language(
            getattr(arguments, "lang", None)))
    except BrokenPipeError:
        return 0
    except OSError as error:
        # The file system said no (permissions, a full disk, a folder where a file should be):
        # the user's to fix, so a message, not a traceback. The commands leave nothing half
        # written before it gets here.
        lang = message_language.message_language(getattr(arguments, "lang", None))
        text = printable(translator(lang).format(
            OS_ERROR, file=error.filename or "privdocs", reason=error.strerror or str(error)))
        sys.stderr.write(translator(lang).format(ERROR_PREFIX, message=text) + "\n")
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
