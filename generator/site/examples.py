"""Examples for the profile guide, cut from real profiles: the first place a key is used, as it
is written there (comments and quoting kept), so every example is one that `check` accepts.

A key path such as `purposes[].retention.period` is looked up in the composed YAML nodes of
each profile in turn; the example is the source text from the key to the end of its value,
shortened to a few lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from ..profile.loading import load_document, read_text
from ..profile.spec import Kind, Spec, specs_of

MAX_LINES = 12
MORE = "# …"


@dataclass(frozen=True)
class ExampleSource:
    lines: list[str]
    root: yaml.MappingNode


def read_sources(paths: list[Path]) -> list[ExampleSource]:
    sources = []
    for path in paths:
        text, _problem = read_text(path)
        document = load_document(path) if text is not None else None
        if document is not None and document.root is not None:
            sources.append(ExampleSource(text.splitlines(), document.root))
    return sources


def _find(node: yaml.Node, parts: list[str]) -> tuple[yaml.Node, yaml.Node] | None:
    """The (key, value) node pair at `parts` under the mapping `node`; `[]` steps into the
    first list item that has the rest of the path."""
    if not isinstance(node, yaml.MappingNode) or not parts:
        return None
    name, rest = parts[0], parts[1:]
    listed = name.endswith("[]")
    name = name.removesuffix("[]")
    for key, value in node.value:
        if key.value != name:
            continue
        if not rest:
            return key, value
        items = value.value if listed and isinstance(value, yaml.SequenceNode) else [value]
        for item in items:
            found = _find(item, rest)
            if found is not None:
                return found
    return None


def _split(path: str) -> list[str]:
    parts = []
    for part in path.split("."):
        if parts and part == "[]":
            parts[-1] += "[]"
        else:
            parts.append(part)
    return parts


def snippet(source: ExampleSource, key: yaml.Node, value: yaml.Node) -> str:
    start = key.start_mark
    end = value.end_mark
    # A block value ends where the next key starts: that line belongs to the next key.
    ends_inside = end.line < len(source.lines) and source.lines[end.line][:end.column].strip()
    last = end.line + 1 if ends_inside else end.line
    lines = source.lines[start.line:last]
    while lines and (not lines[-1].strip() or lines[-1].lstrip().startswith("#")):
        lines.pop()
    first = lines[0][start.column:]
    column = start.column
    rest = [line[column:] if not line[:column].strip() else line.lstrip() for line in lines[1:]]
    lines = [first, *rest]
    if len(lines) > MAX_LINES:
        indent = len(lines[MAX_LINES - 1]) - len(lines[MAX_LINES - 1].lstrip())
        lines = lines[:MAX_LINES - 1] + [" " * indent + MORE]
    return "\n".join(lines)


def example(sources: list[ExampleSource], path: str) -> str | None:
    """The first use of the key at `path` (`purposes[].retention.period`) in `sources`."""
    parts = _split(path)
    for source in sources:
        found = _find(source.root, parts)
        if found is not None:
            return snippet(source, *found)
    return None


PLACEHOLDERS = {
    Kind.STRING: '"…"', Kind.TEXT: '{nl: "…", en: "…"}', Kind.SLUG: "example-id",
    Kind.EMAIL: "privacy@example.org", Kind.URL: "https://www.example.org/privacy",
    Kind.URL_OR_TEXT: "https://www.example.org/privacy", Kind.NAME: "\"…\"",
    Kind.DURATION: "P1Y",
    Kind.COUNTRY: "NL", Kind.EEA_COUNTRY: "NL", Kind.DATE: "2026-01-01", Kind.LANGUAGE: "nl",
    Kind.BOOL: "true", Kind.INTEGER: "1", Kind.REFERENCE: "example-id",
}


def _value_lines(spec: Spec) -> list[str]:
    """A made-up value of `spec`: one line for a scalar, indented lines for a mapping."""
    if spec.kind is Kind.ENUM:
        return [spec.values[0]]
    if spec.kind is Kind.ENTITY and spec.entity is not None:
        return [line for key, _attribute, child in specs_of(spec.entity) if child.required
                for line in _key_lines(key, child)] or ["{}"]
    if spec.kind is Kind.MAPPING:
        return ["example-id: " + _value_lines(spec.item)[0]]
    if spec.kind is Kind.LIST:
        item = _value_lines(spec.item) if spec.item is not None else ['"…"']
        return ["- " + item[0], *("  " + line for line in item[1:])]
    if spec.kind is Kind.INTEGER and spec.values:
        return [spec.values[0]]
    return [PLACEHOLDERS[spec.kind]]


def _key_lines(key: str, spec: Spec) -> list[str]:
    lines = _value_lines(spec)
    if len(lines) == 1 and spec.kind not in (Kind.ENTITY, Kind.LIST, Kind.MAPPING):
        return [f"{key}: {lines[0]}"]
    return [f"{key}:", *("  " + line for line in lines)]


def made_up_example(key: str, spec: Spec) -> str:
    """An example for a key no profile uses: placeholders, and a mapping's required keys."""
    return "\n".join(_key_lines(key, spec))
