"""`privdocs diff`, the redline: sections, paragraphs, whole words, context, and Markdown that
stays whole around every change."""

from __future__ import annotations

import re
from xml.etree import ElementTree

import markdown
import pytest

from generator.diffing.context import Gap, visible
from generator.diffing.markdown_report import TAGS, section_markdown
from generator.diffing.marking import marked_body
from generator.diffing.redline import diff_document
from generator.diffing.sections import split_sections, strip_front_matter
from generator.diffing.words import tokens, word_ops

from .conftest import ROOT

OLD = """# Privacyverklaring van Voorbeeld

Intro met een [link](https://voorbeeld.example/privacy) en **vet**.

## Wat we doen

Eerste alinea blijft staan.

We bewaren je **naam** en je adres 2 jaar.

- **Van wie:**
    - Leden
    - Oud-leden
- **Hoe lang:** 2 jaar vanaf het einde.
- **Wie:** niemand.

| Doel | Termijn |
|---|---|
| Leden | 2 jaar |
| Nieuwsbrief | 1 jaar |

## Artikel 7 Bewaartermijnen

1. We bewaren niet langer dan nodig:
    - **Leden**: 2 jaar.
2. Daarna wissen we de gegevens.

## Versie

Versie 1.0, geldig vanaf 2 maart 2026.
"""

NEW = """# Privacyverklaring van Voorbeeld

Intro met een [link](https://voorbeeld.example/privacy) en **vet**.

## Wat we doen

Eerste alinea blijft staan.

We bewaren je **naam**, je e-mailadres en je adres 5 jaar.

- **Van wie:**
    - Leden
    - Oud-leden en donateurs
- **Hoe lang:** 5 jaar vanaf het einde.
- **Wie:** niemand.

| Doel | Termijn |
|---|---|
| Leden | 5 jaar |
| Nieuwsbrief | 1 jaar |

## Artikel 8 Bewaartermijnen

1. We bewaren niet langer dan nodig:
    - **Leden**: 5 jaar.
2. Daarna wissen we de gegevens.

## Versie

Versie 1.1, geldig vanaf 1 oktober 2026.
"""


def html(source: str) -> str:
    return markdown.markdown(source, extensions=["tables"], output_format="xhtml")


def without(redline: str, drop: str, keep: str) -> str:
    """The redline with the `drop` marks removed with their text and the `keep` marks
    unwrapped: the older or the newer text."""
    redline = re.sub(rf"<{drop}>.*?</{drop}>", "", redline, flags=re.DOTALL)
    return redline.replace(f"<{keep}>", "").replace(f"</{keep}>", "")


def sections(old: str = OLD, new: str = NEW):
    return diff_document("statement", "nl", old, new)


def test_a_section_is_split_at_its_headings_and_paragraphs_at_blocks():
    found = split_sections(NEW)
    assert [(section.level, section.title) for section in found] == [
        (1, "Privacyverklaring van Voorbeeld"), (2, "Wat we doen"),
        (2, "Artikel 8 Bewaartermijnen"), (2, "Versie")]
    kinds = [(paragraph.kind, paragraph.prefix) for paragraph in found[1].paragraphs]
    assert kinds == [("heading", "## "), ("prose", ""), ("prose", ""), ("list", "- "),
                     ("list", "    - "), ("list", "    - "), ("list", "- "), ("list", "- "),
                     ("table", ""), ("table", ""), ("table", ""), ("table", "")]
    assert "\n\n".join(section.text for section in found) + "\n" == NEW


def test_front_matter_is_left_out():
    published = "---\norganisation: x\nversion: '1.0'\n---\n\n# Titel\n\nTekst.\n"
    assert strip_front_matter(published) == "# Titel\n\nTekst.\n"


def test_words_and_inline_markup_are_never_cut():
    assert tokens("Versie 1.0, foto's **vet woord** <a@b.example> [x](https://y)") == (
        "Versie", " ", "1.0", ",", " ", "foto's", " ", "**vet woord**", " ", "<a@b.example>",
        " ", "[x](https://y)")
    ops = word_ops("Versie 1.0, geldig vanaf 2 maart 2026.", "Versie 1.1, geldig vanaf "
                   "1 oktober 2026.")
    assert [(op.op, op.text) for op in ops] == [
        ("equal", "Versie "), ("delete", "1.0"), ("insert", "1.1"),
        ("equal", ", geldig vanaf "), ("delete", "2 maart"), ("insert", "1 oktober"),
        ("equal", " 2026.")]


def test_a_table_row_changes_cell_by_cell():
    ops = word_ops("| Leden | 2 jaar |", "| Leden | 5 jaar |", table=True)
    assert [(op.op, op.text) for op in ops] == [
        ("equal", "| Leden | "), ("delete", "2"), ("insert", "5"), ("equal", " jaar |")]


def test_only_changed_sections_are_reported_and_an_article_is_matched_by_its_title():
    found = sections()
    assert [(section.title, section.status) for section in found] == [
        ("Wat we doen", "changed"), ("Artikel 8 Bewaartermijnen", "changed"),
        ("Versie", "changed")]
    heading = found[1].heading
    assert [(op.op, op.text) for op in heading.ops] == [
        ("equal", "Artikel "), ("delete", "7"), ("insert", "8"), ("equal", " Bewaartermijnen")]


def test_the_operations_give_back_both_versions_exactly():
    old_sections = {section.title: section.text for section in split_sections(OLD)}
    new_sections = {section.title: section.text for section in split_sections(NEW)}
    for section in sections():
        ops = section.ops()
        older = "".join(op.text for op in ops if op.op != "insert")
        newer = "".join(op.text for op in ops if op.op != "delete")
        assert newer == new_sections[section.title]
        assert older in old_sections.values()


def test_the_marked_markdown_gives_back_the_rendering_of_both_versions():
    for section in sections():
        redline = marked_body(list(section.body), TAGS)
        old_body = next(item for item in split_sections(OLD) if item.key == section_key(
            section, OLD)).paragraphs[1:]
        new_body = [step.new for step in section.body]
        assert html(without(redline, "del", "ins")) == html(join(new_body))
        assert html(without(redline, "ins", "del")) == html(join(old_body))


def section_key(section, document):
    """The key of the older section that `section` was matched with."""
    older = "".join(op.text for op in section.ops() if op.op != "insert")
    return next(item.key for item in split_sections(document) if item.text == older)


def join(paragraphs) -> str:
    return "".join((paragraph.sep if index else "") + paragraph.text
                   for index, paragraph in enumerate(paragraphs))


def test_a_changed_paragraph_leaves_its_neighbours_markup_intact():
    redline = html(section_markdown(sections()[0], "nl"))
    ElementTree.fromstring(f"<root>{redline}</root>")  # well-formed: no mark spans two blocks
    assert "<li><strong>Van wie:</strong><ul>" in redline
    assert "<li><strong>Wie:</strong> niemand.</li>" in redline
    assert "<th>Doel</th>" in redline and "<td>Nieuwsbrief</td>" in redline
    assert "<p>We bewaren je <strong>naam</strong><ins>, je e-mailadres</ins> en je adres " \
           "<del>2</del><ins>5</ins> jaar.</p>" in redline


def test_context_keeps_lists_and_tables_whole_and_leaves_out_the_rest():
    body = "## Lijst\n\n" + "\n".join(f"- Punt {n}" for n in range(1, 8)) + "\n\n" + \
        "| A | B |\n|---|---|\n" + "\n".join(f"| {n} | x |" for n in range(1, 8)) + "\n"
    changed = body.replace("- Punt 6", "- Punt zes").replace("| 6 | x |", "| 6 | y |")
    [section] = diff_document("statement", "nl", body, changed)
    shown = visible(section)
    gaps = [item for item in shown if isinstance(item, Gap)]
    assert gaps == [Gap(), Gap(cells=2)]
    text = marked_body(shown, TAGS)
    assert text.startswith("…\n\n- Punt 5\n- Punt <del>6</del><ins>zes</ins>\n- Punt 7")
    assert ("| A | B |\n|---|---|\n| … | … |\n| 5 | x |\n"
            "| 6 | <del>x</del><ins>y</ins> |") in text
    assert text.endswith("| 7 | x |")


def test_a_nested_item_brings_the_items_it_is_in_and_a_numbered_list_its_first_items():
    old = ("## Artikel 3\n\n1. Eerste.\n    - a\n    - b\n2. Tweede.\n    - c\n    - d\n"
           "    - e\n    - f staat hier\n")
    [section] = diff_document("regulation", "nl", old, old.replace("- f", "- F"))
    assert marked_body(visible(section), TAGS) == (
        "1. Eerste.\n    - …\n2. Tweede.\n    - …\n    - e\n"
        "    - <del>f</del><ins>F</ins> staat hier")
    assert "<li>Tweede.<ul>" in html(marked_body(visible(section), TAGS))


def test_added_and_removed_sections_are_shown_whole():
    old = "## Een\n\nTekst een.\n\n## Twee\n\nTekst twee.\n"
    new = "## Een\n\nTekst een.\n\n## Drie\n\nHeel andere woorden hier.\n\n- lijst\n"
    found = diff_document("statement", "nl", old, new)
    assert [(section.title, section.status) for section in found] == [
        ("Twee", "removed"), ("Drie", "added")]
    assert section_markdown(found[1], "en") == (
        "### <ins>Drie</ins>\n\n*New section*\n\n<ins>Heel andere woorden hier.</ins>\n\n"
        "- <ins>lijst</ins>")


def test_a_renamed_purpose_is_its_section_with_a_changed_heading():
    old = "## Doelen\n\n### Nieuwsbrief sturen\n\nWe sturen je elke maand een nieuwsbrief.\n"
    new = "## Doelen\n\n### De nieuwsbrief sturen\n\nWe sturen je elke maand een nieuwsbrief.\n"
    [section] = diff_document("statement", "nl", old, new)
    assert section.status == "changed"
    assert section_markdown(section, "nl").splitlines()[0] == (
        "### Doelen › <del>Nieuwsbrief</del><ins>De nieuwsbrief</ins> sturen")


@pytest.mark.parametrize("org", ["hogeschool-kempen", "netwerk-vlaamse-ondernemers",
                                 "stichting-ons-onderwijs"])
def test_every_example_redline_is_well_formed_and_exact(org):
    folder = ROOT / "statements" / org
    for path in sorted((folder / "1.1").glob("*/*.md")):
        old = strip_front_matter((folder / "1.0" / path.relative_to(folder / "1.1"))
                                 .read_text(encoding="utf-8"))
        new = strip_front_matter(path.read_text(encoding="utf-8"))
        olds = {section.text for section in split_sections(old)}
        news = {section.text for section in split_sections(new)}
        for section in diff_document(path.stem, path.parent.name, old, new):
            ops = section.ops()
            assert "".join(op.text for op in ops if op.op != "delete") in news | {""}
            assert "".join(op.text for op in ops if op.op != "insert") in olds | {""}
            ElementTree.fromstring(f"<root>{html(section_markdown(section, 'nl'))}</root>")
