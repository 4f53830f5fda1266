"""Profile texts: `privdocs i18n status ORG` and `confirm`, the lock, and `translation-stale`."""

from __future__ import annotations

import json
import shutil

import pytest

from generator.check.checking import check_file
from generator.i18n.translation_lock import (Lock, lock_path, read_confirmations, read_lock,
                                             text_hash)

from .conftest import MINIMAL, rule_paths
from .i18n.helpers import MIXED, run

OLD_NAME = "name: {nl: Je lidmaatschap bijhouden, "
NEW_NAME = "name: {nl: Je lidmaatschap zorgvuldig bijhouden, "


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """An `org_profiles/` with the minimal profile under its own id, as the current directory."""
    (tmp_path / "org_profiles").mkdir()
    profile = tmp_path / "org_profiles" / "minimal.yaml"
    shutil.copy(MINIMAL, profile)
    monkeypatch.chdir(tmp_path)
    return profile


def change_source(profile):
    text = profile.read_text(encoding="utf-8")
    assert OLD_NAME in text
    profile.write_text(text.replace(OLD_NAME, NEW_NAME), encoding="utf-8")


def test_changed_source_is_stale_until_confirmed(capsys, workdir):
    code, out, _ = run(capsys, "i18n", "confirm", "minimal")
    assert code == 0
    assert out == ("7 texts of org_profiles/minimal.yaml confirmed in "
                   "org_profiles/minimal.translations.json.\n")
    assert ("translation-stale", "purposes[0].name.en") not in rule_paths(check_file(workdir))

    change_source(workdir)
    result = check_file(workdir)
    assert {(rule, path) for rule, path in rule_paths(result)
            if rule.startswith("translation")} == {("translation-stale", "purposes[0].name.en")}
    code, out, _ = run(capsys, "check", "--strict", "--lang", "en", "org_profiles/minimal.yaml")
    assert code == 1 and "[translation-stale, purposes[0].name.en]" in out
    assert run(capsys, "check", "--lang", "en", "org_profiles/minimal.yaml")[0] == 0

    code, out, _ = run(capsys, "i18n", "status", "minimal")
    assert code == 1
    assert out == (
        "org_profiles/minimal.yaml: 7 texts; 0 lacking a language, 1 stale, 0 unconfirmed\n"
        "  purposes[0].name (line 21): the `nl` text changed after the `en` translation was "
        "confirmed\n"
        "      was: Je lidmaatschap bijhouden\n"
        "      now: Je lidmaatschap zorgvuldig bijhouden\n"
        "Some translations are missing, fuzzy, out of date or not confirmed.\n")

    code, out, _ = run(capsys, "i18n", "confirm", "minimal", "purposes[0].name")
    assert (code, out) == (0, "1 text of org_profiles/minimal.yaml confirmed in "
                              "org_profiles/minimal.translations.json.\n")
    assert not any(rule.startswith("translation") for rule, _ in rule_paths(check_file(workdir)))
    assert run(capsys, "check", "--strict", "--lang", "en", "org_profiles/minimal.yaml")[0] == 0
    code, out, _ = run(capsys, "i18n", "status", "minimal")
    assert code == 0 and out.endswith("Every translation is complete and current.\n")


def test_status_json_lists_missing_stale_and_unconfirmed(capsys, workdir):
    run(capsys, "i18n", "confirm", "minimal")
    change_source(workdir)
    text = workdir.read_text(encoding="utf-8")
    text = text.replace("name: {nl: Leden, en: Members}", "name: {nl: Leden}")
    text = text.replace("en: We e-mail you about every change.}", "en: We e-mail you.}")
    workdir.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "i18n", "status", "org_profiles/minimal.yaml", "--format", "json")
    assert (code, err) == (1, "")
    document = json.loads(out)
    assert document["domains"] == [] and document["complete"] is False
    [profile] = document["profiles"]
    assert profile["missing"] == [{"path": "data_subjects[0].name", "line": 13, "column": 16,
                                   "languages": ["en"]}]
    assert profile["stale"] == [{"path": "purposes[0].name", "line": 21, "column": 16,
                                 "languages": ["en"], "old_source": "Je lidmaatschap bijhouden",
                                 "new_source": "Je lidmaatschap zorgvuldig bijhouden"}]
    # an edited translation is no longer the one confirmed
    assert [entry["path"] for entry in profile["unconfirmed"]] == ["changes.notify"]
    assert (profile["texts"], profile["complete"]) == (7, False)


def test_the_lock_is_deterministic_json_that_keeps_the_source(capsys, workdir):
    run(capsys, "i18n", "confirm", "minimal")
    lock_file = lock_path(workdir)
    first = lock_file.read_bytes()
    data = json.loads(first)
    assert data["format"] == 1
    assert data["sources"]["purposes[0].name"] == {"nl": "Je lidmaatschap bijhouden"}
    assert data["texts"]["purposes[0].name"] == {
        "nl": text_hash("Je lidmaatschap bijhouden"),
        "en": text_hash("Keeping track of your membership")}
    assert first.endswith(b"}\n")
    assert first.decode() == json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    run(capsys, "i18n", "confirm", "minimal")
    assert lock_file.read_bytes() == first
    assert not [path for path in lock_file.parent.iterdir() if path.name.endswith(".tmp")]


def test_a_lock_without_sources_still_reads_and_still_finds_stale_text(capsys, workdir):
    lock_path(workdir).write_text(json.dumps({"format": 1, "texts": {"purposes[0].name": {
        "nl": text_hash("Je lidmaatschap bijhouden"),
        "en": text_hash("Keeping track of your membership")}}}), encoding="utf-8")
    assert read_lock(workdir).sources == {}
    change_source(workdir)
    assert ("translation-stale", "purposes[0].name.en") in rule_paths(check_file(workdir))
    code, out, _ = run(capsys, "i18n", "status", "minimal")
    assert code == 1
    assert "      was: not recorded (the lock is older than recorded source texts)\n" in out


def test_confirm_all_forgets_paths_that_are_gone_and_skips_incomplete_texts(capsys, workdir):
    lock = Lock()
    lock.confirm("purposes[9].name", {"nl": "weg", "en": "gone"}, "nl")
    lock_path(workdir).write_text(lock.to_json(), encoding="utf-8")
    text = workdir.read_text(encoding="utf-8")
    workdir.write_text(text.replace("name: {nl: Leden, en: Members}", "name: Leden"),
                       encoding="utf-8")
    code, out, _ = run(capsys, "i18n", "confirm", "minimal")
    assert code == 0
    assert out == ("6 texts of org_profiles/minimal.yaml confirmed in "
                   "org_profiles/minimal.translations.json.\n"
                   "1 text lacks a language and was not confirmed: data_subjects[0].name\n")
    confirmations = read_confirmations(workdir)
    assert "purposes[9].name" not in confirmations and "data_subjects[0].name" not in confirmations
    assert len(confirmations) == 6


@pytest.mark.parametrize("argv, code, message", [
    (["i18n", "status", "nobody"], 2,
     "nobody: no such profile (neither a file nor an id in org_profiles/)."),
    (["i18n", "confirm", "nobody"], 2,
     "nobody: no such profile (neither a file nor an id in org_profiles/)."),
    (["i18n", "export", "nobody", "--lang", "en"], 2,
     "nobody: no such profile (neither a file nor an id in org_profiles/)."),
    (["i18n", "confirm", "minimal", "purposes[7].name", "security"], 2,
     "org_profiles/minimal.yaml has no text at purposes[7].name, security."),
])
def test_bad_arguments_are_one_clean_line(capsys, workdir, argv, code, message):
    assert run(capsys, *argv) == (code, "", f"privdocs: error: {message}\n")


def test_confirming_an_incomplete_text_by_path_is_refused(capsys, workdir):
    text = workdir.read_text(encoding="utf-8")
    workdir.write_text(text.replace("name: {nl: Leden, en: Members}", "name: {nl: Leden}"),
                       encoding="utf-8")
    code, out, err = run(capsys, "i18n", "confirm", "minimal", "data_subjects[0].name")
    assert (code, out) == (1, "")
    assert err == ("privdocs: error: data_subjects[0].name cannot be confirmed: a translation is "
                   "missing (see `privdocs i18n status org_profiles/minimal.yaml`).\n")
    assert not lock_path(workdir).exists()


@pytest.mark.parametrize("content", ["{not json", '{"format": 1, "texts": []}',
                                     '{"format": 2, "texts": {}}',
                                     '{"format": 1, "texts": {}, "sources": {"a": "b"}}'])
def test_a_malformed_lock_is_one_clean_line(capsys, workdir, content):
    lock_path(workdir).write_text(content, encoding="utf-8")
    for argv in (["i18n", "status", "minimal"], ["i18n", "export", "minimal", "--lang", "en"],
                 ["i18n", "confirm", "minimal", "purposes[0].name"]):
        code, out, err = run(capsys, *argv)
        assert (code, out) == (1, ""), argv
        assert err.startswith("privdocs: error: The translation lock "
                              "org_profiles/minimal.translations.json cannot be read (")
        assert len(err.splitlines()) == 1
    # `check` reports it as a finding, and confirming every text writes a good lock again.
    assert "translation-stale" in {rule for rule, _ in rule_paths(check_file(workdir))}
    assert run(capsys, "i18n", "confirm", "minimal")[0] == 0
    assert len(read_confirmations(workdir)) == 7


def test_an_unreadable_profile_is_one_clean_line(capsys, workdir):
    workdir.write_text("format: 1\nid: [unclosed\n", encoding="utf-8")
    code, out, err = run(capsys, "i18n", "status", "minimal")
    assert (code, out) == (1, "")
    assert err.startswith("privdocs: error: org_profiles/minimal.yaml cannot be read as a profile "
                          "(This is not valid YAML: ")
    assert err.endswith("run `privdocs check org_profiles/minimal.yaml`.\n")
    code, out, err = run(capsys, "i18n", "status", "minimal", "--lang", "nl")
    assert err.startswith("privdocs: fout: ") and "geen geldige YAML" in err


def test_status_without_org_covers_every_profile(capsys, workdir):
    shutil.copy(MIXED, workdir.parent / "mixed-styles.yaml")
    code, out, _ = run(capsys, "i18n", "status", "--format", "json")
    document = json.loads(out)
    assert [profile["file"] for profile in document["profiles"]] == [
        "org_profiles/minimal.yaml", "org_profiles/mixed-styles.yaml"]
    assert [domain["domain"] for domain in document["domains"]] == ["privdocs", "statement"]
    assert code == 1  # mixed-styles lacks English texts
