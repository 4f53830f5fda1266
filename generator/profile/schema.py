"""The JSON Schema (draft 2020-12) of the profile format, derived from the model's key specs.

Editors with a YAML language server use it to complete and validate profiles while they are
typed. It describes shape and types; the rules that need the whole profile (references,
transparency, translations) stay with `privdocs check`.
"""

from __future__ import annotations

import json
import re

from ..addresses import schema_url
from ..law.countries import EEA, iso_codes
from ..law.durations import _PATTERN as DURATION_PATTERN
from .model import Profile
from .spec import Kind, Spec, specs_of
from .values import SUPPORTED_LANGUAGES

_STRING_FORMATS = {
    Kind.STRING: {"type": ["string", "number"]},
    Kind.SLUG: {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,62}$"},
    Kind.REFERENCE: {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,62}$"},
    Kind.EMAIL: {"type": "string", "format": "email",
                 "pattern": "^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$"},
    Kind.URL: {"type": "string", "format": "uri", "pattern": "^https?://"},
    Kind.DATE: {"type": "string", "format": "date"},
    Kind.BOOL: {"type": "boolean"},
}


# Python-only regular-expression syntax that ECMA-262 (what JSON Schema patterns are, and what
# an editor's JavaScript runs) rejects or reads differently: named groups in Python's spelling,
# comments, inline flags, atomic groups, conditionals, possessive quantifiers, \A and \Z.
PYTHON_ONLY = re.compile(r"\(\?P[<=]|\(\?#|\(\?[aiLmsux-]+[:)]|\(\?>|\(\?\(|[*+?}]\+|\\[AZ]")
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def ecma_pattern(pattern: re.Pattern) -> str:
    """`pattern`, anchored, in ECMA-262 syntax: Python's named groups become plain groups (the
    schema only matches, it never reads a group). Any other Python-only syntax is a bug in the
    pattern's source, refused here rather than shipped to editors that cannot compile it."""
    source = _NAMED_GROUP.sub("(?:", pattern.pattern)
    if PYTHON_ONLY.search(source):
        raise ValueError(f"not an ECMA-262 pattern: {source}")
    return f"^{source}$"


def _text_schema() -> dict:
    return {
        "description": "A text: a mapping from language code to string, or a plain string in "
                       "the profile's first language.",
        "anyOf": [
            {"type": "string"},
            {"type": "object",
             "propertyNames": {"enum": list(SUPPORTED_LANGUAGES)},
             "additionalProperties": {"type": "string"}},
        ],
    }


def _value_schema(spec: Spec, defs: dict) -> dict:
    kind = spec.kind
    if kind in (Kind.TEXT, Kind.URL_OR_TEXT, Kind.NAME):
        return {"$ref": "#/$defs/text"}
    if kind is Kind.ENUM:
        return {"enum": list(spec.values + spec.also)}
    if kind is Kind.INTEGER:
        return {"const": int(spec.values[0])} if spec.values else {"type": "integer"}
    if kind is Kind.DURATION:
        duration = {"type": "string", "pattern": ecma_pattern(DURATION_PATTERN)}
        return {"anyOf": [duration, {"enum": list(spec.also)}]} if spec.also else duration
    if kind is Kind.COUNTRY:
        return {"$ref": "#/$defs/country"}
    if kind is Kind.EEA_COUNTRY:
        return {"enum": sorted(EEA)}
    if kind is Kind.LANGUAGE:
        return {"enum": list(SUPPORTED_LANGUAGES)}
    if kind is Kind.ENTITY and spec.or_text:
        return {"anyOf": [{"$ref": "#/$defs/text"},
                          {"$ref": f"#/$defs/{_entity_schema(spec.entity, defs)}"}]}
    if kind is Kind.ENTITY:
        return {"$ref": f"#/$defs/{_entity_schema(spec.entity, defs)}"}
    if kind is Kind.MAPPING:
        return {"type": "object", "propertyNames": dict(_STRING_FORMATS[Kind.REFERENCE]),
                "additionalProperties": _value_schema(spec.item, defs)}
    if kind is Kind.LIST:
        schema = {"type": "array", "items": _value_schema(spec.item, defs)}
        return {**schema, "minItems": 1} if spec.non_empty else schema
    return dict(_STRING_FORMATS[kind])


def _entity_schema(cls: type, defs: dict) -> str:
    name = cls.__name__
    if name in defs:
        return name
    defs[name] = {}  # reserve the name first: entities may refer to each other
    properties, required = {}, []
    for yaml_key, _, spec in specs_of(cls):
        schema = _value_schema(spec, defs)
        properties[yaml_key] = {"description": spec.doc, **schema}
        if spec.required or spec.rule in _ALWAYS_REQUIRED:
            required.append(yaml_key)
    defs[name] = {"type": "object", "description": (cls.__doc__ or name).strip(),
                  "properties": properties, "additionalProperties": False}
    if required:
        defs[name]["required"] = required
    return name


# Keys a transparency rule reports whenever they are absent: an editor should ask for them too.
_ALWAYS_REQUIRED = {"legal-basis", "retention", "recipients-declared", "purpose-data-categories",
                    "purpose-required", "automated-decisions", "controller-identity"}


def profile_schema() -> dict:
    defs: dict = {
        "text": _text_schema(),
        "country": {"description": "An ISO 3166-1 alpha-2 country code.",
                    "enum": sorted(iso_codes())},
    }
    root = _entity_schema(Profile, defs)
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_url(),
        "title": "privdocs organisation profile (format 1)",
        "$ref": f"#/$defs/{root}",
        "$defs": {name: defs[name] for name in sorted(defs)},
    }
    return schema


def schema_json() -> str:
    return json.dumps(profile_schema(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
