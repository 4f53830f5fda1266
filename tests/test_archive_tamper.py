"""An archive that cannot lie: `verify` finds every change made after publishing (a file, an
entry of the manifest, the manifest itself, a stray file or folder), and `build`, `diff`, `show`
and `versions` refuse a changed archive, naming the file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import ROOT
from .test_publish import ORG, edit_profile, publish, run, tree, workspace  # noqa: F401

REFUSAL = ("privdocs: error: The archive is not as it was published: {problem}. privdocs does "
           "not use it; `privdocs verify` lists every problem, and version control restores "
           "what was published.\n")


@pytest.fixture
def archive(workspace, capsys):
    """Versions 1.0, 1.1 and 1.2 of the minimal profile, and the site's configuration."""
    shutil.copy(ROOT / "mkdocs.yml", workspace / "mkdocs.yml")
    shutil.copytree(ROOT / "site_templates" / "site", workspace / "site_templates" / "site")
    assert publish(capsys)[0] == 0
    edit_profile(workspace, "period: P2Y", "period: P1Y")
    assert publish(capsys, "--author", "Privacyteam")[0] == 0
    edit_profile(workspace, "en: We e-mail you about every change.",
                 "en: We send you an e-mail about every change.")
    assert publish(capsys)[0] == 0
    assert run(capsys, "verify") == (0, "1 archive verified: 0 problems.\n", "")
    return workspace / "statements"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def reseal_chain(manifest: Path) -> None:
    """What someone who knows the format does to hide an edit: recompute every chain hash."""
    from generator.archive.manifest import read_manifest
    from generator.archive.sealing import sealed

    resealed = sealed(read_manifest(ORG, manifest.parent.parent))
    manifest.write_text(resealed.to_yaml(), encoding="utf-8")


def delete_entry(manifest: Path, version: str) -> None:
    text = manifest.read_text(encoding="utf-8")
    start = text.index(f"- version: '{version}'")
    end = text.find("\n- version:", start)
    manifest.write_text(text[:start] + (text[end + 1:] if end != -1 else ""), encoding="utf-8")


CHAIN = ("modified: the entry of version {version} in statements/minimal/versions.yaml was "
         "changed, or an entry before it was changed or deleted (its chain hash differs)")


def tamper(statements: Path, case: str) -> list[str]:
    """Change the archive as `case` says; the lines `verify` must print for it."""
    manifest = statements / ORG / "versions.yaml"
    if case == "manifest-deleted":
        manifest.unlink()
        return ["missing: statements/minimal/versions.yaml is absent, but the folder holds "
                "published versions"]
    if case == "date-edited":
        edit(manifest, "published: '2026-01-10'", "published: '2025-12-01'")
        return [CHAIN.format(version="1.0")]
    if case == "effective-edited":
        edit(manifest, "effective: '2026-01-10'", "effective: '2026-01-11'")
        return [CHAIN.format(version="1.0")]
    if case == "author-edited":
        edit(manifest, "author: Privacyteam", "author: Iemand anders")
        return [CHAIN.format(version="1.1")]
    if case == "summary-edited":
        edit(manifest, "en: First version.", "en: Nothing changed.")
        return [CHAIN.format(version="1.0")]
    if case == "entry-deleted":  # and its folder: the history loses a version
        delete_entry(manifest, "1.1")
        shutil.rmtree(statements / ORG / "1.1")
        return [CHAIN.format(version="1.2")]
    if case == "entry-deleted-folder-kept":
        delete_entry(manifest, "1.1")
        return [CHAIN.format(version="1.2"),
                "unexpected: statements/minimal/1.1 is not listed in the manifest"]
    if case == "chain-recomputed":
        edit(manifest, "author: Privacyteam", "author: Iemand anders")
        reseal_chain(manifest)
        return ["modified: statements/minimal/1.1/seal.sha256 does not match the entry of "
                "version 1.1 in the manifest",
                "modified: statements/minimal/1.2/seal.sha256 does not match the entry of "
                "version 1.2 in the manifest"]
    if case == "chain-removed":
        text = manifest.read_text(encoding="utf-8").replace("format: 2", "format: 1")
        manifest.write_text("\n".join(line for line in text.splitlines()
                                      if not line.startswith("  chain:")) + "\n")
        return ["modified: statements/minimal/versions.yaml is sealed, but its manifest has lost "
                "its chain hashes"]
    if case == "seal-deleted":
        (statements / ORG / "1.2" / "seal.sha256").unlink()
        return ["missing: statements/minimal/1.2/seal.sha256, the seal of the newest version, is "
                "absent"]
    if case == "document-edited":
        edit(statements / ORG / "1.0" / "en" / "statement.md", "We ", "Wij ")
        return ["modified: statements/minimal/1.0/en/statement.md differs from the hash in its "
                "manifest"]
    if case == "document-deleted":
        (statements / ORG / "1.2" / "nl" / "statement.md").unlink()
        return ["missing: statements/minimal/1.2/nl/statement.md is listed in its manifest but "
                "absent"]
    raise AssertionError(case)


CASES = ["manifest-deleted", "date-edited", "effective-edited", "author-edited",
         "summary-edited", "entry-deleted", "entry-deleted-folder-kept", "chain-recomputed",
         "chain-removed", "seal-deleted", "document-edited", "document-deleted"]


@pytest.mark.parametrize("case", CASES)
def test_verify_finds_the_change(archive, capsys, case):
    expected = tamper(archive, case)
    code, out, err = run(capsys, "verify")
    assert (code, err) == (1, "")
    count = len(expected)
    verified = 0 if case == "manifest-deleted" else 1
    assert out.splitlines() == [
        *expected,
        f"{verified} archive{'s' if verified != 1 else ''} verified: {count} "
        f"problem{'s' if count != 1 else ''}."]


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("command", [("build",), ("diff", ORG, "1.0", "1.1"), ("show", ORG),
                                     ("versions", ORG)])
def test_commands_refuse_a_changed_archive(archive, capsys, case, command):
    expected = tamper(archive, case)
    before = tree(archive.parent)
    code, out, err = run(capsys, *command)
    if case == "manifest-deleted" and command[0] != "build":
        # Without its manifest the organisation has no archive to read.
        assert (code, out) == (2, "")
        assert err == ("privdocs: error: minimal has no published versions (no "
                       "statements/minimal/versions.yaml).\n")
        return
    assert (code, out) == (1, "")
    assert err == REFUSAL.format(problem=expected[0])
    assert tree(archive.parent) == before
    assert not (archive.parent / "site").exists()


@pytest.mark.parametrize("stray,expected", [
    ("notes.txt", "statements/notes.txt is not listed"),
    ("drafts/", "statements/drafts is not listed"),
    ("minimal/README.md", "statements/minimal/README.md is not listed"),
    ("minimal/2.0/", "statements/minimal/2.0 is not listed"),
    ("minimal/1.0/empty/", "statements/minimal/1.0/empty is not listed"),
    ("minimal/1.0/nl/extra.md", "statements/minimal/1.0/nl/extra.md is not listed"),
    ("minimal/1.0/nl/old/statement.md", "statements/minimal/1.0/nl/old is not listed"),
    ("minimal/1.1/.hidden", "statements/minimal/1.1/.hidden is not listed"),
])
def test_stray_files_and_folders_anywhere_are_reported(archive, capsys, stray, expected):
    path = archive / stray
    if stray.endswith("/"):
        path.mkdir(parents=True)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x\n")
    code, out, _ = run(capsys, "verify")
    assert code == 1
    assert out.splitlines() == [f"unexpected: {expected} in the manifest",
                                "1 archive verified: 1 problem."]
    code, _, err = run(capsys, "build")
    assert code == 1 and expected in err


def test_a_killed_publish_leaves_a_folder_verify_names(archive, capsys):
    (archive / ORG / ".publishing-1.3-k2j4x9").mkdir()
    (archive / ORG / ".versions.yaml.8dh3k1.publishing").write_text("format: 2\n")
    code, out, _ = run(capsys, "verify")
    assert (code, out.splitlines()) == (1, [
        "unexpected: statements/minimal/.publishing-1.3-k2j4x9 is left over from an "
        "interrupted publish; remove it",
        "unexpected: statements/minimal/.versions.yaml.8dh3k1.publishing is left over from an "
        "interrupted publish; remove it",
        "1 archive verified: 2 problems."])
    code, _, err = publish(capsys)
    assert code == 1 and "publishing-1.3-k2j4x9 is left over" in err


def test_a_symbolic_link_in_place_of_a_published_file_is_found(archive, capsys, tmp_path):
    document = archive / ORG / "1.0" / "nl" / "statement.md"
    copy = tmp_path / "elsewhere.md"
    copy.write_bytes(document.read_bytes())
    document.unlink()
    document.symlink_to(copy)
    code, out, _ = run(capsys, "verify", ORG)
    assert code == 1
    assert out.splitlines()[0] == ("modified: statements/minimal/1.0/nl/statement.md differs "
                                   "from the hash in its manifest")


def test_build_after_a_published_file_was_deleted_is_a_message(archive, capsys):
    """Formerly a traceback (FileNotFoundError) from deep inside the site's assembly."""
    (archive / ORG / "1.0" / "nl" / "regulation.md").unlink()
    code, out, err = run(capsys, "build")
    assert (code, out) == (1, "")
    assert err == REFUSAL.format(problem="missing: statements/minimal/1.0/nl/regulation.md is "
                                         "listed in its manifest but absent")
