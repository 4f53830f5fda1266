"""The `privdocs check` and `privdocs schema` commands: whole outputs and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from generator.cli import main

from .conftest import MINIMAL, PROFILES, ROOT, confirm_translations

RETENTION = (PROFILES / "cli" / "no-retention.yaml").relative_to(ROOT).as_posix()
MINIMAL_REL = MINIMAL.relative_to(ROOT).as_posix()


@pytest.fixture(autouse=True)
def in_project_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_text_output_in_english(capsys):
    code, out, err = run(capsys, "check", "--lang", "en", RETENTION)
    assert code == 1
    assert err == ""
    assert out == (
        f"{RETENTION}:18:5  error  The purpose `membership` does not say how long its data are "
        "kept: give a retention `period` (such as P2Y), or the `criteria` that decide it.  "
        "[retention, purposes[0].retention]\n"
        "1 profile checked: 1 error, 0 warnings.\n"
    )


def test_text_output_defaults_to_the_profiles_first_language(capsys):
    code, out, _ = run(capsys, "check", RETENTION)
    assert code == 1
    assert out == (
        f"{RETENTION}:18:5  error  Het doel `membership` zegt niet hoe lang de gegevens bewaard "
        "worden: geef een bewaartermijn in `period` (zoals P2Y), of de criteria die hem bepalen "
        "in `criteria`.  [retention, purposes[0].retention]\n"
        "1 profiel gecontroleerd: 1 fout, 0 waarschuwingen.\n"
    )


def test_json_output_has_the_documented_shape(capsys):
    code, out, _ = run(capsys, "check", "--format", "json", "--lang", "en", RETENTION)
    assert code == 1
    document = json.loads(out)
    assert document == {
        "profiles": [{
            "file": RETENTION,
            "id": "no-retention",
            "language": "en",
            "findings": [{
                "rule": "retention",
                "severity": "error",
                "path": "purposes[0].retention",
                "line": 18,
                "column": 5,
                "article": "13(2)(a)",
                "message": "The purpose `membership` does not say how long its data are kept: "
                           "give a retention `period` (such as P2Y), or the `criteria` that "
                           "decide it.",
            }],
        }],
        "summary": {"profiles": 1, "errors": 1, "warnings": 0},
    }


def test_github_annotations(capsys):
    code, out, _ = run(capsys, "check", "--format", "github", "--lang", "en", RETENTION)
    assert code == 1
    assert out == (
        f"::error file={RETENTION},line=18,col=5,title=retention (purposes[0].retention)::"
        "The purpose `membership` does not say how long its data are kept: give a retention "
        "`period` (such as P2Y), or the `criteria` that decide it.\n"
        "1 profile checked: 1 error, 0 warnings.\n"
    )


def test_sarif_is_valid_sarif_2_1_0(capsys):
    code, out, _ = run(capsys, "check", "--format", "sarif", RETENTION)
    assert code == 1
    log = json.loads(out)
    assert log["version"] == "2.1.0"
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert len(rules) == 42 and len({rule["id"] for rule in rules}) == 42
    [result] = run_["results"]
    assert result["ruleId"] == "retention"
    assert rules[result["ruleIndex"]]["id"] == "retention"
    assert result["level"] == "error"
    location = result["locations"][0]
    assert location["physicalLocation"] == {
        "artifactLocation": {"uri": RETENTION, "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 18, "startColumn": 5},
    }
    assert location["logicalLocations"][0]["fullyQualifiedName"] == "purposes[0].retention"


def test_clean_profile_exits_zero(capsys):
    code, out, _ = run(capsys, "check", "--strict", "--lang", "en", MINIMAL_REL)
    assert (code, out) == (0, "1 profile checked: 0 errors, 0 warnings.\n")


def test_warnings_fail_only_under_strict(capsys, tmp_path):
    text = MINIMAL.read_text(encoding="utf-8").replace("id: minimal", "id: warned")
    text = text.replace("changes:\n  notify: {nl: We mailen je over elke wijziging., "
                        "en: We e-mail you about every change.}\n", "")
    profile = tmp_path / "warned.yaml"
    profile.write_text(text, encoding="utf-8")
    confirm_translations(profile)
    code, out, _ = run(capsys, "check", "--lang", "en", str(profile))
    assert code == 0
    assert out.endswith("1 profile checked: 0 errors, 1 warning.\n")
    assert "[changes-notice, changes]" in out
    code, _, _ = run(capsys, "check", "--strict", str(profile))
    assert code == 1


def test_directory_is_checked_file_by_file_in_order(capsys):
    code, out, _ = run(capsys, "check", "--strict", "--lang", "en", "org_profiles")
    assert (code, out) == (0, "3 profiles checked: 0 errors, 0 warnings.\n")


def test_default_path_is_org_profiles(capsys):
    code, out, _ = run(capsys, "check", "--lang", "en")
    assert (code, out) == (0, "3 profiles checked: 0 errors, 0 warnings.\n")


def test_missing_path_is_a_usage_error(capsys):
    code, out, err = run(capsys, "check", "--lang", "en", "no/such/profile.yaml")
    assert (code, out) == (2, "")
    assert err == "privdocs: error: no/such/profile.yaml: no such file or directory.\n"


def test_an_invalid_choice_is_a_usage_error_in_our_words(capsys):
    code, out, err = run(capsys, "check", "--format", "xml", "--lang", "en")
    assert (code, out) == (2, "")
    assert err == ("privdocs: error: `xml` is not a value of --format; choose from github, json, "
                   "sarif, text.\n")


def test_schema_command_prints_the_committed_schema(capsys):
    code, out, _ = run(capsys, "schema")
    assert code == 0
    committed = (ROOT / "schema" / "profile.schema.json").read_text(encoding="utf-8")
    assert out == committed, "run `make schema` and commit schema/profile.schema.json"


def test_console_script_runs_without_traceback_on_garbage(tmp_path):
    garbage = tmp_path / "garbage.yaml"
    garbage.write_bytes(b"\xff\xfe not utf-8 \x00")
    completed = subprocess.run([sys.executable, "-m", "generator", "check", "--lang", "en",
                                str(garbage)], capture_output=True, text=True, cwd=ROOT,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert completed.returncode == 1
    assert "Traceback" not in completed.stderr + completed.stdout
    assert "[yaml-syntax]" in completed.stdout
    assert "not valid UTF-8" in completed.stdout


def test_article_follows_where_the_data_come_from(capsys, tmp_path):
    """GDPR Art. 13 covers data obtained from the person, Art. 14 data obtained elsewhere."""
    text = (ROOT / RETENTION).read_text(encoding="utf-8").replace("id: no-retention",
                                                                  "id: from-register")
    text = text.replace("recipients: []\npurposes:", "recipients: []\nsources:\n  - id: register\n"
                        "    name: {nl: het ledenregister, en: the member register}\n"
                        "    public: false\npurposes:")
    text = text.replace("    legal_basis: contract\n",
                        "    legal_basis: contract\n    sources: [register]\n")
    profile = tmp_path / "from-register.yaml"
    profile.write_text(text, encoding="utf-8")
    confirm_translations(profile)
    code, out, _ = run(capsys, "check", "--format", "json", str(profile))
    [finding] = json.loads(out)["profiles"][0]["findings"]
    assert (finding["rule"], finding["article"]) == ("retention", "14(2)(a)")


def test_an_empty_directory_holds_no_profiles(capsys, tmp_path):
    code, out, err = run(capsys, "check", "--lang", "en", str(tmp_path))
    assert (code, out, err) == (0, "0 profiles checked: 0 errors, 0 warnings.\n", "")
