"""`privdocs diff` on the command line: every format, the exit codes and the one-line errors."""

from __future__ import annotations

import io
import json
import re
import shutil
import sys

import pytest

from generator.cli import main

from .conftest import MINIMAL, ROOT, confirm_translations

ORG = "hogeschool-kempen"


@pytest.fixture
def examples(monkeypatch):
    """The committed archive and profiles, read where they are."""
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture
def copy(tmp_path, monkeypatch):
    """A copy of one example organisation's archive and profile, free to damage."""
    shutil.copytree(ROOT / "statements" / ORG, tmp_path / "statements" / ORG)
    (tmp_path / "org_profiles").mkdir()
    shutil.copy(ROOT / "org_profiles" / f"{ORG}.yaml", tmp_path / "org_profiles")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_version_against_itself_reports_nothing_and_exits_0(examples, capsys):
    assert run(capsys, "diff", ORG, "1.1", "1.1") == (0, (
        "Wijzigingen in hogeschool-kempen: versie 1.1 -> versie 1.1\n"
        "Versie 1.1: geldig vanaf 1 oktober 2026.\n"
        "\n"
        "Inhoudelijke wijzigingen\n"
        "Geen inhoudelijke wijzigingen.\n"
        "\n"
        "Wijzigingen in de tekst\n"
        "De tekst van de documenten is niet veranderd.\n"), "")
    code, out, err = run(capsys, "diff", ORG, "1.0", "1.0", "--format", "json")
    document = json.loads(out)
    assert (code, err) == (0, "")
    assert (document["from"], document["to"], document["changes"], document["sections"]) == (
        "1.0", "1.0", [], [])


@pytest.mark.parametrize(("argv", "message"), [
    (("diff", ORG, "1.0", "1.7"),
     "hogeschool-kempen has no version 1.7; its versions: 1.0, 1.1, 1.2, 1.3."),
    (("diff", ORG, "0.9"),
     "hogeschool-kempen has no version 0.9; its versions: 1.0, 1.1, 1.2, 1.3."),
    (("diff", ORG, "1.x"), "`1.x` is not a version number: write it as MAJOR.MINOR, such as "
                           "1.0 or 2.3."),
    (("diff", "no-such-org"),
     "no-such-org has no published versions (no statements/no-such-org/versions.yaml)."),
])
def test_an_unknown_version_or_organisation_is_one_clean_line_and_exit_2(examples, capsys,
                                                                          argv, message):
    assert run(capsys, *argv) == (2, "", f"privdocs: error: {message}\n")


def test_the_error_is_in_the_language_asked_for(examples, capsys):
    assert run(capsys, "diff", ORG, "1.0", "2.0", "--lang", "nl") == (
        2, "", "privdocs: fout: hogeschool-kempen heeft geen versie 2.0; de versies: 1.0, "
               "1.1, 1.2, 1.3.\n")


def test_an_unreadable_manifest_or_archive_is_exit_1(copy, capsys):
    (copy / "statements" / ORG / "1.0" / "nl" / "statement.md").unlink()
    code, out, err = run(capsys, "diff", ORG, "1.0", "1.1")
    assert (code, out) == (1, "")
    # The archive is verified (by its hashes) before anything is read from it.
    assert err == ("privdocs: error: The archive is not as it was published: missing: "
                   "statements/hogeschool-kempen/1.0/nl/statement.md is listed in its manifest "
                   "but absent. privdocs does not use it; `privdocs verify` lists every problem, "
                   "and version control restores what was published.\n")
    shutil.copy(ROOT / "statements" / ORG / "1.0" / "nl" / "statement.md",
                copy / "statements" / ORG / "1.0" / "nl" / "statement.md")
    (copy / "statements" / ORG / "1.1" / "profile.yaml").write_text("purposes: [\n")
    code, out, err = run(capsys, "diff", ORG, "1.1", "1.1")
    assert (code, out, err.count("\n")) == (1, "", 1)
    assert "modified: statements/hogeschool-kempen/1.1/profile.yaml differs" in err
    (copy / "statements" / ORG / "versions.yaml").write_text("versions: {")
    code, out, err = run(capsys, "diff", ORG, "1.0", "1.1")
    assert (code, out, err.count("\n")) == (1, "", 1)
    assert err.startswith("privdocs: error: statements/hogeschool-kempen/versions.yaml cannot "
                          "be read")


def test_an_unreadable_current_profile_is_exit_1(copy, capsys):
    (copy / "org_profiles" / f"{ORG}.yaml").write_text("id: [\n", encoding="utf-8")
    assert run(capsys, "diff", ORG) == (
        1, "", "privdocs: error: org_profiles/hogeschool-kempen.yaml cannot be read as a "
               "profile; `privdocs check org_profiles/hogeschool-kempen.yaml` shows why.\n")


@pytest.fixture
def as_published(copy):
    """The copy, with the profile that the latest version (1.3) was published from."""
    snapshot = copy / "statements" / ORG / "1.3" / "profile.yaml"
    shutil.copy(snapshot, copy / "org_profiles" / f"{ORG}.yaml")
    return copy


def test_without_to_the_latest_version_is_compared_with_the_draft(as_published, capsys):
    code, out, err = run(capsys, "diff", ORG, "--format", "json", "--lang", "en")
    document = json.loads(out)
    assert (code, err) == (0, "")
    assert (document["from"], document["to"], document["to_effective"]) == ("1.3", "draft", None)
    assert document["changes"] == []  # the profile is the one 1.3 was published from
    assert {section["lang"] for section in document["sections"]} == {"en"}
    assert "Version: draft" in "".join(op["text"] for section in document["sections"]
                                       for op in section["ops"] if op["op"] == "insert")
    code, out, _ = run(capsys, "diff", ORG, "1.0", "--lang", "en")
    assert out.startswith("Changes in hogeschool-kempen: version 1.0 -> the unpublished draft\n")


def test_json_for_tools(examples, capsys):
    code, out, err = run(capsys, "diff", ORG, "1.0", "1.1", "--format", "json",
                         "--document", "regulation")
    document = json.loads(out)
    assert (code, err) == (0, "")
    assert list(document) == ["organisation", "from", "to", "from_effective", "to_effective",
                              "languages", "documents", "changes", "sections"]
    assert document["changes"] == [{
        "kind": "purpose-added", "path": "purposes[4]", "from": None,
        "to": {"en": "Publishing photos and videos of activities",
               "nl": "Foto's en video's van activiteiten publiceren"},
        "material": True,
        "description": {"nl": "Nieuw doel: Foto's en video's van activiteiten publiceren",
                        "en": "New purpose: Publishing photos and videos of activities"}}]
    assert [(section["document"], section["lang"], section["section"])
            for section in document["sections"]] == [
        ("regulation", "nl", "Versies"), ("regulation", "nl", "Artikel 3 Doelen en grondslagen"),
        ("regulation", "nl", "Artikel 7 Bewaartermijnen"),
        ("regulation", "nl", "Artikel 17 Inwerkingtreding"),
        ("regulation", "en", "Versions"),
        ("regulation", "en", "Article 3 Purposes and legal bases"),
        ("regulation", "en", "Article 7 Retention"),
        ("regulation", "en", "Article 17 Entry into force")]
    ops = document["sections"][-1]["ops"]
    assert ops[1:4] == [{"op": "delete", "text": "2 March"}, {"op": "insert", "text": "1 October"},
                        {"op": "equal", "text": " 2026.\n2. These rules are called the privacy "
                                                "regulation of Hogeschool Kempen."}]
    assert {op["op"] for section in document["sections"] for op in section["ops"]} <= {
        "equal", "delete", "insert"}


def test_markdown_and_html_show_both_languages_without_lang(examples, capsys):
    code, out, err = run(capsys, "diff", ORG, "1.0", "1.1", "--format", "markdown")
    assert (code, err) == (0, "")
    assert not [line for line in out.splitlines() if line.startswith("# ")]
    assert "## Privacyverklaring (Nederlands)" in out and "## Privacyreglement (Engels)" in out
    assert "<ins>Foto's en video's van activiteiten publiceren</ins>" in out
    code, out, err = run(capsys, "diff", ORG, "1.0", "1.1", "--format", "html", "--lang", "en")
    assert (code, err) == (0, "")
    assert out.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert "Privacy statement (Dutch)" not in out and "Privacy statement (English)" in out


def test_text_marks_changes_with_markers_or_colour(examples, capsys, monkeypatch):
    argv = ("diff", "stichting-ons-onderwijs", "1.0", "1.1", "--lang", "en", "--document",
            "regulation")
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert "    - **Arranging extra support for pupils**: [-1 year-]{+2 years+} from the " \
           "moment your child leaves the school.\n" in out
    assert "\x1b[" not in out
    terminal = io.StringIO()
    terminal.isatty = lambda: True
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(list(argv)) == 0
    assert "\x1b[9;31m1 year\x1b[0m\x1b[4;32m2 years\x1b[0m" in terminal.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    terminal.seek(0)
    terminal.truncate()
    assert main(list(argv)) == 0
    assert "\x1b[" not in terminal.getvalue() and "[-1 year-]" in terminal.getvalue()


def test_a_draft_with_a_longer_retention_after_publishing(tmp_path, monkeypatch, capsys):
    """End to end: publish, change the profile, diff the draft, publish, diff the versions."""
    (tmp_path / "org_profiles").mkdir()
    profile = tmp_path / "org_profiles" / "minimal.yaml"
    profile.write_text(MINIMAL.read_text(encoding="utf-8"), encoding="utf-8")
    confirm_translations(profile)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRIVDOCS_TODAY", "2026-01-10")
    summaries = ("--summary-nl", "Versie.", "--summary-en", "Version.")
    assert run(capsys, "publish", "minimal", *summaries)[0] == 0
    profile.write_text(profile.read_text(encoding="utf-8").replace("P2Y", "P5Y"),
                       encoding="utf-8")
    code, out, err = run(capsys, "diff", "minimal", "--lang", "nl", "--document", "statement")
    assert (code, err) == (0, "")
    assert ("  [materieel]  purposes[0].retention  Bewaartermijn van Je lidmaatschap bijhouden: "
            "2 jaar -> 5 jaar\n") in out
    assert "**Hoe lang we de gegevens bewaren:** [-Twee-]{+Vijf+} jaar na het einde" in out
    assert run(capsys, "publish", "minimal", *summaries, "--effective", "2026-03-01")[0] == 0
    code, out, err = run(capsys, "diff", "minimal", "1.0", "1.1", "--format", "json")
    assert [change["kind"] for change in json.loads(out)["changes"]] == ["retention-changed"]


def test_a_language_neither_version_has_is_a_usage_error(tmp_path, monkeypatch, capsys):
    (tmp_path / "org_profiles").mkdir()
    dutch_only = re.sub(r", en: [^}]*\}", "}", MINIMAL.read_text(encoding="utf-8"))
    (tmp_path / "org_profiles" / "minimal.yaml").write_text(
        dutch_only.replace("languages: [nl, en]", "languages: [nl]"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRIVDOCS_TODAY", "2026-01-10")
    assert run(capsys, "publish", "minimal", "--summary-nl", "Eerste versie.")[0] == 0
    assert run(capsys, "diff", "minimal", "1.0", "1.0", "--lang", "en") == (
        2, "", "privdocs: error: Neither version of minimal is written in en; its languages: "
               "nl.\n")
