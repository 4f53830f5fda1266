"""Golden files for profile texts of every shape, and for the profile that uses every key of
the second edition in both address forms.

A profile text may be a phrase ("keeping in touch with our members"), a full sentence, several
sentences, or a list ("- a" on each line); `tests/profiles/shapes/` holds one profile per shape
with every text the documents show written in that shape. Each must read well in both
languages: the golden files are reviewed like code. Regenerate them with:

    UPDATE_GOLDEN=1 python3 -m pytest tests/test_render_shapes.py
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from generator.check.checking import check_file
from generator.check.findings import Severity
from generator.render import DOCUMENTS, LANGUAGES, render_document
from generator.render.shapes import LIST, PHRASE, SENTENCE, SENTENCES, shape_of

from .conftest import PROFILES, assert_matches_golden

GOLDEN = Path(__file__).resolve().parent / "golden"
SHAPES = ("phrase", "sentence", "sentences", "list")
EVERYTHING = PROFILES / "valid" / "second-edition-everything.yaml"
INFORMAL_WORDS = re.compile(r"\b(je|jij|jou|jouw|jezelf|jijzelf)\b", re.IGNORECASE)


def checked(path: Path):
    result = check_file(path)
    assert result.profile is not None and not result.count(Severity.ERROR), result.findings
    return result.profile


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_texts_of_every_shape_read_well(shape, lang, document):
    profile = checked(PROFILES / "shapes" / f"shape-{shape}.yaml")
    rendered = render_document(profile, lang, document)
    assert_matches_golden(rendered, GOLDEN / "shapes" / shape / lang / f"{document}.md",
                          "tests/test_render_shapes.py")
    # What the issue found: a criteria phrase glued after a full stop, an interest sentence
    # inside parentheses, a template label glued to a profile text.
    assert ". tot " not in rendered and ". as long" not in rendered
    assert "(ons belang: " not in rendered and "(our interest: " not in rendered
    assert "Het gaat om: " not in rendered and "Onze taak staat in: " not in rendered


@pytest.mark.parametrize("form", ("formal", "informal"))
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_second_edition_key_renders_in_both_address_forms(form, lang, document):
    profile = dataclasses.replace(checked(EVERYTHING), address_form=form)
    rendered = render_document(profile, lang, document)
    assert_matches_golden(rendered, GOLDEN / "second-edition" / form / lang / f"{document}.md",
                          "tests/test_render_shapes.py")


def test_the_formal_dutch_statement_says_u_and_never_je():
    profile = dataclasses.replace(checked(PROFILES / "shapes" / "shape-sentence.yaml"),
                                  address_form="formal")
    formal = render_document(profile, "nl", "statement")
    informal = render_document(dataclasses.replace(profile, address_form="informal"), "nl",
                               "statement")
    # The profile's own texts say "je"; everything privdocs writes says "u".
    own = {"je", "Je"}
    assert "Uw rechten" in formal and "U kunt" in formal and "Je rechten" not in formal
    assert "Je rechten" in informal
    template_words = [word for word in INFORMAL_WORDS.findall(formal) if word not in own]
    assert not template_words, template_words
    english = render_document(profile, "en", "statement")
    assert english == render_document(dataclasses.replace(profile, address_form="informal"),
                                      "en", "statement")


@pytest.mark.parametrize(("text", "shape"), [
    ("keeping in touch with our members", PHRASE),
    ("het einde van je lidmaatschap", PHRASE),
    ("We want to keep in touch.", SENTENCE),
    ("We keep them, e.g. for audits.", SENTENCE),
    ("We keep them. Then we erase them.", SENTENCES),
    ("we keep them. Then we erase them", SENTENCES),
    ("- name\n- address", LIST),
    ("- name", PHRASE),
])
def test_the_shape_of_a_text(text, shape):
    assert shape_of(text) == shape
