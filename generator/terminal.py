"""Text for a terminal: values a person typed never reach it as control sequences.

An escape character in a profile value would otherwise let the file recolour, move or rewrite
what `privdocs check` prints (or retitle the terminal); a bidirectional override would reorder
it. Such characters are shown escaped, as Python writes them: `\x1b`, `\u202e`.
"""

from __future__ import annotations

import re

# C0 and C1 controls (DEL included) except the tab, and the format characters that reorder or
# hide text: bidirectional embeddings, overrides and isolates, zero-width characters.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e"
                     "\u2060-\u2069\ufeff]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` on one line, with every control or reordering character escaped."""
    if text.isprintable():
        return text
    return _UNSAFE.sub(_escaped, text)
