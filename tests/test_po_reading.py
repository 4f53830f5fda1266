"""The catalogs are read without Babel at run time: the translations must be exactly those
Babel's reader and compiler give, fuzzy and untranslated entries left out."""

import gettext
import io

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from generator.catalogs import LOCALES_DIR
from generator.po_reading import read_translations

CATALOGS = sorted(LOCALES_DIR.glob("*/LC_MESSAGES/*.po"))


def babel_translations(text: str, lang: str) -> gettext.GNUTranslations:
    compiled = io.BytesIO()
    write_mo(compiled, read_po(io.StringIO(text), locale=lang), use_fuzzy=False)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


@pytest.mark.parametrize("po_path", CATALOGS, ids=lambda path: str(path.relative_to(LOCALES_DIR)))
def test_every_catalog_reads_as_babel_reads_it(po_path):
    text = po_path.read_text(encoding="utf-8")
    ours = read_translations(text)
    theirs = babel_translations(text, po_path.parent.parent.name)
    assert {key: value for key, value in ours._catalog.items() if key != ""} == \
        {key: value for key, value in theirs._catalog.items() if key != ""}
    assert [ours.plural(n) for n in range(5)] == [theirs.plural(n) for n in range(5)]


SAMPLE = r'''# A translator's comment
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

#: generator/cli.py:1
msgid "Hello, {name}."
msgstr "Hallo, {name}."

#, fuzzy
#| msgid "Old"
msgid "Changed"
msgstr "Veranderd"

msgid "Empty"
msgstr ""

msgctxt "formal"
msgid "You"
msgstr "U"

msgid ""
"A long "
"line with \"quotes\"\tand a tab\n"
msgstr ""
"Een lange "
"regel met \"aanhalingstekens\"\ten een tab\n"

msgid "{n} file"
msgid_plural "{n} files"
msgstr[0] "{n} bestand"
msgstr[1] ""

#~ msgid "Gone"
#~ msgstr "Weg"
'''


def test_the_shapes_a_catalog_can_take_read_as_babel_reads_them():
    ours = read_translations(SAMPLE)
    theirs = babel_translations(SAMPLE, "nl")
    for lookup in (lambda t: t.gettext("Hello, {name}."), lambda t: t.gettext("Changed"),
                   lambda t: t.gettext("Empty"), lambda t: t.pgettext("formal", "You"),
                   lambda t: t.gettext("You"), lambda t: t.gettext("Gone"),
                   lambda t: t.gettext('A long line with "quotes"\tand a tab\n'),
                   lambda t: t.ngettext("{n} file", "{n} files", 1),
                   lambda t: t.ngettext("{n} file", "{n} files", 2)):
        assert lookup(ours) == lookup(theirs)
    assert ours.gettext("Hello, {name}.") == "Hallo, {name}."
    assert ours.gettext("Changed") == "Changed"
    assert ours.pgettext("formal", "You") == "U"
