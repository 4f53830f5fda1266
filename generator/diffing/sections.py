"""A rendered document as the redline sees it: sections made of paragraphs.

A section runs from a `#`, `##` or `###` heading to the next one (the statement's sections and
subsections, the regulation's articles); text before the first heading is a section without a
heading. A paragraph is a block of the Markdown: a heading, a block of prose, and each list item,
table row and quoted line on its own, so that changing one never touches the markup of another.
A paragraph keeps its structural prefix (`### `, `    - `, `1. `, `> `) apart from its content:
the redline marks words in the content and leaves the prefix alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FRONT_MATTER_END = "\n---\n"
_SECTION_HEADING = re.compile(r"(#{1,3}) +(.*?)\s*$")
_HEADING = re.compile(r"(#{1,6}) +")
_LIST_ITEM = re.compile(r"( *)([-*+]|\d{1,9}[.)]) +")
_QUOTE = re.compile(r"> ?")
_ARTICLE_NUMBER = re.compile(r"^(?:Artikel|Article|Art\.)\s+\d+[a-z]?\s+", re.IGNORECASE)
_ORDINAL = re.compile(r"\d+")


def strip_front_matter(document: str) -> str:
    """A published document without its YAML front matter (as `privdocs show` prints it)."""
    if document.startswith("---\n") and _FRONT_MATTER_END in document:
        return document.split(_FRONT_MATTER_END, 1)[1].lstrip("\n")
    return document


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block: `sep` is what stands before it in its section ("" for the first, "\\n" inside
    a list, table or quote, "\\n\\n" after a blank line)."""

    sep: str
    kind: str       # heading | list | table | quote | prose
    prefix: str     # the structural part: "### ", "    - ", "1. ", "> " or ""
    content: str

    @property
    def text(self) -> str:
        return self.prefix + self.content

    @property
    def indent(self) -> int:
        return len(self.prefix) - len(self.prefix.lstrip(" "))

    @property
    def ordered(self) -> bool:
        return self.kind == "list" and self.prefix.strip()[:1].isdigit()

    @property
    def key(self) -> tuple:
        """What makes two paragraphs the same: a renumbered list item is still the same item."""
        prefix = _ORDINAL.sub("1", self.prefix) if self.ordered else self.prefix
        return (self.kind, prefix, self.content)


@dataclass(frozen=True, slots=True)
class Section:
    level: int                  # 1-3; 0 for the text before the first heading
    title: str                  # the heading's text; "" without a heading
    parent: str | None          # the `##` section a `###` section belongs to
    key: tuple                  # what identifies the section across versions
    paragraphs: tuple[Paragraph, ...]

    @property
    def text(self) -> str:
        return "".join(paragraph.sep + paragraph.text for paragraph in self.paragraphs)


def _starts_block(line: str) -> tuple[str, str] | None:
    """(kind, prefix) when `line` opens a paragraph of its own, else None."""
    for kind, pattern in (("heading", _HEADING), ("list", _LIST_ITEM)):
        match = pattern.match(line)
        if match:
            return kind, match.group(0)
    if line.startswith("|"):
        return "table", ""
    match = _QUOTE.match(line)
    if match:
        return "quote", match.group(0)
    return None


def split_paragraphs(lines: list[str]) -> tuple[Paragraph, ...]:
    paragraphs: list[Paragraph] = []
    sep = ""
    for line in lines:
        if not line.strip():
            if paragraphs:
                sep = "\n\n"
            continue
        opened = _starts_block(line)
        current = paragraphs[-1] if paragraphs else None
        joins = (opened is None and current is not None and sep == "\n"
                 and current.kind in ("prose", "list"))
        if joins:  # a wrapped line of prose, or the continuation of a list item
            paragraphs[-1] = Paragraph(current.sep, current.kind, current.prefix,
                                       current.content + "\n" + line)
        else:
            kind, prefix = opened or ("prose", "")
            paragraphs.append(Paragraph(sep, kind, prefix, line[len(prefix):]))
        sep = "\n"
    return tuple(paragraphs)


def _identity(title: str) -> str:
    """A heading without its article number, so that a renumbered article is still itself."""
    return _ARTICLE_NUMBER.sub("", title).strip().casefold()


def split_sections(body: str) -> tuple[Section, ...]:
    """The sections of a document body (without front matter), in order."""
    groups: list[tuple[int, str, list[str]]] = [(0, "", [])]
    for line in body.splitlines():
        match = _SECTION_HEADING.fullmatch(line)
        if match:
            groups.append((len(match.group(1)), match.group(2), [line]))
        else:
            groups[-1][2].append(line)
    sections: list[Section] = []
    parent: str | None = None
    seen: dict[tuple, int] = {}
    for level, title, lines in groups:
        paragraphs = split_paragraphs(lines)
        if not paragraphs:
            continue
        if level <= 2:
            parent = title if level == 2 else None
        owner = parent if level == 3 else None
        identity = (level, _identity(owner) if owner else "", _identity(title))
        seen[identity] = seen.get(identity, 0) + 1
        sections.append(Section(level, title, owner, identity + (seen[identity],), paragraphs))
    return tuple(sections)
