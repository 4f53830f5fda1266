"""One fixture per defect: each file under profiles/invalid/ names, in `# expect:` lines, the
exact set of (rule, path) that `check` must report for it.

    # expect: retention purposes[0].retention
    # expect: yaml-syntax -          (a dash stands for the whole file, path "")
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.check.checking import check_file
from generator.check.rules import all_rules

from .conftest import PROFILES, confirmed_copy, rule_paths

EXPECT = re.compile(r"^#\s*expect:\s*(\S+)\s+(\S+)\s*$", re.MULTILINE)
INVALID = sorted((PROFILES / "invalid").glob("*.yaml"))
VALID = sorted((PROFILES / "valid").glob("*.yaml")) + sorted(
    (Path(__file__).resolve().parent.parent / "org_profiles").glob("*.yaml"))


def expectations(path: Path) -> set[tuple[str, str]]:
    text = path.read_bytes().decode("utf-8", errors="replace")
    return {(rule, "" if where == "-" else where) for rule, where in EXPECT.findall(text)}


@pytest.mark.parametrize("path", INVALID, ids=[path.stem for path in INVALID])
def test_fixture_yields_exactly_its_findings(path, tmp_path):
    expected = expectations(path)
    assert expected, f"{path.name} has no '# expect:' line"
    assert path.stem.split("--")[0] in {rule for rule, _ in expected}, \
        "a fixture is named after the rule it demonstrates"
    assert rule_paths(check_file(confirmed_copy(path, tmp_path))) == expected


@pytest.mark.parametrize("path", VALID, ids=[path.stem for path in VALID])
def test_valid_profiles_check_clean_even_strictly(path, tmp_path):
    assert check_file(confirmed_copy(path, tmp_path)).findings == []


def test_every_rule_has_a_fixture():
    covered = {path.stem.split("--")[0] for path in INVALID}
    generated_in_tests = {"yaml-syntax"}  # oversized and non-UTF-8 files are made by tests
    missing = {rule.id for rule in all_rules()} - covered - generated_in_tests
    assert not missing, f"rules without a fixture: {sorted(missing)}"
