"""Aligning two token sequences in near-linear time, with difflib's output where it is small.

`difflib.SequenceMatcher` finds the longest common stretch, then recurses on both sides: readable
diffs, but its cost grows with the square of the length (and worse with a small vocabulary,
where every word has many places to match). Redlines keep its output where it is cheap, and
narrow the problem first where it is not:

1. the common beginning and end are equal as they are (one scan each);
2. the middle is cut into units: sentences, or failing those clauses, each ending after a
   token such as `.` or `,`; the units are aligned as wholes (each is a single, mostly unique
   item, so difflib is fast on them);
3. a stretch of units that differ is aligned token by token: sentence by sentence where both
   sides have as many, or as one stretch, which is short since a change touches a few
   sentences;
4. a long stretch without any unit end is aligned by Myers' O(ND) algorithm (the shortest
   edit script, in time proportional to the length times the number of differences); past
   `MAX_EDITS` differences it is one replacement, which is what such a stretch has become.

A 16,000-word text with 1 % of its words changed then costs about four times a 4,000-word one
(`benchmarks/diff_scaling.py`), where difflib alone costs some hundred times more.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

Opcode = tuple[str, int, int, int, int]  # as difflib's get_opcodes: tag, i1, i2, j1, j2

# Below this many token pairs (len(a) x len(b)), difflib alone is fast enough: about 30 ms.
SMALL = 250 * 250
# Beyond this many single-token edits in one stretch without units, it counts as replaced.
MAX_EDITS = 1500
# Tokens after which a unit ends: sentences first, then clauses.
UNIT_ENDS: tuple[frozenset[str], ...] = (frozenset({".", "!", "?", ";"}),
                                         frozenset({",", ":"}))


def _difflib(a: Sequence, b: Sequence, i: int, j: int) -> list[Opcode]:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return [(tag, i + i1, i + i2, j + j1, j + j2)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes()]


def _units(tokens: Sequence, start: int, end: int, ends: frozenset[str]) -> list[tuple[int, int]]:
    """`tokens[start:end]` cut after every token in `ends`: [(start, end), ...]."""
    cuts, begin = [], start
    for index in range(start, end):
        if tokens[index] in ends:
            cuts.append((begin, index + 1))
            begin = index + 1
    if begin < end:
        cuts.append((begin, end))
    return cuts


def _middle(a: Sequence, b: Sequence, i1: int, i2: int, j1: int, j2: int,
            level: int = 0) -> list[Opcode]:
    if i1 == i2 or j1 == j2:
        if i1 == i2 and j1 == j2:
            return []
        return [("insert" if i1 == i2 else "delete", i1, i2, j1, j2)]
    if (i2 - i1) * (j2 - j1) <= SMALL:
        return _difflib(a[i1:i2], b[j1:j2], i1, j1)
    if level >= len(UNIT_ENDS):
        return _myers(a, b, i1, i2, j1, j2)
    units_a = _units(a, i1, i2, UNIT_ENDS[level])
    units_b = _units(b, j1, j2, UNIT_ENDS[level])
    if len(units_a) == 1 and len(units_b) == 1:
        return _middle(a, b, i1, i2, j1, j2, level + 1)
    keys_a = [tuple(a[start:end]) for start, end in units_a]
    keys_b = [tuple(b[start:end]) for start, end in units_b]
    ops: list[Opcode] = []
    for tag, u1, u2, v1, v2 in SequenceMatcher(None, keys_a, keys_b,
                                               autojunk=False).get_opcodes():
        start_a = units_a[u1][0] if u1 < len(units_a) else i2
        end_a = units_a[u2 - 1][1] if u2 > u1 else start_a
        start_b = units_b[v1][0] if v1 < len(units_b) else j2
        end_b = units_b[v2 - 1][1] if v2 > v1 else start_b
        if tag == "equal":
            ops.append(("equal", start_a, end_a, start_b, end_b))
        elif u2 - u1 == v2 - v1 and u2 - u1 > 1:
            for (sa, ea), (sb, eb) in zip(units_a[u1:u2], units_b[v1:v2], strict=True):
                ops.extend(_middle(a, b, sa, ea, sb, eb, level))
        elif (u2 - u1, v2 - v1) == (len(units_a), len(units_b)):
            ops.extend(_middle(a, b, start_a, end_a, start_b, end_b, level + 1))
        else:
            ops.extend(_middle(a, b, start_a, end_a, start_b, end_b, level))
    return ops


def _myers(a: Sequence, b: Sequence, i1: int, i2: int, j1: int, j2: int) -> list[Opcode]:
    """The shortest edit script from `a[i1:i2]` to `b[j1:j2]` (Myers 1986, greedy forward
    search with the furthest point of every diagonal kept per round for the way back)."""
    n, m = i2 - i1, j2 - j1
    furthest: dict[int, int] = {1: 0}
    rounds: list[dict[int, int]] = []
    for edits in range(min(n + m, MAX_EDITS) + 1):
        rounds.append(dict(furthest))
        for diagonal in range(-edits, edits + 1, 2):
            if diagonal == -edits or (diagonal != edits and
                                      furthest[diagonal - 1] < furthest[diagonal + 1]):
                x = furthest[diagonal + 1]  # from the diagonal above: an insertion
            else:
                x = furthest[diagonal - 1] + 1  # from the one below: a deletion
            y = x - diagonal
            while x < n and y < m and a[i1 + x] == b[j1 + y]:
                x, y = x + 1, y + 1
            furthest[diagonal] = x
            if x >= n and y >= m:
                return _script(rounds, n, m, i1, j1)
    return [("replace", i1, i2, j1, j2)]


def _script(rounds: list[dict[int, int]], n: int, m: int, i1: int, j1: int) -> list[Opcode]:
    """Walk the rounds back from the end: equal runs, and the edits between them."""
    x, y, steps = n, m, []
    for edits in range(len(rounds) - 1, -1, -1):
        furthest, diagonal = rounds[edits], x - y
        if diagonal == -edits or (diagonal != edits and
                                  furthest.get(diagonal - 1, -1) < furthest.get(diagonal + 1, -1)):
            previous = diagonal + 1
        else:
            previous = diagonal - 1
        start_x = furthest.get(previous, 0)
        start_y = start_x - previous
        while x > start_x and y > start_y:
            x, y = x - 1, y - 1
            steps.append(("equal", x, y))
        if edits:
            steps.append(("insert", x, start_y) if x == start_x else ("delete", start_x, y))
        x, y = start_x, start_y
    ops: list[Opcode] = []
    for tag, x, y in reversed(steps):
        if tag == "equal":
            ops.append(("equal", i1 + x, i1 + x + 1, j1 + y, j1 + y + 1))
        elif tag == "delete":
            ops.append(("delete", i1 + x, i1 + x + 1, j1 + y, j1 + y))
        else:
            ops.append(("insert", i1 + x, i1 + x, j1 + y, j1 + y + 1))
    return _changes_joined(ops)


def _changes_joined(ops: list[Opcode]) -> list[Opcode]:
    """Runs of single-token operations as difflib writes them: equal runs, and between them one
    delete, insert or replace."""
    joined: list[Opcode] = []
    for tag, i1, i2, j1, j2 in ops:
        if joined and (joined[-1][0] == "equal") == (tag == "equal"):
            last, start_i, _, start_j, _ = joined[-1]
            if tag != "equal":
                deleted, inserted = i2 > start_i, j2 > start_j
                tag = "replace" if deleted and inserted else "delete" if deleted else "insert"
            joined[-1] = (tag, start_i, i2, start_j, j2)
        else:
            joined.append((tag, i1, i2, j1, j2))
    return joined


def _merged(ops: list[Opcode]) -> list[Opcode]:
    """Adjacent operations of one kind as one, as difflib gives them."""
    merged: list[Opcode] = []
    for op in ops:
        if op[1] == op[2] and op[3] == op[4]:
            continue
        if merged and merged[-1][0] == op[0] and op[0] == "equal":
            tag, i1, _, j1, _ = merged[-1]
            merged[-1] = (tag, i1, op[2], j1, op[4])
        else:
            merged.append(op)
    return merged


def opcodes(a: Sequence, b: Sequence) -> list[Opcode]:
    """difflib-style opcodes turning `a` into `b`; exactly difflib's when both are short."""
    if len(a) * len(b) <= SMALL:
        return _difflib(a, b, 0, 0)
    shortest = min(len(a), len(b))
    head = 0
    while head < shortest and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < shortest - head and a[len(a) - 1 - tail] == b[len(b) - 1 - tail]:
        tail += 1
    ops: list[Opcode] = [("equal", 0, head, 0, head)]
    ops += _middle(a, b, head, len(a) - tail, head, len(b) - tail)
    ops.append(("equal", len(a) - tail, len(a), len(b) - tail, len(b)))
    return _merged(ops)


def matching(a: Sequence, b: Sequence) -> int:
    """How many items of `a` the alignment keeps in `b`."""
    return sum(i2 - i1 for tag, i1, i2, _j1, _j2 in opcodes(a, b) if tag == "equal")


def ratio(a: Sequence, b: Sequence) -> float:
    """difflib's ratio (2 x matches / total), from `opcodes`."""
    total = len(a) + len(b)
    return 2.0 * matching(a, b) / total if total else 1.0
