"""The documents privdocs writes for each profile, the formats each comes in, and their file
names.

Kept apart from `render` so that a command can offer them as choices without loading Jinja2.
"""

from __future__ import annotations

DOCUMENTS = ("statement", "regulation")
"""The documents every version carries as pages: shown on the site and compared by `diff`."""

ALL_DOCUMENTS = ("statement", "regulation", "register", "cookies", "notice")
"""Every document `render` writes: the two above, the processing register (Art. 30), the
cookie statement and the short notice of one purpose."""

FORMATS = ("markdown", "html", "fragment", "pdf", "csv", "jsonld", "text")

FORMATS_OF = {
    "statement": ("markdown", "html", "fragment", "pdf", "jsonld"),
    "regulation": ("markdown", "html", "fragment", "pdf"),
    "register": ("markdown", "csv", "html", "fragment", "pdf"),
    "cookies": ("markdown", "csv", "html", "fragment", "pdf"),
    "notice": ("markdown", "text", "html", "fragment"),
}
"""The formats each document is written in; `csv` only where the document is a table,
`jsonld` only for the statement (its DPV twin), `text` only for the notice (e-mail footers)."""

EXTENSIONS = {"markdown": "md", "html": "html", "fragment": "fragment.html", "pdf": "pdf",
              "csv": "csv", "jsonld": "jsonld", "text": "txt"}

BINARY_FORMATS = frozenset({"pdf"})
"""Formats that are bytes, not text: never written to a terminal."""


def file_name(document: str, fmt: str = "markdown", variant: str | None = None) -> str:
    """The file name of `document` in `fmt`, e.g. `statement.fragment.html`. `variant` names a
    purpose (a notice) or an audience (a statement for that audience): `notice.newsletter.md`,
    `statement.parents.pdf`."""
    stem = document if variant is None else f"{document}.{variant}"
    return f"{stem}.{EXTENSIONS[fmt]}"
