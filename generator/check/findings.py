"""The one model for what `check` reports: rules, locations and findings.

A finding stores its rule id, where it is, and the message id with the values the message
needs. The text is rendered late (`Finding.message_in`), in the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Callable, Iterable, Iterator

from ..catalogs import translator


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Location:
    """A place in a profile: its path (`purposes[2].retention`) and 1-based line and column."""

    path: str
    line: int
    column: int

    def child(self, key: str | int) -> "Location":
        return Location(join_path(self.path, key), self.line, self.column)


def join_path(path: str, key: str | int) -> str:
    """Extend a profile path by a mapping key or a list index, in the one notation we use."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


@dataclass(frozen=True, slots=True)
class Message:
    """A message id with its arguments, rendered late; it may itself be a finding's argument."""

    msgid: str
    args: tuple[tuple[str, object], ...] = ()

    def render(self, lang: str) -> str:
        return render_message(lang, self.msgid, self.args)


@dataclass(frozen=True, slots=True)
class CountryName:
    """A country code shown as the country's name in the reader's language: "Verenigde Staten"."""

    code: str

    def render(self, lang: str) -> str:
        from babel import Locale

        return Locale.parse(lang).territories.get(self.code, self.code)


class PluralMsgid(str):
    """A message id with a plural form (from `Nn_`): the string is the singular, so it sorts,
    compares and serialises like any message id; the argument `n` chooses the form."""

    __slots__ = ("plural",)

    def __new__(cls, singular: str, plural: str) -> "PluralMsgid":
        instance = super().__new__(cls, singular)
        instance.plural = plural
        return instance


def render_message(lang: str, msgid: str, args: tuple[tuple[str, object], ...] = ()) -> str:
    values = {name: value.render(lang) if isinstance(value, (Message, CountryName)) else value
              for name, value in args}
    t = translator(lang)
    if isinstance(msgid, PluralMsgid):
        return t.ngettext(msgid, msgid.plural, int(values.get("n", 1))).format(**values)
    return t.format(msgid, **values)


def message(msgid: str, **args: object) -> Message:
    return Message(msgid, tuple(sorted(args.items())))


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    path: str
    line: int
    column: int
    msgid: str
    args: tuple[tuple[str, object], ...] = ()
    specific_article: str | None = None

    @property
    def severity(self) -> Severity:
        return rule_by_id(self.rule).severity

    @property
    def article(self) -> str | None:
        """The GDPR article: the rule's, or the one that applies to this case (Art. 13 where
        data come from the person, Art. 14 where they come from elsewhere)."""
        return self.specific_article or rule_by_id(self.rule).article

    def message_in(self, lang: str) -> str:
        return render_message(lang, self.msgid, self.args)

    def sort_key(self) -> tuple:
        return (self.line, self.column, self.rule, self.path, self.msgid)


def finding(rule_id: str, location: Location, msgid: str | tuple[str, str], *,
            article: str | None = None, **args: object) -> Finding:
    """A finding of `rule_id` at `location`; `msgid` is rendered later with `args`. An `Nn_`
    pair as `msgid` chooses singular or plural by the argument `n`."""
    if isinstance(msgid, tuple):
        msgid = PluralMsgid(*msgid)
    return Finding(rule_id, location.path, location.line, location.column, msgid,
                   tuple(sorted(args.items())), article)


def article_13_or_14(from_person: bool, from_elsewhere: bool, art13: str, art14: str) -> str:
    """Art. 13 applies to data obtained from the person, Art. 14 to data obtained elsewhere."""
    if from_person and not from_elsewhere:
        return art13
    if from_elsewhere and not from_person:
        return art14
    return f"{art13}, {art14}"


@dataclass(frozen=True)
class Rule:
    """A check rule: stable id, severity, GDPR article and documentation (its module docstring).

    `check` takes the typed profile and yields findings. Rules about reading the file have no
    `check`: the loader and the model builder report them while they read.
    """

    id: str
    severity: Severity
    article: str | None
    doc: str
    check: Callable[[object], Iterable[Finding]] | None = field(default=None, compare=False)


_RULES: dict[str, Rule] = {}


def register_rules(rules: Iterable[Rule]) -> None:
    """Called by the rule registry (`check.rules`) as it loads. The finding model looks rules
    up here and never imports the registry, which imports the model. Every finding is made
    by code that names its rule's module (`from ..check.rules import missing_key`), and
    importing any rule module loads the registry: the rules are here before a finding is."""
    _RULES.update((rule.id, rule) for rule in rules)


def rule_by_id(rule_id: str) -> Rule:
    return _RULES[rule_id]


def sorted_findings(findings: Iterable[Finding]) -> Iterator[Finding]:
    return iter(sorted(set(findings), key=Finding.sort_key))
