"""Writing translations into a profile's YAML text in place, touching nothing else.

Each translation becomes one `Edit` of the text, found from the composed nodes' source spans:
- the language's scalar is replaced (`en: old` -> `en: new`; `en: ~` and `en:` too);
- a missing language is added after the text's last language, on its own line at the same
  indentation in a block mapping, or as `, en: new` before the `}` of a flow mapping;
- a plain-string text becomes a flow mapping in its place: `name: Leden` ->
  `name: {nl: Leden, en: Members}`.
Comments, key order, blank lines and every other byte stay as they were.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from ..catalogs import N_
from ..check.findings import join_path
from ..errors import PrivdocsError
from .yaml_scalars import render_scalar

NOT_A_TEXT = N_("{path} in {file} is not a text that a translation can be written into.")


@dataclass(frozen=True, order=True)
class Edit:
    """Replace `text[start:end]` by `replacement` (an insertion when start == end)."""

    start: int
    end: int
    replacement: str


def node_index(root: yaml.Node) -> dict[str, yaml.Node]:
    """Every value node by its profile path (`purposes[0].name`); the first of duplicate keys."""
    index: dict[str, yaml.Node] = {}

    def walk(node: yaml.Node, path: str) -> None:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    child = join_path(path, key_node.value)
                    if child not in index:
                        index[child] = value_node
                        walk(value_node, child)
        elif isinstance(node, yaml.SequenceNode):
            for position, item in enumerate(node.value):
                child = join_path(path, position)
                index[child] = item
                walk(item, child)

    walk(root, "")
    return index


def scalar_span(text: str, node: yaml.Node) -> tuple[int, int]:
    """The span of a node's own characters; a block scalar's trailing line breaks stay out."""
    start, end = node.start_mark.index, node.end_mark.index
    if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
        end = start + len(text[start:end].rstrip(" \t\r\n"))
    return start, end


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


class Patcher:
    """Makes the edits that write translations into one YAML text."""

    def __init__(self, text: str, root: yaml.Node, display: str) -> None:
        self.text = text
        self.nodes = node_index(root)
        self.display = display
        self.newline = "\r\n" if "\r\n" in text else "\n"

    def edit(self, path: str, source_language: str, lang: str, value: str) -> Edit:
        node = self.nodes.get(path)
        if isinstance(node, yaml.ScalarNode) and not _is_null(node):
            return self._plain_to_mapping(node, source_language, lang, value)
        if isinstance(node, yaml.MappingNode) and node.value:
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == lang:
                    if not isinstance(value_node, yaml.ScalarNode):
                        break
                    return self._replace(node, key_node, value_node, value)
            else:
                return self._add_language(node, lang, value)
        raise PrivdocsError(NOT_A_TEXT, path=path, file=self.display)

    def _replace(self, mapping: yaml.MappingNode, key_node: yaml.Node,
                 value_node: yaml.ScalarNode, value: str) -> Edit:
        flow = bool(mapping.flow_style)
        indent = key_node.start_mark.column + 2
        if _is_null(value_node) and value_node.start_mark.index == value_node.end_mark.index:
            # `en:` with nothing after the colon: write the value after it.
            position = value_node.start_mark.index
            return Edit(position, position, " " + render_scalar(value, flow=flow, indent=indent))
        style = None if _is_null(value_node) else value_node.style
        start, end = scalar_span(self.text, value_node)
        return Edit(start, end, render_scalar(value, flow=flow, style=style, indent=indent))

    def _add_language(self, mapping: yaml.MappingNode, lang: str, value: str) -> Edit:
        first_key, _ = mapping.value[0]
        _, last_value = mapping.value[-1]
        _, end = scalar_span(self.text, last_value)
        if mapping.flow_style:
            rendered = render_scalar(value, flow=True)
            return Edit(end, end, f", {lang}: {rendered}")
        indent = first_key.start_mark.column
        line = " " * indent + f"{lang}: " + render_scalar(value, flow=False, indent=indent + 2)
        line_end = self.text.find("\n", end)
        if line_end == -1:
            return Edit(len(self.text), len(self.text), self.newline + line)
        return Edit(line_end + 1, line_end + 1, line + self.newline)

    def _plain_to_mapping(self, node: yaml.ScalarNode, source_language: str, lang: str,
                          value: str) -> Edit:
        start, end = scalar_span(self.text, node)
        source = render_scalar(node.value, flow=True, style=node.style)
        translation = render_scalar(value, flow=True)
        return Edit(start, end, f"{{{source_language}: {source}, {lang}: {translation}}}")


def apply_edits(text: str, edits: list[Edit]) -> str:
    """`text` with `edits` made, from the last to the first so that positions stay valid."""
    pieces = []
    position = len(text)
    for edit in sorted(edits, reverse=True):
        if edit.end > position:
            raise ValueError(f"overlapping edits at {edit.start}")  # a bug in the caller
        pieces.append(text[edit.end:position])
        pieces.append(edit.replacement)
        position = edit.start
    pieces.append(text[:position])
    return "".join(reversed(pieces))
