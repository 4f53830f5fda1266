"""What a person may type into anything that reaches a page: the one definition of safe text.

Profile texts, names and strings, `publish` summaries and imported translations are all held to
it. Safe text is a small Markdown subset: paragraphs, lists, emphasis, code spans and links whose
target is an `https://`, `http://` or `mailto:` address. It is read with markdown-it-py's
CommonMark tokenizer (the same tokens `render.markup` writes back out), never with a regular
expression over the text. Refused, each naming the piece that is at fault:

- raw HTML in any form: what CommonMark calls HTML (html_block, html_inline tokens), and also
  what it leaves as text but a browser or Python-Markdown (MkDocs) reads as a tag: a `<`
  followed by a letter, `/`, `!` or `?` (the HTML tokenizer's "tag open" state), so
  `<svg/onload=...>` and entities that decode to a tag (`&lt;script&gt;`) are caught too;
- images (they load from another site);
- curly braces around anything (`{: onclick=...}`): Python-Markdown's attr_list would turn
  them into HTML attributes;
- any other link target, including every reference definition, used or not, and autolinks;
  a target must start with the scheme literally (no entities, case tricks, spaces or control
  characters before or inside it) and parse as an address with a host;
- control characters (except tab and line breaks) and the bidirectional embedding, override
  and isolate characters, which make a text read differently from what it says.

Anything else (a heading marker, a quote, a table bar) is not refused but rendered as the
literal text it is (see `render.markup`).
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..catalogs import N_
from ..check.findings import render_message
from ..errors import UsageError

RAW_HTML = N_("Raw HTML (`{tag}`) is not allowed in a text: use Markdown for emphasis and links.")
IMAGE = N_("An image (`{piece}`) is not allowed in a text: it would be loaded from another "
           "site. Link to it instead.")
LINK_SCHEME = N_("The link target `{piece}` is not allowed: a link must start with https://, "
                 "http:// or mailto:.")
LINK_ADDRESS = N_("The link target `{piece}` is not a valid address: give a full web address "
                  "such as https://example.org/privacy, or mailto: with an e-mail address.")
ATTRIBUTES = N_("`{piece}` is not allowed in a text: curly braces would turn into HTML "
                "attributes.")
UNSAFE_OPTION = N_("{option}: {problem}")
CONTROL = N_("The text contains the invisible character {piece}: remove it, it can make the "
             "text read differently from what it says.")

SCHEMES = ("https://", "http://", "mailto:")
# Bidirectional embeddings, overrides, isolates and marks ("Trojan Source", CVE-2021-42574).
BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
ALLOWED_CONTROLS = frozenset("\t\n\r")
_PIECE_LENGTH = 60
# Every refusal below needs one of these characters in the text: `<` (HTML, autolinks), `[`
# (links, images, reference definitions), `{` (attributes), `&` (an entity that decodes to any
# of them), or a character `_characters` refuses (Cc but tab and line breaks, Cs, Zl, Zp and
# the bidirectional controls; tests/test_safe_text_shortcut.py compares this class with
# unicodedata). A text with none of them is safe without being tokenized, which is most texts
# and was most of the time a check took.
_MAY_BE_UNSAFE = re.compile(
    "[<\\[{&\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff"
    + "".join(sorted(BIDI)) + "]")

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


@dataclass(frozen=True)
class Unsafe:
    """One refused piece of a text: `msgid` explains why, with the piece as its argument."""

    msgid: str
    args: tuple[tuple[str, str], ...]

    @property
    def piece(self) -> str:
        return self.args[0][1]


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """The CommonMark tokenizer, with every link kept as a link token and its target as
    written (escapes and entities decoded): markdown-it would turn a link it finds unsafe back
    into text, which we want to name instead, and would percent-encode and punycode a target,
    which would hide from the checks what another Markdown reader sees."""
    from markdown_it import MarkdownIt  # only for a text that needs a look: a check starts faster

    md = MarkdownIt("commonmark")
    md.validateLink = lambda url: True
    md.normalizeLink = lambda url: url
    md.normalizeLinkText = lambda text: text
    return md


def tokens(text: str):
    """The block tokens of `text` and its reference definitions (label -> {href, title})."""
    env: dict = {}
    return parser().parse(text, env), env.get("references", {})


def shown(piece: str) -> str:
    """`piece` as it can be shown in a message: control characters named, at most a line long."""
    piece = "".join(f"U+{ord(c):04X}" if unicodedata.category(c) == "Cc" or c in BIDI else c
                    for c in piece)
    return piece if len(piece) <= _PIECE_LENGTH else piece[:_PIECE_LENGTH - 1] + "…"


def _unsafe(msgid: str, name: str, piece: str) -> Unsafe:
    return Unsafe(msgid, ((name, shown(piece)),))


def _characters(text: str) -> list[Unsafe]:
    found = []
    for char in dict.fromkeys(text):
        category = unicodedata.category(char)
        if char in BIDI or category in ("Cs", "Zl", "Zp") \
                or category == "Cc" and char not in ALLOWED_CONTROLS:
            name = unicodedata.name(char, "CONTROL CHARACTER")
            found.append(Unsafe(CONTROL, (("piece", f"U+{ord(char):04X} ({name})"),)))
    return found


def _tag_opening(text: str) -> str | None:
    """The first place where an HTML tokenizer would open a tag, comment or declaration."""
    start = 0
    while (index := text.find("<", start)) != -1:
        following = text[index + 1:index + 2]
        if following.isascii() and (following.isalpha() or following in "/!?"):
            end = text.find(">", index)
            return text[index:end + 1] if end != -1 else text[index:]
        start = index + 1
    return None


def _in_plain_text(content: str) -> list[Unsafe]:
    """Problems of a piece the tokenizer calls plain text (entities already decoded once)."""
    found = []
    seen = content
    for _ in range(4):  # `&amp;lt;` decodes to `&lt;`, which a careless reader decodes again
        tag = _tag_opening(seen)
        if tag:
            found.append(_unsafe(RAW_HTML, "tag", tag))
            break
        decoded = html.unescape(seen)
        if decoded == seen:
            break
        seen = decoded
    brace = content.find("{")
    if brace != -1 and content.find("}", brace) != -1:
        found.append(_unsafe(ATTRIBUTES, "piece", content[brace:content.find("}", brace) + 1]))
    return found


def link_problem(target: str) -> Unsafe | None:
    """Why `target` may not be a link's target, or None. `target` is as the text gives it, with
    entities decoded (markdown-it percent-encodes the rest)."""
    lowered = target.lower()
    scheme = next((scheme for scheme in SCHEMES if lowered.startswith(scheme)), None)
    if scheme is None or any(char.isspace() or unicodedata.category(char) in ("Cc", "Cf")
                             for char in target):
        return _unsafe(LINK_SCHEME, "piece", target)
    try:
        parts = urlsplit(target)
        if scheme == "mailto:":
            valid = "@" in parts.path.strip("@") and not parts.netloc
        else:
            parts.port  # noqa: B018 -- raises ValueError for a port that is no number
            host = parts.hostname or ""
            valid = bool(host) and all(char.isalnum() or char in ".-_:" for char in host)
    except ValueError:  # a host such as `[x]`: urllib refuses what is no IP address
        valid = False
    return None if valid else _unsafe(LINK_ADDRESS, "piece", target)


def _inline(children) -> list[Unsafe]:
    found = []
    for token in children:
        if token.type == "html_inline":
            found.append(_unsafe(RAW_HTML, "tag", token.content))
        elif token.type == "image":
            found.append(_unsafe(IMAGE, "piece", f"![{token.content}]({token.attrs['src']})"))
        elif token.type == "link_open":
            problem = link_problem(str(token.attrs["href"]))
            if problem:
                found.append(problem)
            title = token.attrs.get("title")
            if title:
                found.extend(_in_plain_text(str(title)))
        elif token.type in ("text", "code_inline"):
            found.extend(_in_plain_text(token.content))
    return found


def unsafe_pieces(text: str) -> list[Unsafe]:
    """Every reason `text` is not safe text, each once, in the order found; [] when it is."""
    if _MAY_BE_UNSAFE.search(text) is None:
        return []
    return tokenized_pieces(text)


def tokenized_pieces(text: str) -> list[Unsafe]:
    """`unsafe_pieces` of any text, always read with the tokenizer."""
    found = _characters(text)
    blocks, references = tokens(text)
    for token in blocks:
        if token.type == "html_block":
            found.append(_unsafe(RAW_HTML, "tag", token.content.strip()))
        elif token.type in ("code_block", "fence"):
            found.extend(_in_plain_text(token.content))
        elif token.children:
            found.extend(_inline(token.children))
    for reference in references.values():
        problem = link_problem(reference["href"])
        if problem:
            found.append(problem)
    return list(dict.fromkeys(found))


def refuse_unsafe_option(option: str, text: str, lang: str) -> None:
    """A usage error naming the first unsafe piece of what was given with `option` (a summary
    that reaches the site, say): one line, in the language of the messages."""
    pieces = unsafe_pieces(text)
    if pieces:
        raise UsageError(UNSAFE_OPTION, option=option,
                         problem=render_message(lang, pieces[0].msgid, pieces[0].args))
