"""Reading and writing PO and POT files with Babel, with clean errors and no needless rewrites."""

from __future__ import annotations

import io
import re
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileError, normalize, read_po, unescape, write_po

from ..catalogs import N_
from ..errors import PrivdocsError
from ..atomic_files import write_atomically
from .domains import CATALOG_WIDTH

PO_UNREADABLE = N_("{file} is not a valid PO file: {problem}.")
# Header lines that change on every run; a file that differs only in them is left alone.
VOLATILE_HEADERS = (b'"POT-Creation-Date:', b'"PO-Revision-Date:')
# A line of a PO file that is not a comment: a keyword with a quoted string, or a continuation.
_QUOTED = r'"(?:[^"\\]|\\.)*"'
_PO_LINE = re.compile(rf'(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?{_QUOTED}')


def check_po_syntax(data: bytes) -> None:
    """Babel reads some broken files silently (an unclosed quote, a stray word); refuse them."""
    for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), start=1):
        stripped = line.strip().lstrip("\ufeff")
        if stripped and not stripped.startswith("#") and not _PO_LINE.fullmatch(stripped):
            raise PoFileError(f"neither a comment nor a quoted string: {stripped[:60]!r}, line",
                              None, stripped, number)


def _previous_ids(catalog: Catalog) -> Catalog:
    """Read the `#| msgid` comments back, which Babel takes for translator comments (`| msgid
    "…"`) and would then carry to whatever entry inherits them: a fuzzy entry gets its previous
    id back, every other entry loses them."""
    for message in [*catalog, *catalog.obsolete.values()]:
        previous = [line for line in message.user_comments if line.startswith("|")]
        if not previous:
            continue
        message.user_comments = [line for line in message.user_comments
                                 if not line.startswith("|")]
        if message.fuzzy and not message.previous_id:
            message.previous_id = _parse_previous(previous)
    return catalog


def _parse_previous(lines: list[str]) -> list[str]:
    """`| msgid "a"`, `| "b"`, `| msgid_plural "c"` -> ["ab", "c"]."""
    strings: list[str] = []
    for line in lines:
        body = line[1:].strip()
        keyword, _, quoted = body.partition(" ")
        if keyword in ("msgid", "msgid_plural") and quoted.startswith('"'):
            strings.append(unescape(quoted))
        elif body.startswith('"') and strings:
            strings[-1] += unescape(body)
    return strings


def read_catalog(path: Path, display: str, locale: str | None = None,
                 domain: str | None = None) -> Catalog:
    """The catalog in `path`; a file that is not valid PO is a clean error naming it."""
    try:
        data = path.read_bytes()
        check_po_syntax(data)
        return _previous_ids(read_po(io.BytesIO(data), locale=locale, domain=domain,
                                     abort_invalid=True))
    except PoFileError as error:
        raise PrivdocsError(PO_UNREADABLE, file=display, problem=str(error)) from error
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise PrivdocsError(PO_UNREADABLE, file=display,
                            problem=getattr(error, "strerror", None) or str(error)) from error


def po_bytes(catalog: Catalog, *, width: int = CATALOG_WIDTH, sort: bool = False,
             no_location: bool = True) -> bytes:
    """The catalog as a PO file, with the previous id of each fuzzy entry as `#| msgid`.

    Babel writes a previous id that needs more than one line as broken PO (it wraps the quoted
    lines again as comment text), so the `#|` lines are written here, as gettext does.
    """
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=width, no_location=no_location, sort_output=sort)
    messages = [message for message in catalog if message.id]
    if sort or not any(message.previous_id for message in messages):
        return buffer.getvalue()
    text = buffer.getvalue().decode(catalog.charset or "utf-8")
    blocks = text.split("\n\n")
    # Blocks: the header, then one per message in catalog order, then the obsolete ones.
    for index, message in enumerate(messages, start=1):
        if message.previous_id:
            blocks[index] = _with_previous(blocks[index], message.previous_id, width)
    return "\n\n".join(blocks).encode(catalog.charset or "utf-8")


def _with_previous(block: str, previous_id: list[str], width: int) -> str:
    lines = block.split("\n")
    at = next(number for number, line in enumerate(lines) if not line.startswith("#"))
    comment = []
    for keyword, string in zip(("msgid", "msgid_plural"), previous_id, strict=False):
        quoted = normalize(string, prefix="#| ", width=width).split("\n")
        comment.append(f"#| {keyword} {quoted[0].removeprefix('#| ')}")
        comment.extend(quoted[1:])
    return "\n".join(lines[:at] + comment + lines[at:])


def catalog_bytes(catalog: Catalog, *, sort: bool = False, width: int = CATALOG_WIDTH) -> bytes:
    return po_bytes(catalog, width=width, sort=sort)


def _stable_lines(data: bytes) -> list[bytes]:
    return [line for line in data.splitlines() if not line.startswith(VOLATILE_HEADERS)]


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write `data` to `path` unless the file already says the same (dates aside)."""
    try:
        if _stable_lines(path.read_bytes()) == _stable_lines(data):
            return False
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, data)
    return True
