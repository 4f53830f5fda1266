"""Shared test helpers: where the fixtures are, and checking a profile given as text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.checking import check_file

ROOT = Path(__file__).resolve().parent.parent
PROFILES = Path(__file__).resolve().parent / "profiles"
MINIMAL = PROFILES / "valid" / "minimal.yaml"


@pytest.fixture
def check_text(tmp_path):
    """Check a profile given as YAML text; the file is named after `name` (its id)."""

    def check(text: str, name: str = "minimal"):
        path = tmp_path / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
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
