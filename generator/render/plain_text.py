"""A rendered document as plain text, for an e-mail footer or a text message: the notice's
`--format text`.

The Markdown is read with the same CommonMark tokenizer that defines safe text
(`generator.profile.safe_text`), and written out from its tokens: headings and paragraphs as
lines of text wrapped at 72 characters, list items after a bullet, links with their address written out,
and no Markdown syntax left (escapes and entities are decoded by the tokenizer, emphasis and
code marks dropped). What reaches a terminal or a mail client can never act on it: control
characters (an escape sequence), bidirectional overrides and line or paragraph separators
become the replacement character, as `render/markup.py` shows them on a page.
"""

from __future__ import annotations

import textwrap

from ..profile.safe_text import BIDI, tokens

WIDTH = 72
BULLET = "\u2022 "
_UNSAFE = {code: "\ufffd" for code in [*range(0x20), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029,
                                       *map(ord, BIDI)]}


def plain_text(markdown: str) -> str:
    """`markdown` as plain text: blocks apart by a blank line, one final newline."""
    blocks: list[str] = []
    depth = 0  # how deep in lists the next paragraph stands
    for token in tokens(markdown)[0]:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif token.type == "inline":
            text = _safe(inline_text(token.children or []))
            if not text:
                continue
            if depth:
                indent = "  " * (depth - 1)
                blocks.append(_wrap(text, indent + BULLET, indent + " " * len(BULLET)))
            else:
                blocks.append(_wrap(text, "", ""))
        elif token.type in ("code_block", "fence", "html_block"):
            blocks.append(_wrap(_safe(token.content), "", ""))
    return _joined(blocks)


def _joined(blocks: list[str]) -> str:
    """Blocks apart by a blank line, but the items of one list on consecutive lines."""
    out: list[str] = []
    for block in blocks:
        if out and not (block.lstrip().startswith(BULLET)
                        and out[-1].lstrip().startswith(BULLET)):
            out.append("")
        out.append(block)
    return "\n".join(out) + "\n"


def inline_text(children) -> str:
    """The text a reader sees in an inline token's children: link addresses written out after
    their words, an autolink's address once, whitespace made single spaces."""
    out: list[str] = []
    targets: list[str | None] = []  # the address of each open link, None when shown already
    for token in children:
        kind = token.type
        if kind == "text" or kind == "code_inline" or kind == "html_inline":
            out.append(token.content)
        elif kind in ("softbreak", "hardbreak"):
            out.append(" ")
        elif kind == "link_open":
            href = str(token.attrs.get("href", ""))
            shown = href.removeprefix("mailto:")
            # An autolink's text is its address: written once. A link with other words gets
            # its address after them, so that it survives without markup.
            targets.append(None if token.markup == "autolink" else shown)
        elif kind == "link_close":
            target = targets.pop() if targets else None
            if target:
                out.append(f" ({target})")
        elif kind == "image":
            out.append(token.content)
    return " ".join("".join(out).split())


def _safe(text: str) -> str:
    return text.translate(_UNSAFE)


def _wrap(text: str, first: str, rest: str) -> str:
    """Wrapped at `WIDTH`, never inside a word or an address (a long address stays whole)."""
    return "\n".join(textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=rest,
                                   break_long_words=False, break_on_hyphens=False))
