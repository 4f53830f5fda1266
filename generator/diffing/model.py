"""What a diff between two versions holds: the substantive changes and the redline.

Plain frozen data, built by `compare` and read by the reports; nothing here formats text.

An operation (`Op`) is one stretch of a section's Markdown: `equal` (in both versions),
`delete` (only in the older) or `insert` (only in the newer). A section's operations, joined,
give back both versions exactly: the `equal` and `delete` texts make the older section, the
`equal` and `insert` texts the newer one (its heading line included).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from ..archive.substance import Change
from ..profile.model import Profile
from .sections import Paragraph

DRAFT = "draft"
OPS = ("equal", "delete", "insert")


@dataclass(frozen=True, slots=True)
class Op:
    op: str     # equal | delete | insert
    text: str

    def to_json(self) -> dict[str, str]:
        return {"op": self.op, "text": self.text}


@dataclass(frozen=True, slots=True)
class Step:
    """One paragraph of a section's redline: `equal` and `changed` have both paragraphs,
    `deleted` only the old one, `inserted` only the new one. `ops` are the word operations of
    a changed paragraph's content."""

    status: str                  # equal | changed | deleted | inserted
    old: Paragraph | None
    new: Paragraph | None
    ops: tuple[Op, ...] = ()

    @property
    def paragraph(self) -> Paragraph:
        """The paragraph as the reader of the redline sees it: the new one where there is one."""
        return self.new if self.new is not None else self.old  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class SectionDiff:
    """A section that changed: `changed`, `added` (only in the newer version) or `removed`."""

    document: str
    lang: str
    status: str
    level: int
    title: str                   # the heading (the newer one, unless the section was removed)
    parent: str | None           # the `##` section a `###` section belongs to
    steps: tuple[Step, ...]      # the heading first, when the section has one

    @property
    def heading(self) -> Step | None:
        return self.steps[0] if self.level and self.steps else None

    @property
    def body(self) -> tuple[Step, ...]:
        return self.steps[1:] if self.heading is not None else self.steps

    def ops(self) -> list[Op]:
        """The section's operations from its first paragraph to its last, adjacent ones of the
        same kind merged (see the module docstring)."""
        ops: list[Op] = []
        for step in self.steps:
            ops.extend(_step_ops(step))
        merged: list[Op] = []
        for op in ops:
            if not op.text:
                continue
            if merged and merged[-1].op == op.op:
                merged[-1] = Op(op.op, merged[-1].text + op.text)
            else:
                merged.append(op)
        return merged


def _step_ops(step: Step) -> list[Op]:
    old, new = step.old, step.new
    if old is None:
        return [Op("insert", new.sep + new.text)]
    if new is None:
        return [Op("delete", old.sep + old.text)]
    ops = ([Op("equal", new.sep)] if old.sep == new.sep
           else [Op("delete", old.sep), Op("insert", new.sep)])
    if step.status == "equal":
        return ops + [Op("equal", new.text)]
    ops += ([Op("equal", new.prefix)] if old.prefix == new.prefix
            else [Op("delete", old.prefix), Op("insert", new.prefix)])
    return ops + list(step.ops)


@dataclass(frozen=True)
class VersionDiff:
    """Everything that changed from one version of an organisation's profile to another.

    `to_version` is a version number, or `DRAFT` for the current profile, not yet published.
    `sections` holds only the sections that changed, per document and language, in the order
    of `documents` and `languages`, each in document order.
    """

    organisation: str
    from_version: str
    to_version: str
    from_effective: datetime.date | None
    to_effective: datetime.date | None
    old_profile: Profile
    new_profile: Profile
    languages: tuple[str, ...]
    documents: tuple[str, ...]
    changes: tuple[Change, ...]
    sections: tuple[SectionDiff, ...]

    @property
    def is_draft(self) -> bool:
        return self.to_version == DRAFT

    @property
    def material(self) -> tuple[Change, ...]:
        return tuple(change for change in self.changes if change.material)

    def sections_of(self, document: str, lang: str) -> tuple[SectionDiff, ...]:
        return tuple(section for section in self.sections
                     if section.document == document and section.lang == lang)
