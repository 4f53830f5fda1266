"""`check --format github` and `--format sarif` as CI sees them: annotations, and every finding
in the step summary when there are more than GitHub shows; SARIF addresses relative to the
repository root, each rule linked to its documentation."""

from __future__ import annotations

import json

import pytest

from generator.addresses import rule_url
from generator.check.report.step_summary import step_summary
from generator.cli import main

from .conftest import MINIMAL, ROOT, confirm_translations


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def profile_with_unknown_keys(tmp_path, count: int):
    """A clean profile plus `count` unknown top-level keys: `count` errors, one a line."""
    keys = [f"extra_{index}: 1" for index in range(count - 1)] + ['"odd|key<b>*x*</b>": 1']
    path = tmp_path / "minimal.yaml"
    path.write_text(MINIMAL.read_text(encoding="utf-8") + "\n".join(keys) + "\n",
                    encoding="utf-8")
    confirm_translations(path)
    return path


@pytest.fixture
def summary_file(tmp_path, monkeypatch):
    path = tmp_path / "step-summary.md"
    path.write_text("# an earlier step's summary\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(path))
    return path


def test_up_to_ten_errors_are_annotations_only(capsys, tmp_path, summary_file):
    code, out, _ = run(capsys, "check", "--format", "github", "--lang", "en",
                       str(profile_with_unknown_keys(tmp_path, 10)))
    assert code == 1
    assert out.count("::error ") == 10 and "::notice" not in out
    assert summary_file.read_text(encoding="utf-8") == "# an earlier step's summary\n"


def test_more_than_ten_go_to_the_step_summary_and_a_notice_says_so(capsys, tmp_path,
                                                                   summary_file):
    path = profile_with_unknown_keys(tmp_path, 12)
    code, out, _ = run(capsys, "check", "--format", "github", "--lang", "en", str(path))
    assert code == 1
    assert out.count("::error ") == 12  # all in the log, GitHub shows ten
    assert out.splitlines()[-1] == (
        "::notice title=privdocs::GitHub shows at most 10 errors and 10 warnings of a step as "
        "annotations; all 12 findings are in the summary of this step.")
    summary = summary_file.read_text(encoding="utf-8")
    assert summary.startswith("# an earlier step's summary\n## privdocs check\n\n"
                              "1 profile checked: 12 errors, 0 warnings.\n")
    table = [line for line in summary.splitlines() if line.startswith("| ")]
    assert table[0] == "| Place | Severity | Rule | Message |"
    assert len(table) == 13
    assert all(f"{path}:".replace("_", "&#95;") in row for row in table[1:])
    odd = next(row for row in table if "odd" in row)
    # The key is shown as text: no HTML, no emphasis, no extra table cell.
    assert "<b>" not in odd and "*x*" not in odd and odd.count("|") == 5
    assert "&lt;b&gt;&#42;x&#42;&lt;/b&gt;" in odd


def test_without_a_step_summary_the_notice_points_at_the_log(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    _, out, _ = run(capsys, "check", "--format", "github", "--lang", "nl",
                    str(profile_with_unknown_keys(tmp_path, 11)))
    assert out.splitlines()[-1].startswith("::notice title=privdocs::GitHub toont ")


def test_a_summary_too_large_for_github_is_cut_and_says_so(tmp_path):
    from generator.check.checking import check_file
    results = [check_file(profile_with_unknown_keys(tmp_path, 40))]
    text = step_summary(results, lambda _: "en", "en", limit=3000)
    assert len(text.encode("utf-8")) <= 3000
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    cut = 40 - (len(rows) - 1)
    assert 0 < cut < 40
    assert text.endswith(f"the other {cut} findings are in the log of this step.\n")


def test_sarif_addresses_files_from_the_repository_root(capsys, tmp_path, monkeypatch):
    relative = "tests/profiles/cli/no-retention.yaml"
    for folder, argument in ((ROOT, relative), (ROOT / "tests", "profiles/cli/no-retention.yaml"),
                             (tmp_path, str(ROOT / relative))):
        monkeypatch.chdir(folder)
        log = json.loads(run(capsys, "check", "--format", "sarif", argument)[1])
        [result] = log["runs"][0]["results"]
        assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {
            "uri": relative, "uriBaseId": "%SRCROOT%"}, folder


def test_outside_a_repository_the_working_folder_is_the_root(capsys, tmp_path, monkeypatch):
    if any((folder / ".git").exists() for folder in (tmp_path, *tmp_path.parents)):
        pytest.skip("the temporary folder is inside a repository")
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    inside, outside = tmp_path / "work" / "my profile.yaml", tmp_path / "other.yaml"
    for path in (inside, outside):
        path.write_text(MINIMAL.read_text(encoding="utf-8") + "colour: blue\n", encoding="utf-8")
    log = json.loads(run(capsys, "check", "--format", "sarif", str(inside), "../other.yaml")[1])
    locations = []
    for result in log["runs"][0]["results"]:
        location = result["locations"][0]["physicalLocation"]["artifactLocation"]
        if location not in locations:
            locations.append(location)
    assert locations == [{"uri": "my%20profile.yaml", "uriBaseId": "%SRCROOT%"},
                         {"uri": outside.as_uri()}]


def test_every_sarif_rule_links_to_its_section_of_the_rule_reference(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    log = json.loads(run(capsys, "check", "--format", "sarif", "org_profiles")[1])
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    reference = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in rules:
        assert rule["helpUri"] == rule_url(rule["id"])
        assert rule["helpUri"].endswith(f"/docs/rules.md#{rule['id']}")
        assert f"\n## `{rule['id']}`\n" in reference
