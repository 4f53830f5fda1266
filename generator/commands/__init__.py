"""The verbs of the `privdocs` command, one module each.

Each module has `register(subcommands)`, which adds its parser and sets `run` to a function
taking the parsed arguments and returning the exit code.
"""

from __future__ import annotations

from importlib import import_module

COMMANDS = (
    "check",
    "schema",
    "render",
    "i18n",
    "publish",
    "versions",
    "show",
    "verify",
    "diff",
    "build",
    "serve",
    "init",
    "new",
)


def register_all(subcommands) -> None:
    for name in COMMANDS:
        import_module(f"{__name__}.{name}").register(subcommands)
