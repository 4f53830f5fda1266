"""Publishing frozen versions: every refusal leaves the archive byte for byte as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from generator.archive import publishing, version_files
from generator.cli import main

from .conftest import MINIMAL, confirm_translations

ORG = "minimal"


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    """A project folder with the minimal profile (with a notice period) and no archive."""
    (tmp_path / "org_profiles").mkdir()
    text = MINIMAL.read_text(encoding="utf-8").replace(
        "  notify: {nl:", "  notice_period: P1M\n  notify: {nl:")
    (tmp_path / "org_profiles" / f"{ORG}.yaml").write_text(text, encoding="utf-8")
    confirm_translations(tmp_path / "org_profiles" / f"{ORG}.yaml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRIVDOCS_TODAY", "2026-01-10")
    return tmp_path


def tree(root: Path) -> dict[str, str]:
    """Every file under root with its hash: the archive as bytes."""
    return {path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(root.rglob("*")) if path.is_file()} if root.exists() else {}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def publish(capsys, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "publish", ORG, "--lang", "en", "--summary-nl", "Eerste versie.",
               "--summary-en", "First version.", *extra)


def edit_profile(workspace: Path, old: str, new: str, confirm: bool = True) -> None:
    """Edit the profile; its translations are confirmed again unless `confirm` is false."""
    path = workspace / "org_profiles" / f"{ORG}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    if confirm:
        confirm_translations(path)


def test_first_version_is_published_whole(workspace, capsys):
    code, out, err = publish(capsys)
    assert (code, err) == (0, "")
    assert out.startswith("Published minimal 1.0 (substantive), in force from 2026-01-10:")
    # every document in every format it comes in (no cookies, no audiences: none of theirs)
    documents = ["notice.membership.fragment.html", "notice.membership.html",
                 "notice.membership.md", "notice.membership.txt",
                 "register.csv", "register.fragment.html", "register.html", "register.md",
                 "register.pdf", "regulation.fragment.html", "regulation.html", "regulation.md",
                 "regulation.pdf", "statement.fragment.html", "statement.html",
                 "statement.jsonld", "statement.md", "statement.pdf"]
    assert sorted(tree(workspace / "statements")) == [
        *(f"minimal/1.0/{lang}/{name}" for lang in ("en", "nl") for name in documents),
        "minimal/1.0/profile.yaml", "minimal/1.0/seal.sha256", "minimal/versions.yaml"]
    manifest = yaml.safe_load((workspace / "statements/minimal/versions.yaml").read_text())
    [entry] = manifest["versions"]
    assert entry["version"] == "1.0" and entry["kind"] == "substantive"
    assert entry["summary"] == {"nl": "Eerste versie.", "en": "First version."}
    snapshot = workspace / "statements/minimal/1.0/profile.yaml"
    assert snapshot.read_bytes() == (workspace / "org_profiles/minimal.yaml").read_bytes()
    statement = (workspace / "statements/minimal/1.0/nl/statement.md").read_text()
    assert statement.startswith("---\norganisation: minimal\nversion: '1.0'\nlanguage: nl\n"
                                "document: statement\neffective: '2026-01-10'\n---\n")
    assert "1.0" in statement.split("---\n", 2)[2]


def test_editorial_and_substantive_versions(workspace, capsys):
    publish(capsys)
    edit_profile(workspace, "en: We e-mail you about every change.",
                 "en: We send you an e-mail about every change.")
    code, out, _ = publish(capsys)
    assert code == 0
    assert out.startswith("Published minimal 1.1 (editorial), in force from 2026-01-10")
    edit_profile(workspace, "period: P2Y", "period: P5Y")
    code, out, _ = publish(capsys)
    assert code == 0
    # substantive: takes effect after the profile's notice period of one month
    assert out.splitlines() == [
        "Published minimal 1.2 (substantive), in force from 2026-02-10: statements/minimal/1.2",
        "  retention-changed at purposes[0].retention"]


@pytest.mark.parametrize("setup,argv,message", [
    ("errors", (), "check errors"),
    ("stale", (), "out of date with their source"),
    ("none", ("--version", "1.0"), "Version 1.0 of minimal exists already"),
    ("none", ("--version", "0.9"), "not higher than the latest, 1.0"),
    ("none", ("--effective", "2026-01-01"), "is in the past"),
    ("retention", ("--effective", "2026-01-20"), "promises P1M notice"),
    ("unchanged", (), "Nothing changed since version 1.0"),
    ("leftover", (), "left over from an interrupted publish"),
])
def test_refusals_change_nothing(workspace, capsys, setup, argv, message):
    assert publish(capsys)[0] == 0
    if setup == "errors":
        edit_profile(workspace, "    retention:\n      period: P2Y\n", "")
    elif setup == "stale":
        from generator.i18n.confirming import confirm_texts
        from generator.i18n.profile_files import load_profile
        loaded = load_profile(workspace / "org_profiles/minimal.yaml", lock_required=False)
        confirm_texts(loaded)
        edit_profile(workspace, "nl: Leden,", "nl: Onze leden,", confirm=False)
    elif setup == "retention":
        edit_profile(workspace, "period: P2Y", "period: P5Y")
    elif setup == "leftover":
        edit_profile(workspace, "period: P2Y", "period: P1Y")
        (workspace / "statements/minimal/1.1").mkdir()
    before = tree(workspace / "statements")
    code, out, err = publish(capsys, *argv)
    assert code == 1
    assert out == ""
    assert message in err.splitlines()[-1]
    assert err.splitlines()[-1].startswith("privdocs: error: ")
    assert tree(workspace / "statements") == before


def test_refused_profile_shows_its_findings(workspace, capsys):
    edit_profile(workspace, "    retention:\n      period: P2Y\n", "")
    before = tree(workspace / "statements")
    code, _, err = publish(capsys)
    assert code == 1
    assert "[retention, purposes[0].retention]" in err
    assert tree(workspace / "statements") == before == {}


@pytest.mark.parametrize("failing", ["render", "rename", "manifest"])
def test_a_failure_half_way_leaves_the_archive_as_it_was(workspace, capsys, monkeypatch,
                                                          failing):
    publish(capsys)
    edit_profile(workspace, "period: P2Y", "period: P1Y")
    before = tree(workspace / "statements")
    if failing == "render":
        real = publishing.render_output
        calls = []

        def render_then_fail(*args, **kwargs):
            calls.append(args)
            if len(calls) == 3:
                raise RuntimeError("injected failure while rendering")
            return real(*args, **kwargs)
        monkeypatch.setattr(publishing, "render_output", render_then_fail)
        expected = RuntimeError
    else:
        def fail(*args):
            raise OSError(28, "No space left on device")
        monkeypatch.setattr(publishing.os, "rename" if failing == "rename" else "replace", fail)
        expected = None
    if expected is RuntimeError:
        with pytest.raises(RuntimeError):
            publish(capsys)
    else:
        code, _, err = publish(capsys)
        assert code == 1
        assert "No space left on device" in err and "the archive is unchanged" in err
    assert tree(workspace / "statements") == before
    assert not any(path.name.startswith(".") for path in (workspace / "statements").rglob("*"))


def test_first_publish_failing_leaves_no_folder(workspace, capsys, monkeypatch):
    monkeypatch.setattr(publishing.os, "replace",
                        lambda *args: (_ for _ in ()).throw(OSError(5, "I/O error")))
    assert publish(capsys)[0] == 1
    assert not (workspace / "statements").exists() or tree(workspace / "statements") == {}
    assert not (workspace / "statements" / ORG).exists()


def test_versions_show_and_in_force(workspace, capsys, monkeypatch):
    publish(capsys)
    edit_profile(workspace, "period: P2Y", "period: P5Y")
    run(capsys, "publish", ORG, "--summary", "Langer bewaren.", "--effective", "2026-03-01",
        "--author", "Privacyteam")
    monkeypatch.setenv("PRIVDOCS_TODAY", "2026-02-01")
    code, out, _ = run(capsys, "versions", ORG)
    assert code == 0
    assert out.splitlines() == [
        "version  effective   published   kind         status     author                "
        "summary",
        "1.0      2026-01-10  2026-01-10  substantive  in force   Vereniging Voorbeeld  "
        "Eerste versie.",
        "1.1      2026-03-01  2026-01-10  substantive  scheduled  Privacyteam           "
        "Langer bewaren.",
    ]
    _, out, _ = run(capsys, "show", ORG, "--at", "2026-02-28", "--lang", "en")
    assert "retention" not in out[:0] and out.startswith("# ")
    old = out
    _, new, _ = run(capsys, "show", ORG, "--at", "2026-03-01", "--lang", "en")
    assert new != old and "Five years" in new and "Five years" not in old


def test_verify_names_a_tampered_file(workspace, capsys):
    publish(capsys)
    assert run(capsys, "verify")[:2] == (0, "1 archive verified: 0 problems.\n")
    statement = workspace / "statements/minimal/1.0/en/statement.md"
    statement.write_text(statement.read_text().replace("We ", "Wij "), encoding="utf-8")
    (workspace / "statements/minimal/1.0/profile.yaml").unlink()
    (workspace / "statements/minimal/1.0/notes.txt").write_text("x")
    code, out, _ = run(capsys, "verify", ORG)
    assert code == 1
    assert out.splitlines() == [
        "modified: statements/minimal/1.0/en/statement.md differs from the hash in its manifest",
        "missing: statements/minimal/1.0/profile.yaml is listed in its manifest but absent",
        "unexpected: statements/minimal/1.0/notes.txt is not listed in the manifest",
        "1 archive verified: 3 problems.",
    ]


def test_verify_rerender_reports_template_drift(workspace, capsys, monkeypatch):
    publish(capsys)
    assert run(capsys, "verify", "--rerender")[0] == 0
    real = version_files.render_output
    monkeypatch.setattr(version_files, "render_output",
                        lambda *args, **kwargs: real(*args, **kwargs) + b"Changed template.\n")
    code, out, _ = run(capsys, "verify", "--rerender")
    assert code == 1
    assert ("would change: today's generator writes statements/minimal/1.0/nl/statement.md "
            "differently") in out.splitlines()


def test_verify_rerender_asks_only_about_the_newest_version(workspace, capsys, monkeypatch):
    """Older versions were written by the generator of their day; a difference there is history.
    The newest version tells whether publishing now would change the documents."""
    publish(capsys)
    edit_profile(workspace, "P1M", "P2M")
    assert publish(capsys, "--no-notice-period", "Only the notice period changes.")[0] == 0
    real = version_files.render_output
    monkeypatch.setattr(version_files, "render_output",
                        lambda *args, **kwargs: real(*args, **kwargs) + b"Changed template.\n")
    code, out, _ = run(capsys, "verify", "--rerender")
    assert code == 1
    assert "statements/minimal/1.1/nl/statement.md" in out
    assert "statements/minimal/1.0/" not in out


def test_the_example_archive_is_what_todays_generator_writes(capsys, monkeypatch):
    """The committed example archive stays current: after a wording change, publish an
    editorial version of the examples (docs/archive.md, "The example archive")."""
    from .conftest import ROOT

    monkeypatch.chdir(ROOT)
    code, out, _ = run(capsys, "verify", "--rerender", "--lang", "en")
    assert code == 0, out


@pytest.mark.parametrize("argv,message", [
    (("publish", "nobody", "--summary", "x"), "nobody: no such profile"),
    (("publish", ORG, "--lang", "en", "--summary", "x", "--effective", "10-01-2026"),
     "`10-01-2026` is not a date"),
    (("publish", ORG, "--lang", "en", "--summary", "x", "--version", "v2"),
     "`v2` is not a version number"),
    (("versions", "nobody"), "nobody has no published versions"),
    (("show", ORG, "--at", "tomorrow"), "`tomorrow` is not a date"),
])
def test_bad_input_is_one_clean_line(workspace, capsys, argv, message):
    if argv[0] == "show":
        publish(capsys)
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and message in err


def test_hand_edited_manifest_is_a_clean_error(workspace, capsys):
    publish(capsys)
    manifest = workspace / "statements/minimal/versions.yaml"
    manifest.write_text(manifest.read_text() + "  - version: [unclosed\n")
    before = tree(workspace / "statements")
    for argv in (("versions", ORG), ("verify",), ("show", ORG)):
        code, _, err = run(capsys, *argv)
        assert code == 1
        assert err.startswith("privdocs: error: statements/minimal/versions.yaml cannot be read")
        assert err.count("\n") == 1
    code, _, err = publish(capsys)
    assert code == 1 and "versions.yaml cannot be read" in err
    assert tree(workspace / "statements") == before


def test_missing_summary_is_a_usage_error(workspace, capsys):
    code, _, err = run(capsys, "publish", ORG, "--lang", "en", "--summary-nl", "Alleen Nederlands.")
    assert code == 2
    assert "Give a summary of the changes in en" in err
    assert not (workspace / "statements").exists()
