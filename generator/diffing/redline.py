"""The redline of one document: which sections changed, and how, paragraph by paragraph.

Sections are matched by their heading (an article by its title, whatever its number), then
paragraphs within a section by their text. Where the old and new sequences differ, a removed
and an added item that are alike enough (half their words in common, same kind of block) are
taken as one item that changed: a renamed purpose is its section with a changed heading, an
edited sentence is its paragraph with a few words marked. Only then are words compared.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from difflib import SequenceMatcher
from typing import TypeVar

from .model import SectionDiff, Step
from .sections import Paragraph, Section, split_sections
from .words import cells, similarity, word_ops

ALIKE = 0.5
Item = TypeVar("Item")
Pair = tuple  # (old item or None, new item or None)


def _align(old: Sequence[Item], new: Sequence[Item], key: Callable[[Item], object],
           alike: Callable[[Item, Item], bool]) -> Iterator[Pair]:
    """Pairs (old, new) in order: equal keys first, then alike items within each stretch that
    differs; an item without a counterpart comes with None. Deterministic."""
    matcher = SequenceMatcher(None, [key(item) for item in old], [key(item) for item in new],
                              autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            yield from zip(old[i1:i2], new[j1:j2], strict=True)
            continue
        start = j1
        for before in old[i1:i2]:
            match = next((j for j in range(start, j2) if alike(before, new[j])), None)
            if match is None:
                yield before, None
                continue
            for after in new[start:match]:
                yield None, after
            yield before, new[match]
            start = match + 1
        for after in new[start:j2]:
            yield None, after


def _paragraphs_alike(old: Paragraph, new: Paragraph) -> bool:
    if old.kind != new.kind or old.indent != new.indent:
        return False
    if old.kind == "heading" and old.prefix != new.prefix:
        return False
    if old.kind == "table" and len(cells(old.content)) != len(cells(new.content)):
        return False
    return similarity(old.content, new.content) >= ALIKE


def diff_paragraphs(old: Sequence[Paragraph], new: Sequence[Paragraph],
                    force: bool = False) -> tuple[Step, ...]:
    """The steps from `old` to `new`; with `force`, paragraphs of the same kind are paired
    however little they have in common."""
    alike = (lambda before, after: before.prefix == after.prefix) if force else _paragraphs_alike
    steps = []
    for before, after in _align(old, new, lambda paragraph: paragraph.key, alike):
        if after is None:
            steps.append(Step("deleted", before, None))
        elif before is None:
            steps.append(Step("inserted", None, after))
        elif before.text == after.text:
            steps.append(Step("equal", before, after))
        else:
            ops = word_ops(before.content, after.content, table=before.kind == "table")
            steps.append(Step("changed", before, after, tuple(ops)))
    return tuple(steps)


def _section_steps(old: Section, new: Section) -> tuple[Step, ...]:
    """The steps of two sections taken as one: their headings always face each other."""
    if old.level and new.level:
        heading = diff_paragraphs(old.paragraphs[:1], new.paragraphs[:1], force=True)
        return heading + diff_paragraphs(old.paragraphs[1:], new.paragraphs[1:])
    return diff_paragraphs(old.paragraphs, new.paragraphs)


def _sections_alike(old: Section, new: Section) -> bool:
    return old.level == new.level and similarity(old.text, new.text) >= ALIKE


def _whole(document: str, lang: str, section: Section, status: str) -> SectionDiff:
    step = "inserted" if status == "added" else "deleted"
    steps = tuple(Step(step, None, paragraph) if step == "inserted"
                  else Step(step, paragraph, None) for paragraph in section.paragraphs)
    return SectionDiff(document, lang, status, section.level, section.title, section.parent,
                       steps)


def diff_document(document: str, lang: str, old_body: str | None,
                  new_body: str | None) -> list[SectionDiff]:
    """The sections that changed from `old_body` to `new_body` (document bodies without front
    matter; None when that version has no such document), in the newer document's order."""
    if old_body == new_body:
        return []
    old = split_sections(old_body) if old_body is not None else ()
    new = split_sections(new_body) if new_body is not None else ()
    changed: list[SectionDiff] = []
    for before, after in _align(old, new, lambda section: section.key, _sections_alike):
        if before is None:
            changed.append(_whole(document, lang, after, "added"))
        elif after is None:
            changed.append(_whole(document, lang, before, "removed"))
        elif before.text != after.text:
            steps = _section_steps(before, after)
            changed.append(SectionDiff(document, lang, "changed", after.level, after.title,
                                       after.parent, steps))
    return changed
