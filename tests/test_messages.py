"""Every message the tool shows is in the Dutch catalog, with the same placeholders."""

from __future__ import annotations

import re
import string

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from generator.catalogs import LOCALES_DIR

from .conftest import ROOT

KEYWORDS = {"N_": None, "Nn_": (1, 2)}


def used_message_ids() -> set[str]:
    found = set()
    for _, _, message, _, _ in extract_from_dir(
            str(ROOT / "generator"), method_map=[("**.py", "python")], keywords=KEYWORDS):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def dutch_catalog():
    with (LOCALES_DIR / "nl" / "LC_MESSAGES" / "privdocs.po").open("rb") as handle:
        return read_po(handle, locale="nl")


def test_every_tool_message_has_a_dutch_translation():
    catalog = dutch_catalog()
    missing = []
    for msgid in sorted(used_message_ids()):
        entry = catalog.get(msgid)
        if entry is None or entry.fuzzy or not all(
                entry.string if isinstance(entry.string, tuple) else [entry.string]):
            missing.append(msgid)
    assert not missing, "translate these in privdocs.po (make catalogs):\n" + "\n".join(missing)


def test_translations_keep_the_placeholders():
    for entry in dutch_catalog():
        if not entry.id:
            continue
        ids = entry.id if isinstance(entry.id, tuple) else (entry.id,)
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        for translated in strings:
            assert placeholders(translated) == placeholders(ids[0]), entry.id


def test_backticked_keys_survive_translation():
    """Keys such as `retention` are what users type: the translation must not translate them."""
    for entry in dutch_catalog():
        if entry.id and not isinstance(entry.id, tuple):
            keys = set(re.findall(r"`([a-z_.]+)`", entry.id))
            assert keys <= set(re.findall(r"`([a-z_.]+)`", entry.string)), entry.id
