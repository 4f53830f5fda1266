"""Shared test helpers: where the fixtures are, and checking a profile given as text."""

from __future__ import annotations

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
