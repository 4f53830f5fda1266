"""Answers to the questionnaire from a file (`privdocs new ORG --answers FILE`), for scripts.

The file is YAML or JSON: a mapping whose keys are the questionnaire's (see `docs/new.md`),
lists for the repeated parts (groups, categories, recipients, purposes). A key left out is a
skipped question. A key the questionnaire does not know, or an answer of the wrong kind, is
refused with the file and the key, before anything is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

import yaml

from ..catalogs import N_, Translator
from ..errors import UsageError
from ..profile.values import SLUG
from .asking import Choices, Validator

MAX_BYTES = 1 << 20
NOT_A_FILE = N_("{file}: cannot be read: it is not a regular file.")
TOO_BIG = N_("{file}: cannot be read: it is larger than 1 MiB.")
CANNOT_READ = N_("{file}: cannot be read: {reason}.")
NOT_YAML = N_("{file}:{line}: not valid YAML or JSON: {problem}.")
NOT_A_MAPPING = N_("{file}: the answers must be a mapping of questions to answers.")
WRONG_KIND = N_("{file}: `{key}`: expected {expected}.")
NOT_A_CHOICE = N_("{file}: `{key}`: `{value}` is not one of: {choices}.")
INVALID = N_("{file}: `{key}`: {problem}")
UNKNOWN = N_("{file}: `{key}` was not asked: there is no such question, or the other answers "
             "make it not apply.")
A_TEXT = N_("a text")
TEXTS = N_("a text, or a mapping from language to text")
YES_OR_NO = N_("true or false")
A_LIST = N_("a list")
MAPPINGS = N_("a list of mappings")
A_MAPPING = N_("a mapping")
NOT_AN_ID = N_("an id is lowercase letters, digits and hyphens.")


def read_answers(path: Path) -> dict:
    # A pipe or a device would block or never end: only a regular file is read.
    if path.exists() and not path.is_file():
        raise UsageError(NOT_A_FILE, file=path.as_posix())
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise UsageError(CANNOT_READ, file=path.as_posix(), reason=error.strerror or str(error))
    if len(data) > MAX_BYTES:
        raise UsageError(TOO_BIG, file=path.as_posix())
    try:
        answers = yaml.safe_load(data.decode("utf-8-sig")) or {}
    except UnicodeDecodeError as error:
        raise UsageError(CANNOT_READ, file=path.as_posix(), reason=error.reason)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise UsageError(NOT_YAML, file=path.as_posix(), line=mark.line + 1 if mark else 1,
                         problem=getattr(error, "problem", None) or str(error).splitlines()[0])
    if not isinstance(answers, dict):
        raise UsageError(NOT_A_MAPPING, file=path.as_posix())
    return answers


class AnswersAsker:
    """Answers the questionnaire from one mapping of the file; `used` collects every key asked
    for, so that keys nobody asked for can be refused as typing errors."""

    def __init__(self, answers: dict, file: str, t: Translator, prefix: str = "",
                 used: tuple[set[str], set[str]] | None = None) -> None:
        self.answers = answers
        self.file = file
        self.t = t
        self.prefix = prefix
        # The keys asked for, and those of them that hold further answers (scopes and lists).
        self.used, self.containers = used or (set(), set())

    def say(self, text: str) -> None:
        """Explanations are for people at a terminal."""

    def _path(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def _get(self, key: str) -> object:
        self.used.add(self._path(key))
        value = self.answers.get(key)
        return None if value == "" else value

    def _wrong(self, key: str, expected: str) -> UsageError:
        return UsageError(WRONG_KIND, file=self.file, key=self._path(key),
                          expected=self.t.gettext(expected))

    def text(self, key: str, prompt: str, default: str | None = None,
             validate: Validator | None = None) -> str | None:
        value = self._get(key)
        if value is None:
            return default  # as Enter takes the suggested answer at a terminal
        if isinstance(value, (dict, list, bool)):
            raise self._wrong(key, A_TEXT)
        value = str(value).strip()
        problem = validate(value) if validate else None
        if problem:
            raise UsageError(INVALID, file=self.file, key=self._path(key), problem=problem)
        return value

    def texts(self, key: str, prompt: str, languages: list[str],
              default: dict | None = None) -> dict | None:
        value = self._get(key)
        if value is None:
            return default
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return {languages[0]: str(value)}
        if not isinstance(value, dict) or not all(isinstance(text, str) for text in
                                                  value.values()):
            raise self._wrong(key, TEXTS)
        return {str(lang): text for lang, text in value.items() if text.strip()} or None

    def choice(self, key: str, prompt: str, choices: Choices, default: str | None = None,
               skippable: bool = True) -> str | None:
        value = self._get(key)
        if value is None:
            return default
        if isinstance(value, list):  # `languages: [nl, en]` reads as naturally as `nl,en`
            value = ",".join(str(entry) for entry in value)
        values = [choice for choice, _ in choices]
        if str(value) not in values:
            raise UsageError(NOT_A_CHOICE, file=self.file, key=self._path(key), value=value,
                             choices=", ".join(values))
        return str(value)

    def confirm(self, key: str, prompt: str, default: bool) -> bool:
        value = self._get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self._wrong(key, YES_OR_NO)
        return value

    def several(self, key: str, prompt: str, choices: Choices) -> list[str] | None:
        value = self._get(key)
        if value is None:
            return None
        if isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        if not isinstance(value, list):
            raise self._wrong(key, A_LIST)
        values = [choice for choice, _ in choices]
        for entry in value:
            if str(entry) not in values:
                raise UsageError(NOT_A_CHOICE, file=self.file, key=self._path(key), value=entry,
                                 choices=", ".join(values))
        return [str(entry) for entry in value]

    def given_id(self) -> str | None:
        """An answers file may fix an item's id, so that other answers can refer to it."""
        return self.text("id", "", validate=lambda text: None if SLUG.fullmatch(text)
                         else self.t.gettext(NOT_AN_ID))

    def scope(self, key: str) -> "AnswersAsker":
        value = self._get(key)
        if value is None:
            value = {}
        if not isinstance(value, dict):
            raise self._wrong(key, A_MAPPING)
        self.containers.add(self._path(key))
        return AnswersAsker(value, self.file, self.t, f"{self._path(key)}.",
                            (self.used, self.containers))

    def items(self, key: str, first: Callable[["AnswersAsker"], object]
              ) -> Iterator[tuple["AnswersAsker", object]]:
        value = self._get(key) or []
        if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
            raise self._wrong(key, MAPPINGS)
        self.containers.add(self._path(key))
        for number, entry in enumerate(value):
            item = AnswersAsker(entry, self.file, self.t, f"{self._path(key)}[{number}].",
                                (self.used, self.containers))
            answer = first(item)
            if answer is not None:
                yield item, answer

    def unknown_keys(self) -> list[str]:
        """Keys of the file that no question asked for (typing errors, most likely)."""
        found: list[str] = []

        def walk(value: object, prefix: str) -> None:
            if isinstance(value, dict):
                for key, entry in value.items():
                    path = f"{prefix}{key}"
                    if path not in self.used:
                        found.append(path)
                    elif path in self.containers:
                        walk(entry, f"{path}.")
            elif isinstance(value, list):
                for number, entry in enumerate(value):
                    walk(entry, f"{prefix[:-1]}[{number}].")

        walk(self.answers, self.prefix)
        return found

    def refuse_unknown(self) -> None:
        unknown = self.unknown_keys()
        if unknown:
            raise UsageError(UNKNOWN, file=self.file, key=unknown[0])
