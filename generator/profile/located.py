"""What the model is made of: values read from a profile that know where they stand in it.

`Where` is a mapping's place (path, line, column, and the position of each key's value),
`Text` a text in every language of the profile, `Items` a list that remembers its items'
positions, `Entity` the base of every model class, and `INVALID` the value of what could not be
read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..check.findings import Location, join_path


@dataclass(slots=True)
class Where:
    """Where a mapping stands: its path, line and column, and the position of each key's value."""

    path: str
    line: int
    column: int
    keys: dict[str, tuple[int, int]]

    def at(self, key_name: str) -> Location:
        """The location of `key_name`: its value's position, or this mapping's when absent."""
        line, column = self.keys.get(key_name, (self.line, self.column))
        return Location(join_path(self.path, key_name), line, column)

    @property
    def location(self) -> Location:
        return Location(self.path, self.line, self.column)


class Text:
    """A text in every language of the profile: `values` maps a language code to its string.

    A plain string counts as the profile's first language only (`plain` is then True).
    """

    __slots__ = ("values", "where", "plain", "unreadable")

    def __init__(self, values: dict[str, str], where: Where, plain: bool,
                 unreadable: frozenset[str] = frozenset()) -> None:
        self.values = values
        self.where = where
        self.plain = plain
        self.unreadable = unreadable  # languages given, but not as a string (reported)

    def get(self, lang: str) -> str | None:
        return self.values.get(lang)

    def at(self, lang: str) -> Location:
        """The location of the text in `lang` (the text itself when it is a plain string)."""
        if self.plain and lang in self.values:
            return self.where.location
        return self.where.at(lang)

    def __repr__(self) -> str:
        return f"Text({self.values!r})"


class Items(list):
    """A list read from the profile that remembers the line and column of each item."""

    __slots__ = ("positions",)

    def __init__(self, values, positions: list[tuple[int, int]]) -> None:
        super().__init__(values)
        self.positions = positions

    def location(self, base: Location, index: int) -> Location:
        line, column = self.positions[index]
        return Location(join_path(base.path, index), line, column)


class Keyed(dict):
    """A mapping read from the profile whose keys are ids: it knows where each key stands."""

    __slots__ = ("where",)

    def __init__(self, values, where: Where) -> None:
        super().__init__(values)
        self.where = where


@dataclass(kw_only=True, slots=True)
class Entity:
    where: Where = field(default=None, repr=False, compare=False)  # type: ignore[assignment]

    def at(self, key_name: str) -> Location:
        return self.where.at(key_name)

    @property
    def label(self) -> str:
        """How messages name this entry: its id, or its path when the id is unreadable."""
        entry_id = getattr(self, "id", None)
        return entry_id if isinstance(entry_id, str) else self.where.path


class _Invalid:
    """A value that was present but could not be read. It has been reported already, so rules
    must not report it again: it is truthy, iterates as empty, equals nothing but itself, and
    answers every attribute and call with itself."""

    __slots__ = ()

    def __bool__(self) -> bool:
        return True

    def __iter__(self):
        return iter(())

    def __contains__(self, _item: object) -> bool:
        return False

    def __getattr__(self, _name: str) -> "_Invalid":
        return self

    def __call__(self, *_args: object, **_kwargs: object) -> "_Invalid":
        return self

    def __repr__(self) -> str:
        return "INVALID"


INVALID = _Invalid()
