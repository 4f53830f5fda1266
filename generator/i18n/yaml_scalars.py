"""Writing a string as a YAML scalar that reads back exactly, in the style of its neighbours.

A translation replaces one scalar in a hand-written file, so it keeps that scalar's style where
the value allows: plain stays plain, single-quoted stays single-quoted, a literal or folded block
becomes a literal block. Every candidate is parsed back in the same context (a block mapping or a
flow mapping) and used only if it yields the very same string; a double-quoted scalar with
escapes always does, and is the fallback.
"""

from __future__ import annotations

import yaml

# YAML's printable set (YAML 1.1, 5.1), less the line breaks a single-line scalar must escape.
_LINE_BREAKS = {"\n", "\r", "\x85", "\u2028", "\u2029"}
_SHORT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r",
                  "\x00": "\\0", "\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P"}


def _printable(char: str) -> bool:
    code = ord(char)
    return (char == "\t" or 0x20 <= code <= 0x7E or code == 0x85 or 0xA0 <= code <= 0xD7FF
            or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF) and char != "\ufeff"


def double_quoted(value: str) -> str:
    out = []
    for char in value:
        if char in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[char])
        elif _printable(char):
            out.append(char)
        elif ord(char) <= 0xFF:
            out.append(f"\\x{ord(char):02x}")
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'


def _single_line(value: str) -> bool:
    return bool(value) and all(_printable(char) and char not in _LINE_BREAKS for char in value)


def single_quoted(value: str) -> str | None:
    if not _single_line(value):
        return None
    return "'" + value.replace("'", "''") + "'"


def plain(value: str) -> str | None:
    if not _single_line(value) or value != value.strip():
        return None
    return value  # whether it reads back as this string is decided by parsing it


def literal_block(value: str, indent: int) -> str | None:
    """`|-` with the lines of `value` at `indent` spaces (a block mapping's value only)."""
    lines = value.split("\n")
    if value.endswith("\n") or lines[0][:1] in (" ", "\t") \
            or not all(_printable(char) or char == "\n" for char in value) \
            or any(char in value for char in _LINE_BREAKS - {"\n"}):
        return None
    return "|-" + "".join("\n" + (" " * indent + line if line else "") for line in lines)


def reads_back(scalar: str, value: str, *, flow: bool) -> bool:
    """Whether `scalar`, standing as a mapping value in this context, is the string `value`."""
    document = "{k: " + scalar + "}\n" if flow else "k: " + scalar + "\n"
    try:
        loaded = yaml.safe_load(document)
    except yaml.YAMLError:
        return False
    return isinstance(loaded, dict) and loaded == {"k": value}


def render_scalar(value: str, *, flow: bool, style: str | None = None, indent: int = 2) -> str:
    """`value` as a YAML scalar for a mapping value; `style` is the style it replaces
    (PyYAML's: None or "" plain, "'", '"', "|", ">")."""
    candidates: list[str | None] = []
    if style in (None, ""):
        candidates.append(plain(value))
    elif style == "'":
        candidates.append(single_quoted(value))
    elif style in ("|", ">") and not flow and "\n" in value:
        candidates.append(literal_block(value, indent))
    for candidate in candidates:
        if candidate is not None and reads_back(candidate, value, flow=flow):
            return candidate
    quoted = double_quoted(value)
    if not reads_back(quoted, value, flow=flow):  # pragma: no cover - would be a bug here
        raise ValueError(f"cannot write {value!r} as a YAML scalar")
    return quoted
