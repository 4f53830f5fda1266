"""Explaining tabs and wrong indentation in our own words, where libyaml's would puzzle.

libyaml reports a tab or a line indented one space too far as "found character '\\t' that cannot
start any token" or "mapping values are not allowed here", in words that change between
releases. When parsing fails, the text itself is examined: a tab in a line's indentation, a line
indented under a key that already has a value, or a line whose indentation matches no level
above it. Each is explained with its line and column; anything else keeps libyaml's words.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogs import N_

TAB = N_("Line {line} is indented with a tab: YAML allows only spaces for indentation. Replace "
         "the tab with spaces.")
UNDER_VALUE = N_("Line {line} is indented further than line {previous}, but the key on line "
                 "{previous} already has a value: indent line {line} like line {previous}, or "
                 "move the value of line {previous} onto its own lines.")
NO_LEVEL = N_("Line {line} is indented by {spaces} spaces, which matches no level above it "
              "({levels} spaces): indent it exactly like the key it belongs with.")


@dataclass(frozen=True)
class Explanation:
    line: int
    column: int
    msgid: str
    args: dict


def _content_lines(lines: list[str], upto: int) -> list[tuple[int, str]]:
    """(index, line) of the lines before `upto` that hold more than blanks or a comment."""
    return [(index, line) for index, line in enumerate(lines[:upto])
            if line.strip() and not line.lstrip().startswith("#")]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _opens_block(line: str) -> bool:
    """The line ends where a nested block may follow: `key:`, `- `, `|` or `>`."""
    stripped = line.split(" #")[0].rstrip()
    return stripped.endswith((":", "|", ">", "-", "|-", ">-", "|+", ">+"))


def explain(text: str, error_line: int) -> Explanation | None:
    """Our explanation of a parse error reported on `error_line` (0-based), or None."""
    lines = text.split("\n")
    for index, line in enumerate(lines[:error_line + 1]):
        leading = line[:len(line) - len(line.lstrip(" \t"))]
        if "\t" in leading:
            return Explanation(index + 1, leading.index("\t") + 1, TAB, {"line": index + 1})
    if error_line >= len(lines):
        return None
    for index in (error_line, error_line - 1):
        explanation = _indentation_at(lines, index)
        if explanation is not None:
            return explanation
    return None


def _indentation_at(lines: list[str], index: int) -> Explanation | None:
    if index < 0 or not lines[index].strip() or lines[index].lstrip().startswith("#"):
        return None
    before = _content_lines(lines, index)
    if not before:
        return None
    current = _indent(lines[index])
    previous_index, previous = before[-1]
    if current > _indent(previous) and not _opens_block(previous) \
            and not previous.lstrip().startswith("- ") and ":" in previous:
        return Explanation(index + 1, current + 1, UNDER_VALUE,
                           {"line": index + 1, "previous": previous_index + 1})
    # The levels still open at this line: each earlier line less indented than the one after it.
    levels = []
    for _, line in reversed(before):
        indent = _indent(line)
        if not levels or indent < levels[-1]:
            levels.append(indent)
    if current < _indent(previous) and current not in levels:
        return Explanation(index + 1, current + 1, NO_LEVEL,
                           {"line": index + 1, "spaces": current,
                            "levels": ", ".join(str(level) for level in sorted(levels))})
    return None
