"""The vague-wording rule clears most texts with substring searches instead of its patterns: it
must find exactly what the patterns find in every text, whatever its case or alphabet."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.check.rules import vague_wording
from generator.check.rules.vague_wording import FOLDS_TO_ASCII, VAGUE, vague_words

from .conftest import MINIMAL

WORDS = ["may", "May", "MAY", "might", "MIGHT", "possibly", "Some", "sOmE", "often", "certain",
         "various", "etc", "etc.", "Etc", "mogelijk", "mogelijke", "Mogelijke", "eventueel",
         "eventuele", "EVENTUELE", "bepaalde", "sommige", "soms", "Soms", "vaak", "VAAK",
         "in principe", "in\tprincipe", "in \n principe", "zo nodig", "Zo  Nodig",
         "onder andere", "onder meer", "o.a.", "O.A.", "enz", "enz.", "ETC.",
         # letters that match ASCII ones when case is ignored, but lowercase to something else
         "ſome", "ſoms", "mıght", "poſſibly", "certaın", "İn principe", "varıous", "ſommige",
         # look-alikes that are no vague word, and words that only hold one
         "mayor", "someone", "handsome", "sketch", "onderwijs", "onderzoek", "mogelijkheid",
         "nodige", "principes", "vaker", "enzovoort", "etcetera", "oa", "o.a", "Mayday"]
FILLER = ["", " ", ". ", "! ", "? ", ", ", "\n", "-", "(", ")", "'", "’", "We", "the", "de",
          "gegevens", "é", "ë", "_", "1", "May 2026", "in", "zo", "onder"]


def by_pattern(lang: str, string: str) -> list[str]:
    """What the rule found before it had a shortcut: the pattern, on every text."""
    return list(dict.fromkeys(match.group().lower() for match in VAGUE[lang].finditer(string)))


def test_every_non_ascii_letter_that_matches_an_ascii_one_is_a_fold_the_rule_knows():
    letter = re.compile("(?i)[a-z]")
    found = {chr(code) for code in range(128, sys.maxunicode + 1)
             if letter.fullmatch(chr(code))}
    assert found == set(FOLDS_TO_ASCII)


def test_each_word_alone_and_in_a_sentence_is_found_as_the_pattern_finds_it():
    for lang in VAGUE:
        for word in WORDS:
            for string in (word, f"We {word} send it.", f"Dat is {word}, ja", f"x. {word}"):
                assert vague_words(lang, string) == by_pattern(lang, string), (lang, string)
    assert vague_words("en", "We ſome day send it.") == ["ſome"]
    assert vague_words("nl", "We sturen het mıschien ſoms.") == ["ſoms"]


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(sorted(VAGUE)),
       st.lists(st.sampled_from(WORDS + FILLER) | st.text(max_size=3), max_size=12)
       .map(" ".join))
def test_any_text_gets_what_the_pattern_gets(lang, string):
    assert vague_words(lang, string) == by_pattern(lang, string)


def test_a_profile_reports_each_vague_text_as_before(check_text):
    text = MINIMAL.read_text(encoding="utf-8").replace(
        "en: Without these data you cannot become a member.",
        "en: Without these data you might not become a member etc.").replace(
        "nl: We mailen je over elke wijziging.", "nl: We mailen je ſoms over een wijziging.")
    result = check_text(text)
    found = [(f.path, f.message_in("en")) for f in result.findings if f.rule == vague_wording.ID]
    assert found == [
        ("purposes[0].provision.consequence.en",
         "This text uses vague wording (“might”, “etc.”): say exactly what you do."),
        ("changes.notify.nl", "This text uses vague wording (“ſoms”): say exactly what you do."),
    ]
