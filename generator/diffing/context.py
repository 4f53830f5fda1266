"""Which paragraphs of a changed section a reader is shown: the changes with a little context.

Each changed paragraph comes with `CONTEXT` unchanged paragraphs on either side. What the
Markdown needs to stay whole comes too: a nested list item brings the items it is nested in,
an item of a numbered list the list's earlier top-level items (Markdown numbers from 1 whatever
the first number says), and a table row the table's header. What is left out is a `Gap`, shown
as an ellipsis: a paragraph of its own, or, inside a list or a table, an item or a row. An added
or removed section is shown whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import SectionDiff, Step
from .words import cells

CONTEXT = 1
NESTING = 4


@dataclass(frozen=True, slots=True)
class Gap:
    """Paragraphs left out. Inside a table, `cells` is the width of the ellipsis row; inside a
    list, `prefix` is the ellipsis item's marker with its indentation."""

    cells: int = 0
    prefix: str = ""


def _block_start(steps: tuple[Step, ...], index: int) -> int:
    """The first paragraph of the list, table or quote that the paragraph at `index` is in."""
    while index > 0 and steps[index].paragraph.sep == "\n":
        index -= 1
    return index


def _needed(steps: tuple[Step, ...], index: int) -> set[int]:
    """What must be shown with the paragraph at `index` for its Markdown to stay whole."""
    paragraph = steps[index].paragraph
    start = _block_start(steps, index)
    if paragraph.kind == "table":
        return {start, min(start + 1, index)}  # the header and its delimiter row
    if paragraph.kind != "list":
        return set()
    needed, indent, position = set(), paragraph.indent, index
    while indent > 0 and position > start:  # the items it is nested in
        position -= 1
        if steps[position].paragraph.indent < indent:
            needed.add(position)
            indent = steps[position].paragraph.indent
    if steps[position].paragraph.ordered and indent == 0:
        needed |= {earlier for earlier in range(start, position)
                   if steps[earlier].paragraph.indent == 0}
    return needed


def _gap(steps: tuple[Step, ...], start: int, end: int) -> Gap:
    """The gap for the paragraphs from `start` to `end` (excluded) that are left out."""
    skipped = [steps[index].paragraph for index in range(start, end)]
    previous = steps[start - 1].paragraph if start else None
    goes_on = end < len(steps) and steps[end].paragraph.sep == "\n"  # the block goes on
    if previous is None or not goes_on or any(item.sep != "\n" for item in skipped):
        return Gap()
    kinds = {item.kind for item in skipped}
    if kinds == {"table"} and previous.kind == "table":
        return Gap(cells=max(1, len(cells(previous.content)) - 2))
    if kinds == {"list"} and previous.kind == "list":
        shallowest = min(skipped, key=lambda item: item.indent)
        indent = min(shallowest.indent, previous.indent + NESTING)
        # Never a top-level item of a numbered list: those are all shown (see `_needed`).
        return Gap(prefix=" " * indent + "- ")
    return Gap()


def visible(section: SectionDiff) -> list[Step | Gap]:
    """The body of `section` as it is shown: steps, and gaps where paragraphs are left out."""
    steps = section.body
    if section.status != "changed":
        return list(steps)
    shown: set[int] = set()
    for index, step in enumerate(steps):
        if step.status != "equal" or step.old.sep != step.new.sep:
            shown.update(range(max(0, index - CONTEXT), min(len(steps), index + CONTEXT + 1)))
    if not shown:  # only the heading changed
        return []
    for index in sorted(shown):
        shown |= _needed(steps, index)
    result: list[Step | Gap] = []
    index = 0
    while index < len(steps):
        if index in shown:
            result.append(steps[index])
            index += 1
            continue
        end = index
        while end < len(steps) and end not in shown:
            end += 1
        result.append(_gap(steps, index, end))
        index = end
    return result
