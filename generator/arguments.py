"""The argument parser of `privdocs`: argparse, with usage errors in the user's language and a
"did you mean" for a mistyped command, option or choice.

argparse words its errors itself, in English, and exits. Here a usage error becomes a
`UsageError` with a message id instead, so the CLI prints it as every other error: one line, in
the language the command would speak (`message_language`), exit 2. Every command also gets the
options all commands share: `-q/--quiet`, `-v/--verbose` and, where the command has none of its
own, `--lang` for its messages.
"""

from __future__ import annotations

import argparse
import functools
import re

from .catalogs import LANGUAGES, N_
from .errors import UsageError

UNKNOWN_COMMAND = N_("`{word}` is not a command of `{prog}`. Did you mean `{suggestion}`?")
UNKNOWN_COMMAND_LIST = N_("`{word}` is not a command of `{prog}`; its commands: {choices}.")
INVALID_CHOICE = N_("`{word}` is not a value of {option}. Did you mean `{suggestion}`?")
INVALID_CHOICE_LIST = N_("`{word}` is not a value of {option}; choose from {choices}.")
UNKNOWN_OPTION = N_("`{word}` is not an option of `{prog}`. Did you mean `{suggestion}`?")
UNKNOWN_OPTION_LIST = N_("`{word}` is not an option of `{prog}`; `{prog} --help` lists them.")
UNEXPECTED = N_("`{prog}` does not take `{word}`; `{prog} --help` shows its usage.")
OTHER = N_("{problem} (`{prog} --help` shows its usage)")
MISSING = N_("`{prog}` needs {arguments}; `{prog} --help` shows its usage.")
NO_VALUE = N_("{option} needs a value; `{prog} --help` shows its usage.")
TOGETHER = N_("{option} and {other} cannot be used together.")
# argparse's own errors, recognised to say them in the user's language; anything else is shown
# as argparse words it (OTHER), so a new wording in a later Python still gives a clean line.
_ARGPARSE_ERRORS = (
    (re.compile(r"the following arguments are required: (?P<arguments>.+)"), MISSING),
    (re.compile(r"argument (?P<option>\S+): expected (?:one|at least one) argument"), NO_VALUE),
    (re.compile(r"argument (?P<option>\S+): not allowed with argument (?P<other>\S+)"),
     TOGETHER),
)
QUIET_HELP = N_("print only results and problems, no summary")
VERBOSE_HELP = N_("also print the details of what the command does, on standard error")
LANG_HELP = N_("language of the messages (default: the profile's language, then LANG)")

# argparse words its help through `gettext.gettext`, which searches the disk for a catalog of
# Python's own messages at every call: some sixty searches to build privdocs' parsers, most of
# the start of `privdocs --version` on a busy machine. Within one run the answer for a message
# cannot change, so each is looked up once.
if not hasattr(argparse._, "cache_info"):
    argparse._ = functools.lru_cache(maxsize=None)(argparse._)


def _closest(word: str, candidates) -> str | None:
    import difflib  # only for a mistyped word

    matches = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return matches[0] if matches else None


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are `UsageError`s; its sub-parsers are of this class too
    (argparse makes them of the parent's class)."""

    def _check_value(self, action: argparse.Action, value: object) -> None:
        if action.choices is None or value in action.choices:
            return
        choices = [str(choice) for choice in action.choices]
        suggestion = _closest(str(value), choices)
        if isinstance(action, argparse._SubParsersAction):
            msgid = UNKNOWN_COMMAND if suggestion else UNKNOWN_COMMAND_LIST
            raise UsageError(msgid, word=value, prog=self.prog, suggestion=suggestion,
                             choices=", ".join(choices))
        option = "/".join(action.option_strings) or (action.metavar or action.dest)
        msgid = INVALID_CHOICE if suggestion else INVALID_CHOICE_LIST
        raise UsageError(msgid, word=value, option=option, suggestion=suggestion,
                         choices=", ".join(choices))

    def parse_known_args(self, args=None, namespace=None):
        parsed, extras = super().parse_known_args(args, namespace)
        # The innermost parser sees its leftovers first: it knows which options were meant.
        if extras and not hasattr(parsed, "_unknown_in"):
            parsed._unknown_in = self
        return parsed, extras

    def parse_args(self, args=None, namespace=None):
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            getattr(parsed, "_unknown_in", self).refuse(extras[0])
        if hasattr(parsed, "_unknown_in"):
            del parsed._unknown_in
        return parsed

    def refuse(self, word: str) -> None:
        """Refuse a left-over argument, suggesting the option that was probably meant."""
        if not word.startswith("-") or re.fullmatch(r"-\d.*", word):
            raise UsageError(UNEXPECTED, word=word, prog=self.prog)
        name = word.split("=", 1)[0]
        options = [option for action in self._actions for option in action.option_strings
                   if action.help != argparse.SUPPRESS]
        suggestion = _closest(name, options)
        raise UsageError(UNKNOWN_OPTION if suggestion else UNKNOWN_OPTION_LIST, word=name,
                         prog=self.prog, suggestion=suggestion)

    def error(self, message: str):
        for pattern, msgid in _ARGPARSE_ERRORS:
            match = pattern.fullmatch(message)
            if match:
                raise UsageError(msgid, prog=self.prog, **match.groupdict())
        raise UsageError(OTHER, problem=message, prog=self.prog)


def _leaves(parser: argparse.ArgumentParser):
    """The parsers that run a command: those without sub-parsers of their own."""
    children = [action for action in parser._actions
                if isinstance(action, argparse._SubParsersAction)]
    if not children:
        yield parser
    for action in children:
        for sub in dict.fromkeys(action.choices.values()):  # aliases share their parser
            yield from _leaves(sub)


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """-q/-v on every command, and --lang where a command has no option of that name."""
    for leaf in _leaves(parser):
        taken = leaf._option_string_actions
        if not {"-q", "--quiet", "-v", "--verbose"} & taken.keys():  # a command's own wins
            loudness = leaf.add_mutually_exclusive_group()
            loudness.add_argument("-q", "--quiet", action="store_true", help=QUIET_HELP)
            loudness.add_argument("-v", "--verbose", action="store_true", help=VERBOSE_HELP)
        if "--lang" not in leaf._option_string_actions:
            leaf.add_argument("--lang", choices=LANGUAGES, help=LANG_HELP)


def requested_language(argv: list[str]) -> str | None:
    """The value of `--lang` in `argv`, read before parsing (which may fail): a usage error is
    then told in the language asked for."""
    for index, word in enumerate(argv):
        value = (word.split("=", 1)[1] if word.startswith("--lang=")
                 else argv[index + 1] if word == "--lang" and index + 1 < len(argv) else None)
        if value in LANGUAGES:
            return value
    return None
