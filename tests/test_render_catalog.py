"""The documents' catalog: the template (statement.pot) matches what the templates and the
renderer use, and the Dutch catalog translates every message, without fuzzy entries.

Re-extract after changing wording (the command is in site_templates/README.md)."""

from __future__ import annotations

import re

from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

from .conftest import ROOT

LOCALES = ROOT / "generator" / "locales"
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2),
            "npgettext": ((1, "c"), 2, 3), "statement_msgid": None}
PLACEHOLDER = re.compile(r"%\(\w+\)s")


def read(path):
    with path.open("rb") as handle:
        return read_po(handle)


def key(message):
    singular = message.id[0] if isinstance(message.id, (list, tuple)) else message.id
    return (message.context, singular)


def used_messages() -> set[tuple[str | None, str]]:
    found = set()
    sources = [("python", path, {})
               for path in sorted((ROOT / "generator" / "render").rglob("*.py"))]
    sources += [("jinja2", path, {"extensions": "jinja2.ext.i18n"})
                for path in sorted((ROOT / "site_templates").rglob("*.j2"))]
    for method, path, options in sources:
        for _, message, _, context in extract_from_file(method, path, keywords=KEYWORDS,
                                                          options=options):
            singular = message[0] if isinstance(message, tuple) else message
            found.add((context, singular))
    return found


def test_the_catalog_template_is_up_to_date():
    template = {key(message) for message in read(LOCALES / "statement.pot") if message.id}
    assert template == used_messages()


def test_the_dutch_catalog_is_complete_and_has_no_fuzzy_entries():
    template = read(LOCALES / "statement.pot")
    dutch = read(LOCALES / "nl" / "LC_MESSAGES" / "statement.po")
    assert not dutch.fuzzy
    messages = {key(message): message for message in dutch if message.id}
    assert set(messages) == {key(message) for message in template if message.id}
    for message in messages.values():
        assert message.string, f"untranslated: {message.id!r}"
        assert not message.fuzzy, f"fuzzy: {message.id!r}"
        assert set(PLACEHOLDER.findall(message.string)) == set(
            PLACEHOLDER.findall(message.id)), f"placeholders differ: {message.id!r}"
