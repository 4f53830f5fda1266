"""The shape of a profile text: a phrase, a full sentence, several sentences, or a list.

People write the same key in different shapes: "keeping in touch with our former students",
"We want to keep in touch with our former students.", two or three sentences, or a few lines
that each start with "- ". A template must know the shape to build a sentence that reads well
around it: a phrase can stand inside a sentence of ours, a sentence has to stand on its own.
`Prose` is the text as inline Markdown (a `str`, so it goes wherever a text went before),
carrying its shape and, for a list, its items.
"""

from __future__ import annotations

import re

from .markup import inline

PHRASE = "phrase"
SENTENCE = "sentence"
SENTENCES = "sentences"
LIST = "list"
LINK = "link"  # a web address given instead of a text

_LIST_ITEM = re.compile(r"^\s*[-*•]\s+(.*\S)\s*$")
_CLOSED = (".", "!", "?")
# A full stop followed by a new sentence; "e.g. " and "art. 6" do not end a sentence because
# what follows them does not start with a capital.
_SENTENCE_BREAK = re.compile(r"[.!?][\"')\]]*\s+[\"'(]*[A-ZÀ-Ý]")


class Prose(str):
    """A profile text as inline Markdown, with its `shape` and, for a list, its `items`."""

    __slots__ = ("shape", "items")

    def __new__(cls, text: str, shape: str, items: tuple[str, ...] = ()) -> "Prose":
        value = super().__new__(cls, text)
        value.shape = shape
        value.items = items
        return value


def list_items(raw: str) -> list[str] | None:
    """The items of a text written as a list ("- a" on each line), or None."""
    lines = [line for line in raw.splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    items = []
    for line in lines:
        match = _LIST_ITEM.match(line)
        if match is None:
            return None
        items.append(match.group(1))
    return items


def shape_of(raw: str) -> str:
    """PHRASE, SENTENCE, SENTENCES or LIST for a profile text as written."""
    if list_items(raw) is not None:
        return LIST
    text = " ".join(raw.split())
    first = text[:1]
    if not text.endswith(_CLOSED) or not (first.isupper() or first.isdigit()):
        # No closing full stop, or a lower-case start: words to be used inside a sentence.
        return SENTENCES if _SENTENCE_BREAK.search(text) else PHRASE
    return SENTENCES if _SENTENCE_BREAK.search(text) else SENTENCE


def prose(raw: str, join) -> Prose:
    """The profile text `raw` ready for a template; `join` makes one phrase of a list's
    items ("a, b and c") for where the list has to stand inside a sentence."""
    items = list_items(raw)
    if items is not None:
        shown = tuple(inline(item) for item in items)
        return Prose(join(shown), LIST, shown)
    return Prose(inline(raw), shape_of(raw))


def capitalize_first(text: str) -> str:
    """The first letter in upper case, the rest as it is (Jinja's `capitalize` lowers it)."""
    return text[:1].upper() + text[1:]


def lower_first(name: str) -> str:
    """A name used inside a sentence: "Health data" -> "health data", but "BSN" and
    "iPhone data" stay as they are (an abbreviation or a brand keeps its capitals)."""
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def closed(text: str) -> str:
    """A text that ends a sentence of ours: a full stop at the end when it has no punctuation
    there yet (or bold, as a gap marker has)."""
    return text if text.endswith((".", "!", "?", ":", ";", "**")) else text + "."


def as_sentence(text: str) -> str:
    """A text that must stand on its own: a capital at the start and a full stop at the end.
    A text that already ends in punctuation (or in bold, as a gap marker does) keeps it."""
    return closed(capitalize_first(text))
