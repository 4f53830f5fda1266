"""Reading files: what a profile must not be, refused fast and with a position."""

from __future__ import annotations

import time

from generator.check.checking import check_file
from generator.profile.loading import MAX_BYTES

from .conftest import MINIMAL, confirm_translations, rule_paths

LEVELS = "abcdefghi"
BILLION_LAUGHS = "\n".join(
    ["format: 1", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]"
       for previous, name in zip(LEVELS, LEVELS[1:], strict=False)]
) + "\n"


def only(result):
    [finding] = result.findings
    return finding


def test_alias_bomb_is_refused_in_milliseconds(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text(BILLION_LAUGHS, encoding="utf-8")
    started = time.perf_counter()
    result = check_file(path)
    elapsed = time.perf_counter() - started
    finding = only(result)
    assert (finding.rule, finding.path, finding.line, finding.column) == ("yaml-syntax", "", 2, 4)
    assert "anchors (&a)" in finding.message_in("en")
    assert elapsed < 0.5  # generous for a slow CI machine; it takes about a millisecond


def test_file_over_one_mebibyte_is_refused_without_parsing(tmp_path):
    path = tmp_path / "large.yaml"
    path.write_text("# padding\n" * (MAX_BYTES // 10 + 1), encoding="utf-8")
    finding = only(check_file(path))
    assert finding.rule == "yaml-syntax"
    assert "at most 1048576 bytes" in finding.message_in("en")


def test_non_utf8_bytes_are_located(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("format: 1\nid: caf\u00e9\n".encode("latin-1"))
    finding = only(check_file(path))
    assert (finding.rule, finding.line, finding.column) == ("yaml-syntax", 2, 8)
    assert "byte 0xe9" in finding.message_in("en")


def test_a_utf8_byte_order_mark_is_fine(tmp_path):
    path = tmp_path / "minimal.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.read_bytes())
    confirm_translations(path)
    assert check_file(path).findings == []


def test_norway_stays_a_country_and_postal_codes_stay_strings(check_text):
    text = MINIMAL.read_text(encoding="utf-8").replace(
        'postal_code: "1234 AB", city: Utrecht, country: NL',
        "postal_code: 0150, city: Oslo, country: NO")
    result = check_text(text)
    assert result.findings == []
    assert result.profile.controller.address.country == "NO"
    assert result.profile.controller.address.postal_code == "0150"


def test_every_problem_is_collected_not_only_the_first(check_text):
    text = MINIMAL.read_text(encoding="utf-8").replace(
        "  - id: members\n", "  - id: Members!\n    colour: blue\n")
    assert rule_paths(check_text(text)) >= {
        ("invalid-value", "data_subjects[0].id"),
        ("unknown-key", "data_subjects[0].colour"),
        ("unknown-reference", "purposes[0].data_subjects[0]"),
    }


def test_empty_file_is_not_a_mapping(tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_text("", encoding="utf-8")
    finding = only(check_file(path))
    assert (finding.rule, finding.path) == ("yaml-syntax", "")
    assert "must be a mapping" in finding.message_in("en")


def test_unreadable_path_is_a_finding_not_a_traceback(tmp_path):
    directory = tmp_path / "dir.yaml"
    directory.mkdir()
    finding = only(check_file(directory))
    assert finding.rule == "yaml-syntax"
    assert "cannot be read" in finding.message_in("en")


def test_deep_nesting_is_refused_before_the_parser_overflows_its_stack(tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text("format: 1\nsecurity: " + "[" * 30000 + "]" * 30000 + "\n", encoding="utf-8")
    finding = only(check_file(path))
    assert (finding.rule, finding.line) == ("yaml-syntax", 2)
    assert "more than 100 levels deep" in finding.message_in("en")


def test_compact_nested_sequences_count_as_nesting(tmp_path):
    path = tmp_path / "dashes.yaml"
    path.write_text("format: 1\nsecurity:\n  " + "- " * 30000 + "x\n", encoding="utf-8")
    finding = only(check_file(path))
    assert (finding.rule, finding.line) == ("yaml-syntax", 3)
    assert "more than 100 levels deep" in finding.message_in("en")
