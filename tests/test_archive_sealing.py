"""Archives written before manifests were sealed keep working, and are sealed once: by the next
publish, or by `privdocs verify --seal`. And a version replaced before it took effect says so."""

from __future__ import annotations

import shutil

import pytest
import yaml

from .conftest import ROOT
from .e2e.built_site import archive_as_of
from .test_publish import ORG, edit_profile, publish, run, tree, workspace  # noqa: F401

EXAMPLE = "hogeschool-kempen"
NOTE = ("note: statements/hogeschool-kempen/versions.yaml was written before manifests were "
        "sealed; the next publish, or `privdocs verify --seal`, seals it")


@pytest.fixture
def unsealed(tmp_path, monkeypatch):
    """A copy of an example archive as committed before sealing (format 1), and its profile."""
    statements = archive_as_of("2026-11-21", tmp_path)  # 1.0 and 1.1, before sealing existed
    for other in statements.iterdir():
        if other.name != EXAMPLE:
            shutil.rmtree(other)
    (tmp_path / "org_profiles").mkdir()
    for name in (f"{EXAMPLE}.yaml", f"{EXAMPLE}.translations.json"):
        if (ROOT / "org_profiles" / name).is_file():
            shutil.copy(ROOT / "org_profiles" / name, tmp_path / "org_profiles")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRIVDOCS_TODAY", "2026-11-21")
    manifest = yaml.safe_load((tmp_path / "statements" / EXAMPLE / "versions.yaml").read_text())
    assert manifest["format"] == 1 and "chain" not in manifest["versions"][0]
    return tmp_path / "statements"


def test_an_unsealed_archive_verifies_with_a_note(unsealed, capsys):
    assert run(capsys, "verify") == (0, f"{NOTE}\n1 archive verified: 0 problems.\n", "")
    for argv in (("show", EXAMPLE), ("versions", EXAMPLE), ("diff", EXAMPLE, "1.0", "1.1")):
        assert run(capsys, *argv)[0] == 0, argv


def test_an_unsealed_archive_still_finds_changed_files(unsealed, capsys):
    (unsealed / EXAMPLE / "1.0" / "en" / "statement.md").write_text("changed\n")
    (unsealed / EXAMPLE / "1.1" / "stray.txt").write_text("x\n")
    code, out, _ = run(capsys, "verify")
    assert code == 1
    assert out.splitlines() == [
        NOTE,
        "modified: statements/hogeschool-kempen/1.0/en/statement.md differs from the hash in its "
        "manifest",
        "unexpected: statements/hogeschool-kempen/1.1/stray.txt is not listed in the manifest",
        "1 archive verified: 2 problems."]


def test_verify_seal_seals_once(unsealed, capsys):
    before = tree(unsealed)
    code, out, _ = run(capsys, "verify", "--seal")
    assert (code, out) == (0, "Sealed statements/hogeschool-kempen/versions.yaml: its entries now "
                              "carry chain hashes, and version 1.1 holds the seal.\n"
                              "1 archive verified: 0 problems.\n")
    after = tree(unsealed)
    # Nothing published changed: only the manifest gained its hashes, and 1.1 its seal.
    assert {name for name in after if after[name] != before.get(name)} == {
        f"{EXAMPLE}/versions.yaml", f"{EXAMPLE}/1.1/seal.sha256"}
    manifest = yaml.safe_load((unsealed / EXAMPLE / "versions.yaml").read_text())
    assert manifest["format"] == 2 and all(len(entry["chain"]) == 64
                                           for entry in manifest["versions"])
    assert run(capsys, "verify", "--seal") == (0, "1 archive verified: 0 problems.\n", "")
    path = unsealed / EXAMPLE / "versions.yaml"
    path.write_text(path.read_text().replace("Privacyteam Hogeschool Kempen", "Iemand", 1))
    assert run(capsys, "verify")[0] == 1


def test_verify_seal_refuses_a_changed_archive(unsealed, capsys):
    (unsealed / EXAMPLE / "1.0" / "nl" / "statement.md").write_text("changed\n")
    before = tree(unsealed)
    code, out, err = run(capsys, "verify", "--seal")
    assert (code, out) == (1, "")
    assert "modified: statements/hogeschool-kempen/1.0/nl/statement.md differs" in err
    assert tree(unsealed) == before


def test_the_next_publish_seals_the_whole_history(unsealed, capsys):
    code, out, err = run(capsys, "publish", EXAMPLE, "--lang", "en", "--summary",
                         "Redactionele versie.")
    assert (code, err) == (0, ""), err
    assert out.startswith(f"Published {EXAMPLE} 1.2 (editorial)")
    manifest = yaml.safe_load((unsealed / EXAMPLE / "versions.yaml").read_text())
    assert manifest["format"] == 2 and len(manifest["versions"]) == 3
    assert all("chain" in entry for entry in manifest["versions"])
    assert (unsealed / EXAMPLE / "1.2" / "seal.sha256").is_file()
    assert not (unsealed / EXAMPLE / "1.1" / "seal.sha256").exists()
    assert run(capsys, "verify") == (0, "1 archive verified: 0 problems.\n", "")


def test_a_version_replaced_before_it_took_effect_was_never_in_force(workspace, capsys,
                                                                     monkeypatch):
    assert publish(capsys)[0] == 0
    edit_profile(workspace, "period: P2Y", "period: P5Y")
    code, out, _ = publish(capsys)  # substantive: after the notice period, on 2026-02-10
    assert out.startswith("Published minimal 1.1 (substantive), in force from 2026-02-10")
    edit_profile(workspace, "en: We e-mail you about every change.",
                 "en: We send you an e-mail about every change.")
    code, out, _ = publish(capsys)  # during the notice period: takes the same day
    assert code == 0
    assert out.splitlines() == [
        "Published minimal 1.2 (editorial), in force from 2026-02-10: statements/minimal/1.2",
        "  Version 1.1 was to take effect on 2026-02-10; it never will: 1.2 takes its place on "
        "the same day."]
    for day in ("2026-01-20", "2026-03-01"):
        monkeypatch.setenv("PRIVDOCS_TODAY", day)
        _, out, _ = run(capsys, "versions", ORG)
        line = out.splitlines()[2]
        assert line.startswith("1.1 ") and "  never in force  " in line
    _, out, _ = run(capsys, "versions", ORG, "--format", "json")
    assert [entry["status"] for entry in yaml.safe_load(out)["versions"]] == [
        "superseded", "never-in-force", "in-force"]


def test_a_later_date_leaves_the_pending_version_in_force_until_then(workspace, capsys):
    assert publish(capsys)[0] == 0
    edit_profile(workspace, "period: P2Y", "period: P5Y")
    assert publish(capsys)[0] == 0
    edit_profile(workspace, "en: We e-mail you about every change.",
                 "en: We send you an e-mail about every change.")
    code, out, _ = publish(capsys, "--effective", "2026-03-01")
    assert code == 0
    assert out.splitlines()[1] == ("  Version 1.1 still takes effect on 2026-02-10, as "
                                   "announced; 1.2 replaces it on 2026-03-01.")
    _, out, _ = run(capsys, "versions", ORG)
    assert "never in force" not in out and "scheduled" in out


def test_the_site_says_never_in_force_on_such_a_version(workspace, capsys, monkeypatch):
    assert publish(capsys)[0] == 0
    edit_profile(workspace, "period: P2Y", "period: P5Y")
    assert publish(capsys)[0] == 0
    edit_profile(workspace, "en: We e-mail you about every change.",
                 "en: We send you an e-mail about every change.")
    assert publish(capsys)[0] == 0
    monkeypatch.setenv("PRIVDOCS_TODAY", "2026-03-01")
    code, _, err = run(capsys, "build", "--site-dir", "site", "--lang", "en")
    assert code == 0, err
    page = (workspace / "site/en/minimal/1.1/statement/index.html").read_text(encoding="utf-8")
    assert "Never in force" in page
    assert "applied from" not in page
    dutch = (workspace / "site/nl/minimal/1.1/statement/index.html").read_text(encoding="utf-8")
    assert "Nooit van kracht geweest" in dutch
