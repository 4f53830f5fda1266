"""The `csv` format of the processing register and the cookie statement: their tables, read
back from the rendered Markdown, as a spreadsheet file.

The CSV is made from the Markdown, as the page formats are, so the two can never say different
things. The Markdown is read with markdown-it-py's CommonMark tokenizer (the one that defines
safe text) with its table rule: every `|` a person typed arrives escaped, so a cell ends only
where the template ends it. A cell becomes its plain text: escapes and entities resolved,
emphasis markers dropped, a link as its text followed by its address.

The file follows RFC 4180 (commas, CRLF line ends, fields quoted when they need it, quotes
doubled) and starts with a UTF-8 byte order mark, which is what makes Excel read it as UTF-8.
A cell that a spreadsheet would run as a formula (one that starts with `=`, `+`, `-`, `@`, a
tab or a carriage return) gets a leading apostrophe, OWASP's advice against CSV injection:
profile texts are typed by people, and a register is opened by someone else.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt

from .plain_text import inline_text

BOM = "\ufeff"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PURPOSE_LEVEL = 3  # the register's purposes are `###` sections


@dataclass(slots=True)
class Table:
    """One Markdown table: the level of the heading it stands under, its header and its rows,
    every cell as plain text."""

    level: int
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def tables(markdown: str) -> list[Table]:
    """The tables of `markdown`, in order."""
    found: list[Table] = []
    level = 0
    table: Table | None = None
    row: list[str] | None = None
    in_heading = in_head = False
    for token in _parser().parse(markdown):
        kind = token.type
        if kind == "heading_open":
            level, in_heading = int(token.tag[1:]), True
        elif kind == "heading_close":
            in_heading = False
        elif kind == "table_open":
            table = Table(level, [])
        elif kind == "thead_open":
            in_head = True
        elif kind == "thead_close":
            in_head = False
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and table is not None and row is not None:
            if in_head:
                table.header = row
            else:
                table.rows.append(row)
            row = None
        elif kind == "inline" and row is not None and not in_heading:
            row.append(inline_text(token.children))
        elif kind == "table_close" and table is not None:
            found.append(table)
            table = None
    return found


def register_rows(found: list[Table]) -> list[list[str]]:
    """The register as one row per purpose. Each purpose is a two-column table under a heading
    of its own (level 3); the tables under the document's sections (the controller before the
    purposes, the security measures after them) hold what is the same for every purpose, and
    fill the columns before and after the purpose's own."""
    before: list[list[str]] = []
    after: list[list[str]] = []
    purposes: list[Table] = []
    for table in found:
        if table.level >= PURPOSE_LEVEL:
            purposes.append(table)
        else:
            (after if purposes else before).extend(table.rows)
    columns = purposes[0].rows if purposes else []
    rows = [[label for label, _ in before + columns + after]]
    for table in purposes:
        rows.append([value for _, value in before + table.rows + after])
    return rows


def cookie_rows(found: list[Table]) -> list[list[str]]:
    """The cookie statement's table of cookies, a row per cookie."""
    table = next((table for table in found if len(table.header) > 2), None)
    return [table.header, *table.rows] if table is not None else []


def neutralised(cell: str) -> str:
    """A cell no spreadsheet runs as a formula."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def csv_bytes(rows: list[list[str]]) -> bytes:
    """RFC 4180 CSV, UTF-8 with a byte order mark."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow([neutralised(cell) for cell in row])
    return (BOM + buffer.getvalue()).encode("utf-8")


def csv_of(document: str, markdown: str) -> bytes:
    """The CSV of `document` (`register` or `cookies`) from its rendered Markdown."""
    found = tables(markdown)
    if document == "register":
        return csv_bytes(register_rows(found))
    if document == "cookies":
        return csv_bytes(cookie_rows(found))
    raise ValueError(f"{document} has no table to write as CSV")
