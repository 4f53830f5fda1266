"""Word-level differences inside one paragraph.

The content is cut into tokens that never split what a reader or Markdown sees as one thing:
whole words (with their inner apostrophes and hyphens: "foto's", "e-mail"), and whole inline
constructs (`**strong**`, `*emphasis*`, `` `code` ``, `[links](...)`, `<autolinks>`, escapes).
A change therefore covers whole words, and `<del>`/`<ins>` never cut a construct in two. Table
rows are compared cell by cell, so a marked change never spans a `|`.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from . import alignment
from .model import Op

_TOKEN = re.compile(r"""
      \*\*(?:[^*\n]|\*(?!\*))+?\*\*           # **strong**
    | (?<![\w*])\*[^*\s](?:[^*\n]*?[^*\s])?\*(?![\w*])   # *emphasis*
    | (?<!\w)_[^_\s](?:[^_\n]*?[^_\s])?_(?!\w)           # _emphasis_
    | (`+).+?\1                                # `code`
    | !?\[[^\]\n]*\]\([^)\n]*\)                # [link](address)
    | <[^<>\s]+>                               # <https://autolink>, <mail@autolink>
    | \\.                                      # an escaped character
    | &\#?\w+;                                 # an entity
    | \w+(?:(?:['’-]|(?<=\d)[.,:/](?=\d))\w+)*  # a word, a number: foto's, 1.0, 2026-10-01
    | \s+
    | .
""", re.VERBOSE)
_CELL_SEPARATOR = re.compile(r"(?<!\\)\|")
# An unchanged stretch this small between two changes is absorbed into them: "[-a-] [-b-]"
# reads worse than "[-a b-]".
_ABSORBED = re.compile(r"[^\w]{0,3}")
_LEADING_SPACE = re.compile(r"\s*")
_TRAILING_SPACE = re.compile(r"\s*$")


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[str, ...]:
    return tuple(match.group(0) for match in _TOKEN.finditer(text))


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """The tokens that carry meaning, for judging how alike two paragraphs are."""
    return tuple(token for token in tokens(text) if not token.isspace())


def similarity(old: str, new: str) -> float:
    """How alike two texts are, from 0 to 1, counting words and inline constructs."""
    before, after = words(old), words(new)
    if not before and not after:
        return 1.0
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    if matcher.real_quick_ratio() < 0.5 or matcher.quick_ratio() < 0.5:
        return matcher.quick_ratio()  # both bounds are linear; the full ratio is not needed
    return alignment.ratio(before, after)


def cells(row: str) -> list[str]:
    """A table row cut at its `|` separators: `| a | b |` -> ["", " a ", " b ", ""]."""
    return _CELL_SEPARATOR.split(row)


def _raw_ops(old: str, new: str) -> list[Op]:
    before, after = tokens(old), tokens(new)
    ops: list[Op] = []
    for tag, i1, i2, j1, j2 in alignment.opcodes(before, after):
        if tag == "equal":
            ops.append(Op("equal", "".join(before[i1:i2])))
            continue
        if i2 > i1:
            ops.append(Op("delete", "".join(before[i1:i2])))
        if j2 > j1:
            ops.append(Op("insert", "".join(after[j1:j2])))
    return ops


def tidy(ops: list[Op], absorb: bool = True) -> list[Op]:
    """Absorb small unchanged stretches between changes (unless `absorb` is false), then write
    each run of changes as one deletion followed by one insertion; adjacent equal texts are
    merged."""
    marked = list(ops)
    for index in range(1, len(marked) - 1 if absorb else 1):
        op = marked[index]
        if (op.op == "equal" and _ABSORBED.fullmatch(op.text)
                and marked[index - 1].op != "equal" and marked[index + 1].op != "equal"):
            marked[index] = Op("both", op.text)
    result: list[Op] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        old, new = "".join(deleted), "".join(inserted)
        lead, trail = _shared_space(old, new)
        if lead:
            result.append(Op("equal", lead))
        if len(old) > len(lead) + len(trail):
            result.append(Op("delete", old[len(lead):len(old) - len(trail)]))
        if len(new) > len(lead) + len(trail):
            result.append(Op("insert", new[len(lead):len(new) - len(trail)]))
        if trail:
            result.append(Op("equal", trail))
        deleted.clear()
        inserted.clear()

    for op in marked:
        if op.op == "equal":
            flush()
            result.append(op)
            continue
        if op.op in ("delete", "both"):
            deleted.append(op.text)
        if op.op in ("insert", "both"):
            inserted.append(op.text)
    flush()
    merged: list[Op] = []
    for op in result:
        if merged and merged[-1].op == op.op == "equal":
            merged[-1] = Op("equal", merged[-1].text + op.text)
        elif op.text:
            merged.append(op)
    return merged


def _shared_space(old: str, new: str) -> tuple[str, str]:
    """The whitespace that a deletion and its insertion both start and end with, which is not
    a change: "[-public task -]{+contract +}" reads better as "[-public task-]{+contract+} "."""
    if not old or not new:
        return "", ""
    lead = _LEADING_SPACE.match(old).group(0)
    lead = lead if new.startswith(lead) and lead != old and lead != new else ""
    old, new = old[len(lead):], new[len(lead):]
    trail = _TRAILING_SPACE.search(old).group(0)
    trail = trail if new.endswith(trail) and trail != old and trail != new else ""
    return lead, trail


def word_ops(old: str, new: str, table: bool = False) -> list[Op]:
    """The operations that turn `old` into `new`: equal, delete and insert, whole words.
    With `table`, both are rows with the same number of cells, compared cell by cell."""
    if not table:
        return tidy(_raw_ops(old, new))
    ops: list[Op] = []
    for index, (before, after) in enumerate(zip(cells(old), cells(new), strict=True)):
        if index:
            ops.append(Op("equal", "|"))
        ops.extend(tidy(_raw_ops(before, after)))
    return tidy(ops, absorb=False)  # a change never spans a cell separator
