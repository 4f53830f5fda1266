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


def register_all(subcommands, only: tuple[str, ...] | None = None) -> None:
    """Register the commands; with `only`, just those, so that the modules (and libraries) of
    the others are not imported by a run that cannot need them."""
    for name in COMMANDS if only is None else only:
        import_module(f"{__name__}.{name}").register(subcommands)


def needed_by(argv: list[str]) -> tuple[str, ...] | None:
    """The commands whose parsers `argv` can need: the one it runs, none for `--version`; None
    (all of them) when it asks for help or names no command, since the message lists them.

    `privdocs` itself takes no option with a value, so its command is the first word that is not
    an option."""
    for word in argv:
        if word == "--" or word.startswith("--h") or (
                word.startswith("-") and not word.startswith("--") and "h" in word):
            return None
        if not word.startswith("-"):
            return (word,) if word in COMMANDS else None
    return () if "--version" in argv else None
