"""Composing YAML text into nodes with libyaml, in one pass, as cheaply as PyYAML allows.

libyaml's composer (PyYAML's `CParser`) is C, but for every node it calls three Python methods
of the loader: `descend_resolver`, `resolve` and `ascend_resolver`. PyYAML's versions of them
serve features a profile never uses (path resolvers, wildcard resolvers); here they do only
what the safe loader's do for a profile, and give exactly its tags (tests/test_composing.py
compares them on tricky scalars and on whole files).

`Watchful` also proves, while composing, what the loader used to learn from a second pass over
the parser's events: that the text has no anchor, no alias and no collection nested more than
`max_depth` levels deep. Its answer is "certainly none" or "not sure"; when not sure, the
caller takes the slow, exact path.
"""

from __future__ import annotations

import re

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

SCALAR_TAG = Loader.DEFAULT_SCALAR_TAG
SEQUENCE_TAG = Loader.DEFAULT_SEQUENCE_TAG
MAPPING_TAG = Loader.DEFAULT_MAPPING_TAG
# A double-quoted scalar can spell `&` or `*` as an escape, which puts the character in a value
# without it being in the text; such a text is never proved anchor-free by counting.
_ESCAPED_MARK = re.compile(r"\\(?:x2[6aA]|u002[6aA]|U0000002[6aA])")


class Composer(Loader):
    """The safe loader's composer, without the resolver features a profile never uses."""

    def resolve(self, kind, value, implicit):
        # The safe loader's `Resolver.resolve` for a loader with no path resolvers and no
        # wildcard implicit resolvers: a plain scalar is matched against the resolvers of its
        # first character (`value[:1]` is "" for the empty scalar, as PyYAML looks it up).
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, pattern in self.yaml_implicit_resolvers.get(value[:1], ()):
                    if pattern.match(value):
                        return tag
            return SCALAR_TAG
        return SEQUENCE_TAG if kind is yaml.SequenceNode else MAPPING_TAG

    def descend_resolver(self, current_node, current_index):
        pass

    def ascend_resolver(self):
        pass


class Unsure(Exception):
    """Composing stopped: the text may nest too deeply; only the exact path can tell."""


class Watchful(Composer):
    """A composer that counts the `&` and `*` in the values of scalars and the depth of nesting.

    When every `&` and `*` of the text is inside a scalar (the values hold as many as the text,
    and no escape made one), none of them is an anchor or alias. A node is composed inside all
    its open ancestors, so a collection more than `max_depth` levels deep is reached only with
    `max_depth` of them open: composing stops there (before libyaml's composer, which recurses
    in C once per level, can exhaust its stack) and the caller takes the exact path.
    """

    def __init__(self, text: str, max_depth: int) -> None:
        super().__init__(text)
        self.max_depth = max_depth
        self.open = 0
        self.marks_in_values = 0

    def descend_resolver(self, current_node, current_index):
        if self.open >= self.max_depth:
            raise Unsure
        self.open += 1

    def ascend_resolver(self):
        self.open -= 1

    def resolve(self, kind, value, implicit):
        if kind is yaml.ScalarNode and ("&" in value or "*" in value):
            self.marks_in_values += value.count("&") + value.count("*")
        return Composer.resolve(self, kind, value, implicit)

    def marks_all_in_values(self, text: str) -> bool:
        """Whether every `&` and `*` of `text` was counted in a scalar's value."""
        in_text = text.count("&") + text.count("*")
        return self.marks_in_values == in_text and not _ESCAPED_MARK.search(text)


def compose(text: str) -> yaml.Node | None:
    """The single document of `text` as nodes, as `yaml.compose` with the safe loader makes it."""
    composer = Composer(text)
    try:
        return composer.get_single_node()
    finally:
        composer.dispose()


def compose_watchfully(text: str, max_depth: int) -> yaml.Node | None:
    """The nodes of `text` when it certainly holds no anchor, alias or nesting past
    `max_depth`; otherwise raises `Unsure` (or the YAML error the exact path reports its way)."""
    composer = Watchful(text, max_depth)
    try:
        root = composer.get_single_node()
    finally:
        composer.dispose()
    if not composer.marks_all_in_values(text):
        raise Unsure
    return root
