"""Safe text found without the tokenizer: `unsafe_pieces` answers [] at once for a text with no
character that any refusal needs, and must give exactly what the tokenizer gives for every text.
"""

from __future__ import annotations

import string
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.profile.safe_text import (_MAY_BE_UNSAFE, BIDI, _characters, tokenized_pieces,
                                         unsafe_pieces)

from .hostile_payloads import ACCEPTED, REFUSED

# Pieces of markup and text that, put together, make links, images, HTML, entities, braces,
# code and the characters a text may not hold, in and out of their right order.
PIECES = ["[", "]", "(", ")", "<", ">", "{", "}", "&", ";", "#", "!", "`", "\\", "*", "_",
          ":", "/", "\n", "\n\n", "    ", " ", "\t", "\r", "lt", "gt", "amp", "#60", "#x7b",
          "#123", "https://example.org", "mailto:a@b.example", "javascript:x", "script", "a",
          "img", "Tekst", "de organisatie", "\x00", "\x1b", "\x85", "\u2028", "\u202e",
          "\u200e", "\ufeff", "é", "ü", "\u00a0", "[x]: ", "![", "](", "\\<", "&lt;b&gt;"]


def test_every_character_the_tokenizer_path_refuses_is_in_the_shortcut_class():
    for code_point in range(sys.maxunicode + 1):
        char = chr(code_point)
        if _characters(char):
            assert _MAY_BE_UNSAFE.match(char), f"U+{code_point:04X}"
    assert all(_MAY_BE_UNSAFE.match(char) for char in BIDI)


def test_the_hostile_and_harmless_corpus_gets_the_tokenizer_answer():
    for text in REFUSED + ACCEPTED:
        assert unsafe_pieces(text) == tokenized_pieces(text), text
    assert all(unsafe_pieces(text) for text in REFUSED)


def test_plain_prose_is_safe_without_the_tokenizer():
    prose = ("We bewaren je gegevens 2 jaar na het einde van je lidmaatschap; daarna wissen we "
             "ze. Vragen? Mail privacy@voorbeeld.example of bel 030-1234567 (werkdagen).")
    assert _MAY_BE_UNSAFE.search(prose) is None
    assert unsafe_pieces(prose) == tokenized_pieces(prose) == []


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(string.ascii_letters + " .,-", max_size=4),
                max_size=14).map("".join))
def test_any_mix_of_markup_gets_the_tokenizer_answer(text):
    assert unsafe_pieces(text) == tokenized_pieces(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_text_gets_the_tokenizer_answer(text):
    assert unsafe_pieces(text) == tokenized_pieces(text)
