"""Writing a section's redline as Markdown source with its changes marked.

How a deletion and an insertion are marked is the caller's (`<del>`/`<ins>` for Markdown and
HTML, colours or `[-...-]{+...+}` for a terminal); where the marks go is decided here, the same
for all. Marks never cover a paragraph's structural prefix or a table's `|`, and paragraphs
are joined so that each keeps its own block: a list item follows a list item or a table row a
table row on the next line, anything else after a blank line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .context import Gap
from .labels import ELLIPSIS
from .model import Op, SectionDiff, Step
from .sections import Paragraph
from .words import cells

_EDGES = re.compile(r"^(\s*)(.*?)(\s*)$", re.DOTALL)


@dataclass(frozen=True)
class Marks:
    deleted: Callable[[str], str]
    inserted: Callable[[str], str]

    def mark(self, op: str, text: str, inner: bool = False) -> str:
        """`text` marked as `op` (delete or insert). Whitespace alone is not marked (a deleted
        space is left out); with `inner`, whitespace around the text stays outside the mark
        (the padding of a table cell)."""
        lead, core, trail = _EDGES.match(text).groups()
        if not core:
            return "" if op == "delete" else text
        wrap = self.deleted if op == "delete" else self.inserted
        return lead + wrap(core) + trail if inner else wrap(text)


def marked_ops(ops: tuple[Op, ...] | list[Op], marks: Marks) -> str:
    return "".join(op.text if op.op == "equal" else marks.mark(op.op, op.text) for op in ops)


def _whole(paragraph: Paragraph, op: str, marks: Marks) -> str:
    """A deleted or inserted paragraph, its content marked (cell by cell in a table row)."""
    if paragraph.kind == "table":
        parts = cells(paragraph.content)
        if len(parts) > 2 and not set(paragraph.content) <= set("|-: "):
            inner = [marks.mark(op, part, inner=True) for part in parts[1:-1]]
            return "|".join([parts[0], *inner, parts[-1]])
        return paragraph.content
    return paragraph.prefix + marks.mark(op, paragraph.content, inner=True)


def marked_paragraph(step: Step, marks: Marks) -> str:
    """The paragraph of `step` as Markdown, its changes marked."""
    if step.status == "equal":
        return step.new.text
    if step.status == "deleted":
        return _whole(step.old, "delete", marks)
    if step.status == "inserted":
        return _whole(step.new, "insert", marks)
    return step.new.prefix + marked_ops(step.ops, marks)


def marked_heading(section: SectionDiff, marks: Marks) -> str:
    """The section's heading text, its changes marked (the whole of it for a section added or
    removed); with the `##` section it belongs to in front."""
    step = section.heading
    if step is None:
        text = ""
    elif step.status == "changed":
        text = marked_ops(step.ops, marks)
    elif step.status == "equal":
        text = step.new.content
    else:
        text = marks.mark("delete" if step.status == "deleted" else "insert",
                          step.paragraph.content)
    return f"{section.parent} › {text}" if section.parent else text


def _group(paragraph: Paragraph | None) -> str | None:
    return paragraph.kind if paragraph and paragraph.kind in ("list", "table", "quote") else None


def marked_body(items: list[Step | Gap], marks: Marks) -> str:
    """The visible body of a section as Markdown: steps and gaps (an ellipsis paragraph, or a
    row of ellipses inside a table)."""
    out: list[str] = []
    previous: Paragraph | None = None
    for item in items:
        if isinstance(item, Gap):
            if item.cells:  # a row of the table
                out.append("\n|" + f" {ELLIPSIS} |" * item.cells)
                continue
            if item.prefix:  # an item of the list
                out.append("\n" + item.prefix + ELLIPSIS)
                continue
            out.append(("\n\n" if out else "") + ELLIPSIS)
            previous = None
            continue
        paragraph = item.paragraph
        same_block = (paragraph.sep == "\n" and previous is not None
                      and _group(previous) == _group(paragraph) is not None)
        separator = "\n" if same_block else "\n\n"
        out.append((separator if out else "") + marked_paragraph(item, marks))
        previous = paragraph
    return "".join(out)
