"""The `privdocs` command: parses arguments, runs a verb, maps the result to an exit code.

Exit codes: 0 success; 1 the input has problems (a profile with errors, or warnings under
--strict); 2 a usage error or a path that does not exist. A `PrivdocsError` prints one clean
line, and so does an `OSError` (exit 1); any other exception is a bug and keeps its traceback.
Every line is shown through `terminal.printable`, so a value never reaches the terminal as a
control sequence.
"""

from __future__ import annotations

import argparse
import sys

from . import __version__
from .catalogs import N_, SOURCE_LANGUAGE, translator
from .commands import register_all
from .errors import PrivdocsError
from .terminal import printable

ERROR_PREFIX = N_("privdocs: error: {message}")
OS_ERROR = N_("{file}: {reason}.")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="privdocs",
        description="Check, render and publish GDPR privacy statements from YAML profiles.")
    parser.add_argument("--version", action="version", version=f"privdocs {__version__}")
    register_all(parser.add_subparsers(dest="command", metavar="COMMAND", required=True))
    return parser


def main(argv: list[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    try:
        return arguments.run(arguments)
    except PrivdocsError as error:
        lang = getattr(arguments, "lang", None) or SOURCE_LANGUAGE
        args = {name: value.render(lang) if hasattr(value, "render") else value
                for name, value in error.args_for_message.items()}
        text = printable(translator(lang).format(error.msgid, **args))
        sys.stderr.write(translator(lang).format(ERROR_PREFIX, message=text) + "\n")
        return error.exit_code
    except BrokenPipeError:
        return 0
    except OSError as error:
        # The file system said no (permissions, a full disk, a folder where a file should be):
        # the user's to fix, so a message, not a traceback. The commands leave nothing half
        # written before it gets here.
        lang = getattr(arguments, "lang", None) or SOURCE_LANGUAGE
        text = printable(translator(lang).format(
            OS_ERROR, file=error.filename or "privdocs", reason=error.strerror or str(error)))
        sys.stderr.write(translator(lang).format(ERROR_PREFIX, message=text) + "\n")
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
