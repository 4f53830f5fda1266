"""Building the typed profile from YAML nodes, collecting every reading problem on the way.

The builder never stops at the first problem: a bad value becomes `INVALID` (already reported,
so no rule reports it again) and building goes on. A key whose absence a transparency rule is
about is left to that rule (`Spec.rule`), so one problem gives one finding.
"""

from __future__ import annotations

import yaml

from ..check.findings import Finding, Location, finding, join_path, message
from ..check.rules import invalid_value, missing_key, unknown_key, yaml_syntax
from .model import INVALID, Items, Keyed, Profile, Text, Where
from .safe_text import unsafe_pieces
from .spec import Kind, Spec, specs_of
from .values import (EXPECTED, SUPPORTED_LANGUAGES, BadValue, closest, describe_expected,
                     is_web_address, read_scalar)

ALLOWED_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)
NULL_TAG = "tag:yaml.org,2002:null"
# YAML problems concern the file, not a key of the profile: their path is "" (the line and
# column say where), like those the loader finds before there is any profile.
FILE = ""


def _position(node: yaml.Node) -> tuple[int, int]:
    mark = node.start_mark
    return mark.line + 1, mark.column + 1


class _Builder:
    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self.languages: tuple[str, ...] = ()
        # `languages` names one privdocs does not write: that is its one finding, so texts in
        # the languages privdocs does write are not reported again, text by text.
        self.languages_refused = False
        self.texts: list[Text] = []

    def report(self, rule_id: str, location: Location, msgid: str, **args: object) -> None:
        self.findings.append(finding(rule_id, location, msgid, **args))

    def at(self, node: yaml.Node, path: str) -> Location:
        return Location(path, *_position(node))

    # -- mappings -------------------------------------------------------------------------
    def mapping(self, node: yaml.MappingNode, path: str, known) -> dict[str, yaml.Node]:
        """The mapping's keys with their value nodes; reports duplicates and unknown keys."""
        seen: dict[str, yaml.Node] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or not self.tag_ok(key_node, path):
                self.report(yaml_syntax.ID, self.at(key_node, FILE), yaml_syntax.COMPLEX_KEY)
                continue
            name = key_node.value
            if name in seen:
                self.report(yaml_syntax.ID, self.at(key_node, FILE),
                            yaml_syntax.DUPLICATE_KEY, key=name, first=first_line[name])
                continue
            seen[name] = value_node
            first_line[name] = key_node.start_mark.line + 1
            if name not in known:
                hint = closest(name, known)
                location = self.at(key_node, join_path(path, name))
                if known is self.languages and name in SUPPORTED_LANGUAGES:
                    if self.languages_refused:
                        continue
                    self.report(unknown_key.ID, location, unknown_key.UNDECLARED_LANGUAGE,
                                key=name, languages=", ".join(dict.fromkeys(self.languages)))
                elif hint:
                    self.report(unknown_key.ID, location, unknown_key.WITH_HINT, key=name,
                                hint=hint)
                else:
                    self.report(unknown_key.ID, location, unknown_key.PLAIN, key=name)
        return seen

    def entity(self, cls: type, node: yaml.Node, path: str):
        if not isinstance(node, yaml.MappingNode):
            self.bad_type(node, path, Kind.ENTITY)
            return INVALID
        specs = specs_of(cls)
        seen = self.mapping(node, path, [yaml_key for yaml_key, _, _ in specs])
        where = Where(path, *_position(node), {k: _position(v) for k, v in seen.items()})
        values = {}
        for yaml_key, attribute, spec in specs:
            value_node = seen.get(yaml_key)
            value = None
            if value_node is not None and not (isinstance(value_node, yaml.ScalarNode)
                                               and value_node.tag == NULL_TAG):
                value = self.value(spec, value_node, join_path(path, yaml_key))
            if value is None:  # absent, null, or an empty string: all say nothing
                if spec.required and spec.rule is None:
                    msgid, args = describe_expected(spec)
                    self.report(missing_key.ID, where.at(yaml_key), missing_key.MESSAGE,
                                key=yaml_key, expected=message(msgid, **args))
                    values[attribute] = INVALID
                elif isinstance(spec.default, tuple):
                    values[attribute] = list(spec.default)
                else:
                    values[attribute] = spec.default
                continue
            values[attribute] = value
        return cls(where=where, **values)

    # -- values ---------------------------------------------------------------------------
    def tag_ok(self, node: yaml.Node, path: str) -> bool:
        if node.tag in ALLOWED_TAGS:
            return True
        self.report(yaml_syntax.ID, self.at(node, FILE), yaml_syntax.CUSTOM_TAG,
                    tag=yaml_syntax.short_tag(node.tag))
        return False

    def bad_type(self, node: yaml.Node, path: str, kind: Kind, spec: Spec | None = None) -> None:
        msgid, args = describe_expected(spec or Spec(kind, ""))
        self.report(invalid_value.ID, self.at(node, path), invalid_value.WRONG,
                    expected=message(msgid, **args))

    def value(self, spec: Spec, node: yaml.Node, path: str):
        """The value of `node` as `spec` reads it; None for an empty string or text."""
        if not self.tag_ok(node, path):
            return INVALID
        kind = spec.kind
        if kind is Kind.ENTITY and spec.or_text:
            return self.entity_or_text(spec, node, path)
        if kind is Kind.ENTITY:
            return self.entity(spec.entity, node, path)
        if kind is Kind.MAPPING:
            return self.keyed(spec, node, path)
        if kind is Kind.LIST:
            if not isinstance(node, yaml.SequenceNode):
                self.bad_type(node, path, Kind.LIST)
                return INVALID
            if spec.non_empty and not node.value:
                self.report(invalid_value.ID, self.at(node, path), invalid_value.WRONG,
                            expected=message(EXPECTED["non_empty"]))
                return INVALID
            items = Items([self.value(spec.item, child, join_path(path, index))
                           for index, child in enumerate(node.value)],
                          [_position(child) for child in node.value])
            if spec.unique:
                self.report_repeats(items, node, path)
            return items
        if kind in (Kind.TEXT, Kind.URL_OR_TEXT, Kind.NAME):
            return self.text(spec, node, path)
        if not isinstance(node, yaml.ScalarNode) or node.tag == NULL_TAG:
            self.bad_type(node, path, kind, spec)
            return INVALID
        if not node.value.strip() and node.tag == "tag:yaml.org,2002:str":
            return None
        if kind is Kind.STRING and (pieces := unsafe_pieces(node.value)):
            self.report_unsafe(pieces, self.at(node, path))
            return INVALID
        try:
            return read_scalar(spec, node.value, node.tag)
        except BadValue as bad:
            msgid, args = describe_expected(spec)
            expected = message(msgid, **args)
            location = self.at(node, path)
            if bad.hint:
                self.report(invalid_value.ID, location, invalid_value.WITH_HINT,
                            value=node.value, expected=expected, hint=bad.hint)
            else:
                self.report(invalid_value.ID, location, invalid_value.BAD, value=node.value,
                            expected=expected)
            return INVALID

    def entity_or_text(self, spec: Spec, node: yaml.Node, path: str):
        """An entity, or a text standing for its first key (the text keeps its own path, so a
        translation lock made when the key was only a text stays valid)."""
        specs = specs_of(spec.entity)
        keys = {yaml_key for yaml_key, _, _ in specs}
        if isinstance(node, yaml.MappingNode) and any(
                isinstance(key_node, yaml.ScalarNode) and key_node.value in keys
                for key_node, _ in node.value):
            return self.entity(spec.entity, node, path)
        text = self.text(Spec(Kind.TEXT, ""), node, path)
        if text is None or text is INVALID:
            return text
        values = {attribute: list(child.default) if isinstance(child.default, tuple)
                  else child.default for _, attribute, child in specs}
        values[specs[0][1]] = text
        return spec.entity(where=Where(path, *_position(node), {}), **values)

    def keyed(self, spec: Spec, node: yaml.Node, path: str):
        """A mapping from ids to values; whether the ids name something is checked with the
        other references, once the whole profile is read."""
        if not isinstance(node, yaml.MappingNode):
            self.bad_type(node, path, Kind.MAPPING)
            return INVALID
        seen = self.mapping(node, path, _AnyLanguage())
        values = {}
        for name, value_node in seen.items():
            value = self.value(spec.item, value_node, join_path(path, name))
            if value is not None:
                values[name] = value
        return Keyed(values, Where(path, *_position(node),
                                   {name: _position(value) for name, value in seen.items()}))

    def report_repeats(self, items: Items, node: yaml.SequenceNode, path: str) -> None:
        first_line: dict[object, int] = {}
        for index, (value, child) in enumerate(zip(items, node.value, strict=True)):
            if not isinstance(value, str):
                continue
            if value in first_line:
                self.report(invalid_value.ID, self.at(child, join_path(path, index)),
                            invalid_value.REPEATED, value=value, first=first_line[value])
            else:
                first_line[value] = child.start_mark.line + 1

    def text(self, spec: Spec, node: yaml.Node, path: str):
        line, column = _position(node)
        if isinstance(node, yaml.ScalarNode) and node.tag != NULL_TAG:
            string = node.value.strip()
            if not string:
                return None
            if (spec.kind is Kind.NAME
                    or spec.kind is Kind.URL_OR_TEXT and is_web_address(string)):
                # A name given once, and a web address, read the same in every language.
                languages = self.languages or ("",)
                same = Text(dict.fromkeys(languages, string), Where(path, line, column, {}), True)
                self.check_markup(same)
                return same
            text = Text({self.languages[0] if self.languages else "": string},
                        Where(path, line, column, {}), True)
            self.check_markup(text)
            self.texts.append(text)
            return text
        if not isinstance(node, yaml.MappingNode):
            self.bad_type(node, path, spec.kind)
            return INVALID
        seen = self.mapping(node, path, self.languages or _AnyLanguage())
        values: dict[str, str] = {}
        unreadable: set[str] = set()
        keys: dict[str, tuple[int, int]] = {}
        for lang, value_node in seen.items():
            keys[lang] = _position(value_node)
            if isinstance(value_node, yaml.ScalarNode) and value_node.tag != NULL_TAG:
                if value_node.value.strip():
                    values[lang] = value_node.value.strip()
            elif isinstance(value_node, yaml.ScalarNode):
                continue  # `en: ~` is a missing translation, reported by translation-missing
            else:
                self.bad_type(value_node, join_path(path, lang), Kind.STRING)
                unreadable.add(lang)
        if not values and not unreadable:
            return None  # `{nl: "", en: ""}` says nothing, like an absent text
        text = Text(values, Where(path, line, column, keys), False, frozenset(unreadable))
        self.check_markup(text)
        self.texts.append(text)
        return text

    def check_markup(self, text: Text) -> None:
        for lang, string in text.values.items():
            pieces = unsafe_pieces(string)
            if pieces:  # the location only when needed: most texts are safe
                self.report_unsafe(pieces, text.at(lang))

    def report_unsafe(self, pieces, location: Location) -> None:
        """Reports each piece of a string that is not safe text (see `safe_text`)."""
        for piece in pieces:
            self.report(invalid_value.ID, location, piece.msgid, **dict(piece.args))


class _AnyLanguage(tuple):
    """Stands for the profile's languages when they could not be read: every key is known."""

    def __contains__(self, _item: object) -> bool:
        return True


def build_profile(root: yaml.MappingNode) -> tuple[Profile, list[Finding]]:
    """The typed profile of a composed YAML document, and every reading problem in it."""
    builder = _Builder()
    for key_node, value_node in root.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == "languages":
            builder.languages = _languages_of(value_node)
            builder.languages_refused = any(lang not in SUPPORTED_LANGUAGES
                                            for lang in builder.languages)
            break
    profile = builder.entity(Profile, root, "")
    profile.texts = builder.texts
    return profile, builder.findings


def _languages_of(node: yaml.Node) -> tuple[str, ...]:
    """The profile's languages as far as they can be read (problems are reported later)."""
    if not isinstance(node, yaml.SequenceNode):
        return ()
    languages = tuple(child.value for child in node.value if isinstance(child, yaml.ScalarNode))
    return languages if languages and all(languages) else ()
