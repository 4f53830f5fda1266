"""The documents' catalog: the template (statement.pot) matches what the templates and the
renderer use, and the Dutch catalog translates every message, without fuzzy entries.

Re-extract after changing wording (the command is in site_templates/README.md)."""

from __future__ import annotations

import re

from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

from generator.render.register import FORMAL, addresses_reader, from_documents

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


def used_messages(documents_only: bool = False) -> set[tuple[str | None, str]]:
    """Every message the documents (and the site's pages) use, and its formal ("u") twin
    where the wording of a document addresses the reader."""
    found = set()
    # The renderer, and the labels of the page formats (HTML, fragment, PDF).
    sources = [("python", path, {}) for folder in ("render", "formats")
               for path in sorted((ROOT / "generator" / folder).rglob("*.py"))]
    sources += [("jinja2", path, {"extensions": "jinja2.ext.i18n"})
                for path in sorted((ROOT / "site_templates").rglob("*.j2"))
                if not documents_only or from_documents(path.relative_to(ROOT).as_posix())]
    for method, path, options in sources:
        for _, message, _, context in extract_from_file(method, path, keywords=KEYWORDS,
                                                          options=options):
            singular = message[0] if isinstance(message, tuple) else message
            found.add((context, singular))
            if context is None and from_documents(path.relative_to(ROOT).as_posix()) \
                    and addresses_reader(singular):
                found.add((FORMAL, singular))
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
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for string in strings:
            assert all(string), f"untranslated plural form: {message.id!r}"
            assert set(PLACEHOLDER.findall(string)) == set(PLACEHOLDER.findall(ids[-1])), \
                f"placeholders differ: {message.id!r}"


INFORMAL_WORDS = re.compile(r"\b(je|jij|jou|jouw|jezelf|jijzelf)\b", re.IGNORECASE)


def test_the_formal_register_never_says_je_and_the_informal_one_only_when_addressing():
    dutch = read(LOCALES / "nl" / "LC_MESSAGES" / "statement.po")
    formal = [message for message in dutch if message.id and message.context == FORMAL]
    assert formal, "the Dutch catalog has no formal register"
    for message in formal:
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for string in strings:
            assert not INFORMAL_WORDS.search(string), f"'je' in the formal register: {string!r}"
    documents = {singular for context, singular in used_messages(documents_only=True)
                 if context is None}
    for message in dutch:
        singular = message.id[0] if isinstance(message.id, tuple) else message.id
        string = message.string[0] if isinstance(message.string, tuple) else message.string
        if singular in documents and message.context is None and INFORMAL_WORDS.search(string):
            # A Dutch "je" needs an English "you", or the formal register would miss it.
            assert addresses_reader(singular), f"'je' without 'you': {singular!r}"
