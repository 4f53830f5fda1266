"""Finding a profile by id or path, and reading it with its YAML text, nodes and lock.

The translation commands need more than `check` keeps: the exact text (to patch it), the
composed nodes (for the source span of every text) and the lock. Reading problems become one
clean error each; the details are `privdocs check`'s to report.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from ..catalogs import N_
from ..check.findings import message
from ..errors import PrivdocsError
from ..profile.builder import build_profile
from ..profile.loading import parse_text, read_text
from ..profile.model import Profile, Text
from .translation_lock import Lock, LockError, lock_path, read_lock

BOM = "\ufeff"

PROFILE_UNREADABLE = N_("{file} cannot be read as a profile ({problem}): run `privdocs check "
                        "{file}`.")
NO_LANGUAGES = N_("The languages of {file} cannot be read: run `privdocs check {file}`.")
LOCK_UNREADABLE = N_("The translation lock {file} cannot be read ({problem}).")


@dataclass
class LoadedProfile:
    """A profile as the translation commands need it."""

    path: Path
    text: str  # the YAML text, without a byte order mark
    bom: bool
    root: yaml.MappingNode
    profile: Profile
    lock: Lock

    @property
    def display(self) -> str:
        return self.path.as_posix()

    @property
    def lock_display(self) -> str:
        return lock_path(self.path).as_posix()

    @property
    def id(self) -> str:
        return self.profile.id if isinstance(self.profile.id, str) else self.path.stem

    @property
    def languages(self) -> list[str]:
        return list(self.profile.languages)

    @property
    def source_language(self) -> str:
        return self.profile.languages[0]

    @property
    def translation_languages(self) -> list[str]:
        return list(self.profile.languages[1:])

    def texts_by_path(self) -> dict[str, Text]:
        return {text.where.path: text for text in self.profile.texts}


def parse_profile(path: Path, text: str) -> tuple[yaml.MappingNode, Profile]:
    """Compose and build `text`; a profile that cannot be read, or whose languages cannot,
    is a clean error."""
    display = path.as_posix()
    document = parse_text(path, text)
    if document.root is None:
        problem = document.problem
        raise PrivdocsError(PROFILE_UNREADABLE, file=display,
                            problem=message(problem.msgid, **dict(problem.args)))
    profile, _findings = build_profile(document.root)
    languages = profile.languages
    if not isinstance(languages, list) or not languages \
            or not all(isinstance(lang, str) for lang in languages):
        raise PrivdocsError(NO_LANGUAGES, file=display)
    return document.root, profile


def load_profile(path: Path, *, lock_required: bool = True) -> LoadedProfile:
    """Read the profile at `path` with its lock. With `lock_required` false, an unreadable
    lock counts as empty (for rewriting it from scratch)."""
    display = path.as_posix()
    text, problem = read_text(path)
    if text is None:
        raise PrivdocsError(PROFILE_UNREADABLE, file=display,
                            problem=message(problem.msgid, **dict(problem.args)))
    with path.open("rb") as handle:
        bom = handle.read(3) == BOM.encode("utf-8")
    root, profile = parse_profile(path, text)
    try:
        lock = read_lock(path)
    except LockError as error:
        if lock_required:
            raise PrivdocsError(LOCK_UNREADABLE, file=lock_path(path).as_posix(),
                                problem=str(error)) from error
        lock = Lock()
    return LoadedProfile(path, text, bom, root, profile, lock)
