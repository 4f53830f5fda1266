"""Putting profile values into Markdown so that they can only ever be text or a plain link.

A profile text is read with the tokenizer that defines safe text (`generator.profile.safe_text`) and
written back out from its tokens: emphasis, code spans and links to `https://`, `http://` or
`mailto:` addresses stay what they are; every other character that Markdown or the MkDocs
extensions would read as markup is escaped, so that Python-Markdown (the site, the HTML diff)
and a CommonMark reader of `privdocs render` both see exactly the text the tokenizer saw. Raw
HTML, images, other link targets and `{: ...}` attribute lists become the literal text they
were, even in a draft whose findings were not fixed. Writing the tokens out again, rather than
escaping the source, is what makes this hold where two Markdown readers disagree.

A value must also never start a block of its own (a heading, a list, a quote, a fence, an
admonition), end a table cell early, or spill over lines: everything is put on one line.
Plain strings (names, addresses) carry no Markdown at all: `plain()` escapes all of it.
Escapes are limited to characters both CommonMark and Python-Markdown (MkDocs) unescape.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..profile.safe_text import BIDI, link_problem, tokens

_WHITESPACE = re.compile(r"\s+")
# What would open a block when it stands at the start of a line.
_BLOCK_START = re.compile(
    r"^(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|-{2,}|={2,}|!{3}|\?{3}|~{3,}|\d{1,9}(?=[.)](?:\s|$)))")
# Characters that open inline markup in CommonMark, Python-Markdown or its extensions
# (attr_list reads `{...}`, tables read `|`). `<` and an entity-like `&` become entities.
_TEXT_SPECIAL = re.compile(r"([\\`*_\[\]{}|])")
_PLAIN_SPECIAL = _TEXT_SPECIAL
_ENTITY_LIKE = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# Control and bidirectional-override characters (refused by the checker; a draft may still
# hold them) are shown as the replacement character instead of acting on the page.
_INVISIBLE = {code: "\ufffd" for code in [*range(0x20), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029,
                                          *map(ord, BIDI)] if chr(code) not in "\t\n\r"}
# Characters never left as they are in a link target: they could end it early, open a code
# span over it, or end the table cell it stands in.
_TARGET_UNSAFE = frozenset('()<>"\'`\\[]{}| ')


def _neutralise_block_start(value: str) -> str:
    match = _BLOCK_START.match(value)
    if match is None:
        return value
    if match.group(1)[0].isdigit():  # "1. " -> "1\. "
        end = match.end()
        return value[:end] + "\\" + value[end:]
    return "\\" + value


def _escaped(text: str) -> str:
    """Literal text: nothing in it opens markup."""
    value = _TEXT_SPECIAL.sub(r"\\\1", text.translate(_INVISIBLE))
    return _ENTITY_LIKE.sub("&amp;", value).replace("<", "&lt;")


def _target(address: str) -> str:
    """A link target with every character that could end it, or a table cell, percent-encoded."""
    return "".join("".join(f"%{byte:02X}" for byte in char.encode("utf-8"))
                   if char in _TARGET_UNSAFE or not char.isprintable() else char
                   for char in address)


def _code_span(content: str) -> str:
    """A code span. CommonMark and Python-Markdown agree on where one with a single backtick
    on each side ends, and both show its content literally (`<`, `&` and `{` too); content with
    a backtick, or a `|` that would end a table cell, becomes literal text instead."""
    if "`" in content or "|" in content:
        return _escaped(content)
    return f"`{content}`"


def _inline_tokens(children) -> str:
    out: list[str] = []
    links: list[str | None] = []  # the target of each open link; None: shown as text only
    skipping = 0  # inside an autolink, whose text is its address
    for token in children:
        kind = token.type
        if skipping:
            skipping += token.nesting
            if skipping == 0 and kind == "link_close":
                continue
            if skipping:
                continue
        if kind == "text":
            out.append(_escaped(token.content))
        elif kind in ("softbreak", "hardbreak"):
            out.append(" ")
        elif kind in ("em_open", "em_close", "strong_open", "strong_close"):
            out.append(token.markup)
        elif kind == "code_inline":
            out.append(_code_span(token.content))
        elif kind == "link_open":
            href = str(token.attrs.get("href", ""))
            safe = link_problem(href) is None
            if token.markup == "autolink":
                shown = href if not href.startswith("mailto:") or "mailto:" in token.info \
                    else href.removeprefix("mailto:")
                out.append(f"<{_target(shown)}>" if safe else _escaped(href))
                skipping = 1
                continue
            links.append(_target(href) if safe else None)
            if safe:
                out.append("[")
        elif kind == "link_close":
            target = links.pop() if links else None
            if target is not None:
                out.append(f"]({target})")
        elif kind == "image":
            out.append(_escaped(token.content))
        else:  # html_inline and anything unknown: the source as literal text
            out.append(_escaped(token.content))
    return "".join(out)


def _markdown(text: str) -> str:
    """The safe Markdown of `text`, block structure flattened into one run of text."""
    blocks, _references = tokens(text)
    pieces: list[str] = []
    for token in blocks:
        kind = token.type
        if kind == "inline":
            pieces.append(_inline_tokens(token.children or []))
        elif kind == "list_item_open":
            pieces.append(f"{token.info}{token.markup}")
        elif kind == "heading_open" and token.markup.startswith("#"):
            pieces.append(token.markup)
        elif kind == "blockquote_open":
            pieces.append(">")
        elif kind in ("code_block", "fence", "html_block"):
            pieces.append(_escaped(token.content))
        elif kind == "hr":  # a rule's markup is its character, repeated
            pieces.append(("\\" + token.markup[:1]) * 3)
    return " ".join(piece for piece in pieces if piece)


# Cached: the same names and texts come back in every purpose, language and document.
@lru_cache(maxsize=16384)
def inline(text: str) -> str:
    """A profile text as inline Markdown: one line, no block start, nothing but text, emphasis,
    code and safe links."""
    value = _WHITESPACE.sub(" ", _markdown(text)).strip()
    return _neutralise_block_start(value)


@lru_cache(maxsize=16384)
def plain(string: str) -> str:
    """A plain string shown as literal text: Markdown characters escaped."""
    value = _WHITESPACE.sub(" ", string).strip()
    return _neutralise_block_start(_escaped(value))


def link(address: str) -> str:
    """A web or e-mail address as a Markdown autolink; anything else as literal text."""
    web = address.lower().startswith(("https:", "http:"))
    if link_problem(address if web else "mailto:" + address) is None:
        return f"<{_target(address)}>"
    return plain(address)


def code(string: str) -> str:
    """A technical name (a cookie) as a code span, or as literal text when it holds what could
    end a code span early."""
    return _code_span(_WHITESPACE.sub(" ", string).strip())
