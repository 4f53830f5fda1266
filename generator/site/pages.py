"""A page of the site: its Markdown source path within a language, its title and its body.

Every page is written with front matter that MkDocs and Material read: the title, and whether
the search index takes it. Only what a reader looks for is indexed (the documents in force,
the organisations, the documentation); the permanent pages of every version are not, so a
search does not answer with each version of the same sentence.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

_ESCAPE = re.compile(r"\\(.)")


@dataclass(frozen=True)
class Page:
    source: str  # e.g. "hogeschool-kempen/1.1/statement.md"; the same in every language
    title: str
    body: str
    searchable: bool = True
    org: str | None = None  # the organisation the page is about; None for the site's own pages
    # A stand-in on the site of a language the organisation does not publish in: it says so
    # and links to its pages in the languages it has. Not a translation of the real page.
    stand_in: bool = False
    description: str = ""  # the page's <meta name="description">; empty: the site's


    def text(self) -> str:
        # JSON strings are YAML strings: the title needs no other quoting.
        lines = ["---", f"title: {json.dumps(self.title, ensure_ascii=False)}"]
        if self.description:
            lines.append(f"description: {json.dumps(self.description, ensure_ascii=False)}")
        if not self.searchable:
            lines.append("search:\n  exclude: true")
        return "\n".join(lines) + "\n---\n\n" + self.body


def split_heading(markdown: str) -> tuple[str, str]:
    """The first-level heading of a document (`# Title`) and the rest of it."""
    head, _, rest = markdown.lstrip("\n").partition("\n")
    if not head.startswith("# "):
        return "", markdown
    return head, rest.lstrip("\n")


def heading_text(heading: str) -> str:
    """The text of a Markdown heading, without its `#` and escapes, for a page title."""
    return _ESCAPE.sub(r"\1", heading.removeprefix("# ").strip())
