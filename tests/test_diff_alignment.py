"""The near-linear word alignment of the redline: the same marks as difflib where difflib is
fast enough to compare with, whole words either way, and a valid edit script in every case."""

from __future__ import annotations

import sys
from difflib import SequenceMatcher

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.diffing import alignment
from generator.diffing.model import Op
from generator.diffing.words import tidy, tokens, word_ops

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from prose import prose, revised  # noqa: E402


def difflib_word_ops(old: str, new: str) -> list[Op]:
    """What the redline marked before the alignment was narrowed: difflib on every token."""
    before, after = tokens(old), tokens(new)
    ops = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, before, after,
                                               autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(Op("equal", "".join(before[i1:i2])))
            continue
        if i2 > i1:
            ops.append(Op("delete", "".join(before[i1:i2])))
        if j2 > j1:
            ops.append(Op("insert", "".join(after[j1:j2])))
    return tidy(ops)


def assert_valid(a, b, ops) -> None:
    """Contiguous, complete, and equal where it says so: the script turns `a` into `b`."""
    i = j = 0
    for tag, i1, i2, j1, j2 in ops:
        assert (i1, j1) == (i, j)
        if tag == "equal":
            assert list(a[i1:i2]) == list(b[j1:j2])
        i, j = i2, j2
    assert (i, j) == (len(a), len(b))


@pytest.mark.parametrize("words, share, seed", [(600, 0.01, 1), (900, 0.02, 2), (600, 0.1, 3)])
def test_long_prose_is_marked_as_difflib_marks_it(words, share, seed):
    old = prose(words, seed)
    new = revised(old, share, seed + 10)
    assert len(tokens(" ".join(old))) ** 2 > alignment.SMALL  # the narrowed path, not difflib
    assert word_ops(" ".join(old), " ".join(new)) == difflib_word_ops(" ".join(old),
                                                                      " ".join(new))


def test_a_long_text_without_sentences_marks_only_the_changed_words():
    old = ["woord"] * 3000
    new = list(old)
    new[1000], new[2000] = "ander", "nieuw"
    ops = word_ops(" ".join(old), " ".join(new))
    assert [op.text for op in ops if op.op != "equal"] == ["woord", "ander", "woord", "nieuw"]


def test_an_insertion_of_sentences_stays_one_insertion():
    old = prose(800, 4)
    middle = len(old) // 2
    while not old[middle - 1].endswith("."):
        middle += 1
    added = ["Dit", "is", "een", "nieuwe", "zin.", "En", "nog", "een."]
    new = old[:middle] + added + old[middle:]
    ops = word_ops(" ".join(old), " ".join(new))
    assert [op for op in ops if op.op != "equal"] == [Op("insert", " ".join(added) + " ")]


def test_too_many_differences_without_units_are_one_replacement():
    old, new = ["a", "b"] * 2000, ["b", "c"] * 2000
    assert alignment._middle(old, new, 0, len(old), 0, len(new), len(alignment.UNIT_ENDS)) == [
        ("replace", 0, 4000, 0, 4000)]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", " ", ".", ","]), min_size=0, max_size=700),
       st.lists(st.tuples(st.integers(0, 699), st.sampled_from(["a", "d", ".", ""])),
                max_size=40))
def test_every_alignment_is_a_valid_edit_script(a, edits):
    b = list(a)
    for position, replacement in edits:
        if position < len(b):
            b[position:position + 1] = [replacement] if replacement else []
    assert_valid(a, b, alignment.opcodes(a, b))
    assert_valid(a, b, alignment._myers(a, b, 0, len(a), 0, len(b)))
