"""The command reference, read from the `privdocs` argument parsers themselves.

`cli._parser()` is the parser the command runs with; every verb and action registers its own
sub-parser (`generator/commands/`). Walking them gives each command's usage, summary (its line in
the parent's `--help`), description and arguments, so the reference cannot drift from the
command line. The texts are kept as the code wrote them: each is a message id of the `privdocs`
catalog (marked with `N_`), which the pages look up to show them in their language.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from ..cli import _parser


@dataclass(frozen=True)
class Argument:
    names: str  # "--format" or "PATH"
    metavar: str  # what follows an option: "{text,json}" or "DIR"; "" for a flag
    help: str  # a message id, as written in the code
    choices: tuple[str, ...]
    default: str | None
    repeatable: bool


@dataclass(frozen=True)
class Command:
    name: str  # "privdocs i18n status"
    usage: str
    summary: str  # a message id, as the other texts: the `help` of its sub-parser
    description: str
    arguments: tuple[Argument, ...]
    subcommands: tuple["Command", ...]

    @property
    def anchor(self) -> str:
        return self.name.replace(" ", "-")


def _subparsers(parser: argparse.ArgumentParser
                ) -> dict[str, tuple[argparse.ArgumentParser, str]]:
    """Each sub-parser of `parser` by name, with its summary."""
    for action in parser._actions:  # argparse offers no public accessor
        if isinstance(action, argparse._SubParsersAction):
            summaries = {choice.dest: choice.help or "" for choice in action._choices_actions}
            return {name: (sub, summaries.get(name, "")) for name, sub in action.choices.items()}
    return {}


def _argument(action: argparse.Action) -> Argument | None:
    if action.help == argparse.SUPPRESS or isinstance(
            action, (argparse._HelpAction, argparse._SubParsersAction, argparse._VersionAction)):
        return None
    takes_value = action.nargs != 0
    if action.option_strings:
        names = ", ".join(action.option_strings)
        metavar = (action.metavar or action.dest.upper()) if takes_value else ""
    else:
        names = action.metavar or action.dest
        metavar = ""
    choices = tuple(str(choice) for choice in action.choices or ())
    default = action.default
    shown_default = (str(default) if default not in (None, False, argparse.SUPPRESS, [])
                     and takes_value else None)
    repeatable = isinstance(action, argparse._AppendAction) or action.nargs in ("*", "+")
    return Argument(names, metavar, action.help or "", choices, shown_default, repeatable)


def _command(name: str, parser: argparse.ArgumentParser, summary: str) -> Command:
    arguments = tuple(argument for argument in map(_argument, parser._actions)
                      if argument is not None)
    children = tuple(_command(f"{name} {child}", sub, child_summary)
                     for child, (sub, child_summary) in _subparsers(parser).items())
    usage = " ".join(parser.format_usage().removeprefix("usage:").split())
    return Command(name, usage, summary, parser.description or "", arguments, children)


def commands() -> list[Command]:
    """Every verb of `privdocs`, in the order `privdocs --help` lists them."""
    parser = _parser()
    return [_command(f"privdocs {name}", sub, summary)
            for name, (sub, summary) in _subparsers(parser).items()]
