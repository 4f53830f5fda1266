"""Writing a draft profile as commented YAML, the way a person would lay it out by hand.

A draft is plain data keyed by YAML keys: mappings for entities, lists, strings, booleans, and
a mapping from language to string for a text. Every key is written with the documentation the
model declares for it, translated into each of the organisation's languages, so the file explains
itself. A key whose value is `GAP` is written commented out: `privdocs check` reports it as
missing, and the person who fills it in finds the explanation right above it.
"""

from __future__ import annotations

import json
import re
import textwrap

from ..catalogs import translator
from ..profile.model import Profile
from ..profile.spec import Kind, Spec, specs_of


class _Gap:
    """The marker of an answer still to be given."""

    def __repr__(self) -> str:
        return "GAP"


GAP = _Gap()
TEXT_KINDS = (Kind.TEXT, Kind.NAME, Kind.URL_OR_TEXT)
PLAIN = re.compile(r"[a-z][a-z0-9_-]*")
WIDTH = 96


def scalar(value: object) -> str:
    """One YAML scalar: lowercase words (ids, enum values) bare, every other string quoted, so
    that `NO` stays Norway and `0150` a postal code for every YAML reader."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if PLAIN.fullmatch(text) and text not in ("true", "false", "null", "yes", "no", "on", "off"):
        return text
    return json.dumps(text, ensure_ascii=False)


def is_gap(value: object) -> bool:
    """Nothing filled in: a gap, or an entity or list made of gaps only (an outline)."""
    if isinstance(value, dict):
        return bool(value) and all(is_gap(entry) for entry in value.values())
    if isinstance(value, list):
        return bool(value) and all(is_gap(entry) for entry in value)
    return value is GAP


class ProfileWriter:
    """Writes drafts in the organisation's languages (the first one's comments first). Inside
    an outline (`hashed`) every line is commented out, keeping its indentation readable."""

    def __init__(self, languages: list[str]) -> None:
        self.languages = languages
        self.lines: list[str] = []
        self.hashed = 0

    def emit(self, indent: int, text: str) -> None:
        if self.hashed:
            base = min(indent, self.hashed - 1)
            self.lines.append(" " * base + "# " + " " * (indent - base) + text)
        else:
            self.lines.append(" " * indent + text)

    def comment(self, text: str, indent: int) -> None:
        for line in textwrap.wrap(text, WIDTH - indent - 4, break_on_hyphens=False):
            self.emit(indent, "# " + line)

    def documented(self, spec: Spec, indent: int) -> None:
        seen: list[str] = []
        for lang in self.languages:
            doc = translator(lang).gettext(spec.doc)
            if doc not in seen:
                seen.append(doc)
                self.comment(doc, indent)

    def mapping(self, cls: type, values: dict, indent: int, commented: bool = True,
                item: bool = False) -> None:
        """The keys of one entity, in the model's order; an `item` of a list starts with `- `."""
        unknown = set(values) - {yaml_key for yaml_key, _, _ in specs_of(cls)}
        if unknown:
            raise ValueError(f"{cls.__name__} has no key {sorted(unknown)}")
        for yaml_key, _, spec in specs_of(cls):
            if yaml_key not in values:
                continue
            if commented:
                self.documented(spec, indent - 2 if item else indent)
            self.value(yaml_key, spec, values[yaml_key], indent, "- " if item else "", commented)
            item = False

    def value(self, name: str, spec: Spec, value: object, indent: int, dash: str,
              commented: bool) -> None:
        at = indent - len(dash)
        if is_gap(value) and not self.hashed:
            self.hashed = at + 1
            try:
                self.value(name, spec, None if value is GAP else value, indent, dash, commented)
            finally:
                self.hashed = 0
        elif value is None or value is GAP:
            self.emit(at, f"{dash}{name}:")
        elif spec.kind in TEXT_KINDS and isinstance(value, dict):
            self.text(name, value, indent, dash)
        elif spec.kind is Kind.ENTITY:
            self.emit(at, f"{dash}{name}:")
            self.mapping(spec.entity, value, indent + 2, commented)
        elif spec.kind is Kind.LIST and spec.item.kind is Kind.ENTITY and value:
            self.emit(at, f"{dash}{name}:")
            for number, entry in enumerate(value):
                # Every kind of key is explained once, at the list's first item.
                self.mapping(spec.item.entity, entry, indent + 4, commented and number == 0,
                             item=True)
        elif spec.kind is Kind.LIST:
            self.emit(at, f"{dash}{name}: [{', '.join(scalar(entry) for entry in value)}]")
        else:
            self.emit(at, f"{dash}{name}: {scalar(value)}")

    def text(self, name: str, value: dict, indent: int, dash: str) -> None:
        pairs = [(lang, value[lang]) for lang in self.languages if value.get(lang)]
        pairs += [(lang, text) for lang, text in value.items()
                  if lang not in self.languages and text]
        flow = "{" + ", ".join(f"{lang}: {scalar(text)}" for lang, text in pairs) + "}"
        at = indent - len(dash)
        if indent + len(name) + len(flow) + 2 <= WIDTH:
            self.emit(at, f"{dash}{name}: {flow}")
            return
        self.emit(at, f"{dash}{name}:")
        for lang, text in pairs:
            self.emit(indent + 2, f"{lang}: {scalar(text)}")


def profile_yaml(draft: dict, header: list[str]) -> str:
    """The draft as the text of `org_profiles/<id>.yaml`, after the `header` comment lines."""
    languages = [lang for lang in draft.get("languages") or () if isinstance(lang, str)]
    writer = ProfileWriter(languages or ["en"])
    for line in header:
        writer.comment(line, 0)
    writer.lines.append("")
    blank_before = {"controller", "data_subjects", "data_categories", "sources", "recipients",
                    "purposes", "automated_decisions", "rights", "changes"}
    for yaml_key, _, spec in specs_of(Profile):
        if yaml_key not in draft:
            continue
        if yaml_key in blank_before:
            writer.lines.append("")
        writer.documented(spec, 0)
        writer.value(yaml_key, spec, draft[yaml_key], 0, "", True)
    unknown = set(draft) - {yaml_key for yaml_key, _, _ in specs_of(Profile)}
    if unknown:
        raise ValueError(f"Profile has no key {sorted(unknown)}")
    return "\n".join(writer.lines) + "\n"
