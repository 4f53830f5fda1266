"""Checking that a translation uses the same `{name}` placeholders as its message id.

privdocs formats every message with `str.format`, so a translation that drops `{purpose}` loses
information in the reader's language, and one that adds `{porpose}` or a stray brace fails at
run time. Messages in `%(name)s` style (`python-format`, as Jinja2 templates write them) are
left to Babel's own checker.
"""

from __future__ import annotations

from string import Formatter
from typing import Iterator

from babel.messages.catalog import Message

from ..catalogs import N_
from ..check import findings
from ..check.findings import message

MISSING = N_("the translation leaves out {placeholders}")
UNKNOWN = N_("the translation uses {placeholders}, which the message id does not have")
MALFORMED = N_("the translation is not a valid format string ({problem})")


def field_names(string: str) -> set[str]:
    """The names of the replacement fields in `string`; ValueError when it is malformed."""
    names: set[str] = set()
    for _literal, field, spec, _conversion in Formatter().parse(string):
        if field is None:
            continue
        names.add(field.split(".", 1)[0].split("[", 1)[0])
        if spec:
            names |= field_names(spec)
    return names


def _listed(names: set[str]) -> str:
    return ", ".join(f"{{{name}}}" for name in sorted(names))


def placeholder_problems(entry: Message) -> Iterator[findings.Message]:
    """What is wrong with the placeholders of a translated entry, as messages."""
    if "python-format" in entry.flags:
        return
    ids = entry.id if isinstance(entry.id, (list, tuple)) else (entry.id,)
    strings = entry.string if isinstance(entry.string, (list, tuple)) else (entry.string,)
    try:
        expected = set().union(*(field_names(msgid) for msgid in ids))
    except ValueError:
        return  # the id itself is not a format string: nothing to compare with
    for index, string in enumerate(strings):
        if not string:
            continue
        try:
            found = field_names(string)
        except ValueError as error:
            yield message(MALFORMED, problem=str(error))
            continue
        if found - expected:
            yield message(UNKNOWN, placeholders=_listed(found - expected))
        # A plural's first form may say "one" instead of "{n}" (gettext allows the same).
        missing = expected - found
        if missing and not (len(strings) > 1 and index == 0):
            yield message(MISSING, placeholders=_listed(missing))
