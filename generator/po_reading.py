"""Reading a PO catalog for lookups, without Babel.

A command that prints one translated line should not pay for Babel's full catalog model (its
import and its parse cost more than a whole check of a profile). This reader keeps only what a
lookup needs and gives exactly the translations Babel's `read_po` + `write_mo(use_fuzzy=False)`
would: fuzzy and untranslated entries left out, obsolete (`#~`) entries ignored, an empty plural
form falling back to the message id. `tests/test_po_reading.py` compares the two on every
catalog of privdocs. Writing and checking catalogs (`privdocs i18n`) still uses Babel.
"""

from __future__ import annotations

import gettext
import re

_ESCAPE = re.compile(r'\\([\\trn"])')
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}
_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(\".*\")\s*$")
_PLURAL_FORMS = re.compile(r"plural\s*=\s*([^;\n]+)")


def _unescape(quoted: str) -> str:
    if "\\" not in quoted:
        return quoted[1:-1]
    return _ESCAPE.sub(lambda match: _ESCAPES.get(match.group(1), match.group(1)),
                       quoted[1:-1])


class _Entry:
    __slots__ = ("context", "id", "plural", "strings", "fuzzy", "last")

    def __init__(self, fuzzy: bool) -> None:
        self.context: str | None = None
        self.id: str | None = None
        self.plural: str | None = None
        self.strings: dict[int, str] = {}
        self.fuzzy = fuzzy
        self.last: tuple[str, int] | None = None  # the field a continuation line extends

    def add(self, field: str, index: int, text: str) -> None:
        if field == "msgctxt":
            self.context = (self.context or "") + text
        elif field == "msgid":
            self.id = (self.id or "") + text
        elif field == "msgid_plural":
            self.plural = (self.plural or "") + text
        else:
            self.strings[index] = self.strings.get(index, "") + text
        self.last = (field, index)


def _entries(text: str):
    """The entries of a PO file, in order; comments other than flags are skipped."""
    entry: _Entry | None = None
    fuzzy = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            if line.startswith("#,") and "fuzzy" in (flag.strip() for flag in
                                                     line[2:].split(",")):
                fuzzy = True
            if entry is not None and entry.strings:
                yield entry
                entry = None
            continue
        if line.startswith('"'):
            if entry is not None and entry.last is not None:
                entry.add(*entry.last, _unescape(line))
            continue
        match = _KEYWORD.match(line)
        if match is None:
            continue
        field, index, quoted = match.group(1), match.group(2), match.group(3)
        if entry is not None and entry.strings and not field.startswith("msgstr"):
            yield entry
            entry = None
        if entry is None:
            entry = _Entry(fuzzy)
            fuzzy = False
        entry.add(field.split("[")[0], int(index or 0), _unescape(quoted))
    if entry is not None and entry.strings:
        yield entry


def read_translations(text: str) -> gettext.GNUTranslations:
    """Translations for gettext's lookups from the text of a PO file."""
    catalog: dict = {}
    plural_expression = "(n != 1)"
    for entry in _entries(text):
        if entry.id is None:
            continue
        if entry.id == "" and entry.context is None:  # the header
            header = entry.strings.get(0, "")
            catalog[""] = header
            for line in header.splitlines():
                if line.lower().startswith("plural-forms:"):
                    found = _PLURAL_FORMS.search(line)
                    if found:
                        plural_expression = found.group(1).strip()
            continue
        if entry.fuzzy:
            continue
        key = entry.id if entry.context is None else f"{entry.context}\x04{entry.id}"
        if entry.plural is not None:
            forms = [entry.strings.get(index, "") for index in range(max(entry.strings) + 1)]
            for index, form in enumerate(forms):
                catalog[(key, index)] = form or (entry.id if index == 0 else entry.plural)
        elif entry.strings.get(0):
            catalog[key] = entry.strings[0]
    translations = gettext.GNUTranslations()
    translations._catalog = catalog
    translations._charset = "utf-8"
    translations.plural = gettext.c2py(plural_expression)
    return translations
