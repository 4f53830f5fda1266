"""Shared test helpers: where the fixtures are, and checking a profile given as text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.check.checking import check_file
from generator.i18n.translation_lock import Lock, lock_path, write_lock
from generator.profile.builder import build_profile
from generator.profile.loading import load_document

ROOT = Path(__file__).resolve().parent.parent
PROFILES = Path(__file__).resolve().parent / "profiles"
MINIMAL = PROFILES / "valid" / "minimal.yaml"


NO_LOCK = "# lock: none"  # a fixture about unconfirmed translations keeps them unconfirmed


def confirm_translations(path: Path) -> None:
    """Write the lock that `privdocs i18n confirm` would write for the profile at `path`: every
    complete text confirmed. Most fixtures are about something else than translations."""
    document = load_document(path)
    if document.root is None:
        return
    profile, _ = build_profile(document.root)
    languages = profile.languages if isinstance(profile.languages, list) else []
    if len(languages) < 2 or not all(isinstance(lang, str) for lang in languages):
        return
    lock = Lock()
    for text in profile.texts:
        if all(lang in text.values for lang in languages):
            lock.confirm(text.where.path, {lang: text.values[lang] for lang in languages},
                         languages[0])
    write_lock(path, lock)


def confirmed_copy(path: Path, directory: Path) -> Path:
    """`path` itself when it comes with its own lock (or asks for none), else a copy of it in
    `directory` whose translations are all confirmed."""
    if lock_path(path).exists() or NO_LOCK in path.read_bytes().decode("utf-8", "replace"):
        return path
    copy = directory / path.name
    copy.write_bytes(path.read_bytes())
    confirm_translations(copy)
    return copy


@pytest.fixture
def check_text(tmp_path):
    """Check a profile given as YAML text; the file is named after `name` (its id). Its
    translations count as confirmed unless `confirmed` is false."""

    def check(text: str, name: str = "minimal", confirmed: bool = True):
        path = tmp_path / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        if confirmed:
            confirm_translations(path)
        return check_file(path)

    return check


def rule_paths(result) -> set[tuple[str, str]]:
    return {(found.rule, found.path) for found in result.findings}


def assert_matches_golden(produced: str, golden: Path, test_file: str) -> None:
    """`produced` equals the committed golden file; with UPDATE_GOLDEN=1 it is rewritten first
    (review the golden diff like code)."""
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(produced, encoding="utf-8", newline="\n")
    assert golden.exists(), f"no golden file {golden}: run UPDATE_GOLDEN=1 python3 -m pytest " \
                            f"{test_file}"
    assert produced == golden.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    """Messages fall back on the user's locale: tests run as in an English one, whatever the
    machine's (tests of that fallback set their own)."""
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
