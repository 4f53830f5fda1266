"""How each key of the profile is declared: the one description from which the model builder,
the JSON Schema and the profile guide are all derived.

A model class is a dataclass whose fields carry a `Spec` in their metadata (see `key()`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import Any


class Kind(Enum):
    STRING = "string"
    TEXT = "text"              # {nl: ..., en: ...} or a plain string in the first language
    SLUG = "slug"
    EMAIL = "email"
    URL = "url"
    URL_OR_TEXT = "url_or_text"
    NAME = "name"              # a string, the same in every language, or translated like a text
    DURATION = "duration"
    COUNTRY = "country"
    EEA_COUNTRY = "eea_country"
    DATE = "date"
    LANGUAGE = "language"
    BOOL = "bool"
    INTEGER = "integer"
    ENUM = "enum"
    REFERENCE = "reference"    # an id from another list of the profile
    ENTITY = "entity"          # a nested mapping, described by another model class
    LIST = "list"              # a list of `item`
    MAPPING = "mapping"        # ids from the list `refers_to`, each mapped to an `item`


@dataclass(frozen=True)
class Spec:
    """One key. `rule` names the transparency rule that reports the key's absence; the builder
    then stays silent, so one problem gives one finding."""

    kind: Kind
    doc: str
    required: bool = False
    rule: str | None = None
    values: tuple[str, ...] = ()
    entity: type | None = None
    item: "Spec | None" = None
    refers_to: str | None = None
    default: Any = None
    also: tuple[str, ...] = ()  # values accepted for reading only, then refused by a rule
    yaml_key: str | None = None  # where the key is not a valid Python name (`from`)
    non_empty: bool = False  # a list that must have at least one item
    unique: bool = False  # a list whose items must differ
    or_text: bool = False  # an entity that may also be given as a text (then its first key)


def key(kind: Kind, doc: str, **options: Any):
    """A dataclass field declaring one profile key; absent keys default to None (or a copy of
    `default`)."""
    spec = Spec(kind, doc, **options)
    return dataclasses.field(default=None, metadata={"spec": spec})


def item(kind: Kind, **options: Any) -> Spec:
    """The spec of a list's items."""
    return Spec(kind, "", **options)


@lru_cache(maxsize=None)
def specs_of(cls: type) -> tuple[tuple[str, str, Spec], ...]:
    """The declared keys of a model class, in declaration order: (YAML key, attribute, spec)."""
    return tuple(
        (field.metadata["spec"].yaml_key or field.name, field.name, field.metadata["spec"])
        for field in dataclasses.fields(cls)
        if "spec" in field.metadata
    )
