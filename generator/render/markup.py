"""Putting profile values into Markdown without letting them break it.

Profile texts may hold inline Markdown (emphasis, links); the checker already refuses raw
HTML. A value must still never start a block of its own (a heading, a list, a quote), end a
table cell early, or spill over lines: `inline()` takes care of that. Plain strings (names,
addresses) carry no Markdown at all, so `plain()` also escapes emphasis and link characters.
Escapes are limited to characters both CommonMark and Python-Markdown (MkDocs) unescape.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WHITESPACE = re.compile(r"\s+")
# What would open a block when it stands at the start of a line.
_BLOCK_START = re.compile(r"^(#{1,6}(?=\s|$)|>|[-+*](?=\s)|\d{1,9}(?=[.)]\s))")
_PLAIN_SPECIAL = re.compile(r"([\\`*_\[\]|])")


def _neutralise_block_start(value: str) -> str:
    match = _BLOCK_START.match(value)
    if match is None:
        return value
    if match.group(1)[0].isdigit():  # "1. " -> "1\. "
        end = match.end()
        return value[:end] + "\\" + value[end:]
    return "\\" + value


# Cached: the same names and texts come back in every purpose, language and document.
@lru_cache(maxsize=16384)
def inline(text: str) -> str:
    """A profile text as inline Markdown: one line, no block start, no bare `|`."""
    value = _WHITESPACE.sub(" ", text).strip()
    value = value.replace("|", "\\|")
    return _neutralise_block_start(value)


@lru_cache(maxsize=16384)
def plain(string: str) -> str:
    """A plain string shown as literal text: Markdown characters escaped."""
    value = _WHITESPACE.sub(" ", string).strip()
    value = _PLAIN_SPECIAL.sub(r"\\\1", value).replace("<", "&lt;")
    return _neutralise_block_start(value)


def link(address: str) -> str:
    """A web or e-mail address as a Markdown autolink."""
    return "<" + address.replace("|", "%7C").replace(">", "%3E") + ">"


def code(string: str) -> str:
    """A technical name (a cookie) as a code span."""
    fence = "``" if "`" in string else "`"
    padding = " " if string.startswith("`") or string.endswith("`") else ""
    return f"{fence}{padding}{string}{padding}{fence}"
