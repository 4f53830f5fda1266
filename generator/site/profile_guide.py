"""The profile guide: every key of the profile format, read from the model's declarations.

`model.py` declares each key once (`spec.key`); the builder, the JSON Schema and this guide all
read those declarations, so the guide cannot drift from what `check` accepts. Sections follow
the nesting of the format, in declaration order: the top level, then each mapping it holds
(`controller`, `purposes[]`, `purposes[].retention`, ...).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogs import translator
from ..profile.model import Profile
from ..profile.spec import Kind, Spec, specs_of
from ..profile.values import EXPECTED


@dataclass(frozen=True)
class KeyDoc:
    path: str  # "purposes[].retention.period"
    key: str  # "period"
    spec: Spec
    section: str | None  # the path of the section describing this key's mapping, if any

    @property
    def required(self) -> bool:
        return self.spec.required or self.spec.non_empty

    @property
    def entity(self) -> type | None:
        if self.spec.kind is Kind.ENTITY:
            return self.spec.entity
        if self.spec.kind is Kind.LIST and self.spec.item is not None:
            return self.spec.item.entity
        return None


@dataclass(frozen=True)
class Section:
    path: str  # "" for the top level
    summary: str  # the model class's docstring
    keys: tuple[KeyDoc, ...]

    @property
    def anchor(self) -> str:
        """An HTML id for the section: `purposes[].retention` -> `purposes-retention`."""
        return self.path.replace("[]", "").replace(".", "-") or "profile"


def _child_path(path: str, key: str, spec: Spec) -> str:
    child = f"{path}.{key}" if path else key
    return child + "[]" if spec.kind is Kind.LIST else child


def sections() -> list[Section]:
    """The sections of the guide, breadth first from the top level."""
    found: list[Section] = []
    queue: list[tuple[str, type]] = [("", Profile)]
    while queue:
        path, cls = queue.pop(0)
        keys = []
        for yaml_key, _attribute, spec in specs_of(cls):
            key_path = f"{path}.{yaml_key}" if path else yaml_key
            doc = KeyDoc(key_path, yaml_key, spec, None)
            if doc.entity is not None:
                section = _child_path(path, yaml_key, spec)
                doc = KeyDoc(key_path, yaml_key, spec, section)
                queue.append((section, doc.entity))
            keys.append(doc)
        summary = " ".join((cls.__doc__ or "").split())
        found.append(Section(path, summary, tuple(keys)))
    return found


def kind_description(spec: Spec, lang: str) -> str:
    """What a value of the key must be, in `lang`, from the messages `check` uses."""
    t = translator(lang)
    if spec.kind is Kind.ENUM:
        return t.format(EXPECTED[Kind.ENUM], values=", ".join(f"`{v}`" for v in spec.values))
    if spec.kind is Kind.LIST and spec.item is not None:
        item = kind_description(spec.item, lang)
        expected = EXPECTED["non_empty"] if spec.non_empty else EXPECTED[Kind.LIST]
        return t.gettext(expected) + ": " + item
    if spec.kind is Kind.REFERENCE and spec.refers_to:
        return t.gettext(EXPECTED[Kind.REFERENCE]) + f" (`{spec.refers_to}`)"
    return t.gettext(EXPECTED[spec.kind])
