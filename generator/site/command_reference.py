"""The command reference, read from the `privdocs` argument parsers themselves.

`cli._parser()` is the parser the command runs with; every verb and action registers its own
sub-parser (`generator/commands/`). Walking them gives each command's usage, description and
arguments, so the reference cannot drift from the command line.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from ..cli import _parser


@dataclass(frozen=True)
class Argument:
    names: str  # "--format" or "PATH"
    metavar: str  # what follows an option: "{text,json}" or "DIR"; "" for a flag
    help: str
    choices: tuple[str, ...]
    default: str | None
    repeatable: bool


@dataclass(frozen=True)
class Command:
    name: str  # "privdocs i18n status"
    usage: str
    description: str
    arguments: tuple[Argument, ...]
    subcommands: tuple["Command", ...]

    @property
    def anchor(self) -> str:
        return self.name.replace(" ", "-")


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # argparse offers no public accessor
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
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
    return Argument(names, metavar, " ".join((action.help or "").split()), choices,
                    shown_default, isinstance(action, argparse._AppendAction)
                    or action.nargs in ("*", "+"))


def _command(name: str, parser: argparse.ArgumentParser) -> Command:
    arguments = tuple(argument for argument in map(_argument, parser._actions)
                      if argument is not None)
    children = tuple(_command(f"{name} {child}", sub)
                     for child, sub in _subparsers(parser).items())
    usage = " ".join(parser.format_usage().removeprefix("usage:").split())
    return Command(name, usage, " ".join((parser.description or "").split()), arguments,
                   children)


def commands() -> list[Command]:
    """Every verb of `privdocs`, in the order `privdocs --help` lists them."""
    parser = _parser()
    return [_command(f"privdocs {name}", sub) for name, sub in _subparsers(parser).items()]
