"""Careless hands: a mistyped site folder, a pipe or a device given as a profile, odd input that
used to end in a traceback, and terminal escapes in a profile. Each is one clear line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from generator.check import checking
from generator.i18n.translation_lock import lock_path
from generator.site.folder import MARKER, clear_site_dir

from .conftest import MINIMAL, ROOT
from .test_publish import ORG, publish, run, tree, workspace  # noqa: F401


@pytest.fixture
def project(workspace, capsys):
    """The workspace with the site's configuration, a git folder and one published version."""
    shutil.copy(ROOT / "mkdocs.yml", workspace / "mkdocs.yml")
    shutil.copytree(ROOT / "site_templates" / "site", workspace / "site_templates" / "site")
    (workspace / ".git" / "objects").mkdir(parents=True)
    (workspace / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    assert publish(capsys)[0] == 0
    return workspace


PROTECTED = ("privdocs: error: --site-dir {dir} is {what}: privdocs empties the site folder "
             "before a build, so it must be a folder of its own, such as site/.\n")


@pytest.mark.parametrize("site_dir,what", [
    (".", "the project folder, or a folder above it"),
    ("..", "the project folder, or a folder above it"),
    (".git", "the repository's .git folder, or inside it"),
    (".git/objects", "the repository's .git folder, or inside it"),
    ("statements", "the archive of published versions, inside it, or a folder holding it"),
    ("statements/minimal", "the archive of published versions, inside it, or a folder holding it"),
    ("org_profiles", "the profiles' folder, inside it, or a folder holding it"),
])
def test_build_refuses_a_folder_it_must_not_empty(project, capsys, site_dir, what):
    before = tree(project)
    code, out, err = run(capsys, "build", "--site-dir", site_dir)
    assert (code, out) == (2, "")
    assert err == PROTECTED.format(dir=site_dir, what=what)
    assert tree(project) == before


def test_build_refuses_a_folder_outside_the_project(project, capsys, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "precious.txt").write_text("keep me\n")
    code, out, err = run(capsys, "build", "--site-dir", str(elsewhere))
    assert (code, out) == (2, "")
    assert err == (f"privdocs: error: --site-dir {elsewhere} is outside the project (.): "
                   "privdocs empties the site folder before a build, so it only writes inside "
                   "the project. Choose a folder such as site/.\n")
    assert (elsewhere / "precious.txt").read_text() == "keep me\n"


def test_build_refuses_a_link_that_leads_out_of_the_project(project, capsys, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (project / "public").symlink_to(elsewhere)
    code, _, err = run(capsys, "build", "--site-dir", "public")
    assert code == 2 and "is outside the project" in err


def test_build_leaves_a_folder_it_did_not_make(project, capsys):
    (project / "docs").mkdir()
    (project / "docs" / "notes.md").write_text("mine\n")
    code, out, err = run(capsys, "build", "--site-dir", "docs")
    assert (code, out) == (2, "")
    assert err == ("privdocs: error: docs is not empty and was not made by privdocs (it has no "
                   ".privdocs-site file): privdocs empties the site folder before a build, so it "
                   "does not touch it. Remove it yourself, or choose another folder.\n")
    assert (project / "docs" / "notes.md").read_text() == "mine\n"


def test_a_marked_folder_is_emptied_and_marked_again(tmp_path):
    site = tmp_path / "site"
    clear_site_dir(site)  # a new folder: made and marked
    assert [path.name for path in site.iterdir()] == [MARKER]
    (site / "nl").mkdir()
    (site / "nl" / "index.html").write_text("old\n")
    clear_site_dir(site)
    assert [path.name for path in site.iterdir()] == [MARKER]
    empty = tmp_path / "empty"
    empty.mkdir()
    clear_site_dir(empty)  # an empty folder of the user's may be used
    assert (empty / MARKER).is_file()


def check_in_a_process(*paths: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "check", "--lang", "en", *paths],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_check_on_a_named_pipe_does_not_wait(tmp_path):
    fifo = tmp_path / "profile.yaml"
    os.mkfifo(fifo)
    result = check_in_a_process(str(fifo))  # would block forever if it waited for a writer
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        f"{fifo}:1:1  error  This is not a regular file (it is a named pipe); a profile is a "
        "YAML file.  [yaml-syntax]")


def test_a_named_pipe_in_a_folder_is_not_a_profile(tmp_path):
    shutil.copy(MINIMAL, tmp_path / "minimal.yaml")
    shutil.copy(lock_path(MINIMAL), tmp_path)  # its translations are confirmed
    os.mkfifo(tmp_path / "pipe.yaml")
    result = check_in_a_process(str(tmp_path))
    assert result.returncode == 0
    assert result.stdout.splitlines()[-1] == "1 profile checked: 0 errors, 0 warnings."


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_check_on_a_device_reads_nothing(device):
    result = check_in_a_process(device)  # /dev/zero would fill the memory if it were read
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        f"{device}:1:1  error  This is not a regular file (it is a device); a profile is a YAML "
        "file.  [yaml-syntax]")


def test_check_on_a_folder_named_like_a_profile(tmp_path, capsys):
    (tmp_path / "folder.yaml").mkdir()
    code, out, _ = run(capsys, "check", str(tmp_path / "folder.yaml") + "/", "--lang", "en")
    assert code == 0 and out == "0 profiles checked: 0 errors, 0 warnings.\n"


def test_check_an_unreadable_folder(tmp_path, capsys, monkeypatch):
    """Formerly a PermissionError traceback. (Root reads every folder, so the kernel's refusal
    is injected.)"""
    folder = tmp_path / "profiles"
    folder.mkdir()

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))
    monkeypatch.setattr(checking.Path, "iterdir", refuse)
    code, out, err = run(capsys, "check", str(folder))
    assert (code, out) == (1, "")
    assert err == f"privdocs: error: The folder {folder} cannot be read (Permission denied).\n"


def test_a_300_digit_version_is_a_usage_error(workspace, capsys):
    number = "1" * 300 + ".0"
    code, out, err = run(capsys, "publish", ORG, "--lang", "en", "--summary", "x", "--version",
                         number)
    assert (code, out) == (2, "")
    assert err == (f"privdocs: error: `{number}` is not a version number: write it as "
                   "MAJOR.MINOR, such as 1.0 or 2.3.\n")
    assert not (workspace / "statements").exists()


def test_a_timestamp_in_the_manifest_is_a_message(workspace, capsys):
    """Formerly a TypeError (a timestamp compared with a date) in every command."""
    publish(capsys)
    manifest = workspace / "statements" / ORG / "versions.yaml"
    manifest.write_text(manifest.read_text().replace("effective: '2026-01-10'",
                                                     "effective: 2026-01-10 09:30:00"))
    for argv in (("versions", ORG), ("show", ORG), ("verify",)):
        code, out, err = run(capsys, *argv)
        assert (code, out) == (1, ""), argv
        assert err == ("privdocs: error: statements/minimal/versions.yaml cannot be read "
                       "(effective: 2026-01-10 09:30:00 is a timestamp, not a date); it is "
                       "written by `privdocs publish` only: restore it from version control.\n")


def test_terminal_escapes_in_a_profile_are_shown_escaped(tmp_path, capsys):
    text = MINIMAL.read_text(encoding="utf-8").replace(
        "country: NL}", 'country: "\\e]0;owned\\a\\e[2J\\u202eLN"}')
    (tmp_path / "minimal.yaml").write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "check", str(tmp_path / "minimal.yaml"), "--lang", "en")
    assert code == 1
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "`\\x1b]0;owned\\x07\\x1b[2J\\u202eLN` is not valid here" in out


def test_an_os_error_anywhere_is_one_line(workspace, capsys, monkeypatch):
    """The last net: the file system refusing something no command foresaw is a message."""
    from generator.commands import versions

    def refuse(*args, **kwargs):
        raise OSError(5, "Input/output error", "statements/minimal/versions.yaml")
    monkeypatch.setattr(versions, "read_manifest", refuse)
    code, out, err = run(capsys, "versions", ORG)
    assert (code, out) == (1, "")
    assert err == ("privdocs: error: statements/minimal/versions.yaml: Input/output error.\n")


def test_profiles_are_read_only_up_to_the_bound(tmp_path, capsys):
    big = tmp_path / "big.yaml"
    big.write_bytes(b"# " + b"x" * (1024 * 1024) + b"\n")
    code, out, _ = run(capsys, "check", str(big), "--lang", "en")
    assert code == 1
    assert "a profile may be at most 1048576 bytes" in out



def test_a_pipe_in_place_of_the_translation_lock_does_not_wait(tmp_path):
    shutil.copy(MINIMAL, tmp_path / "minimal.yaml")
    os.mkfifo(tmp_path / "minimal.translations.json")
    result = check_in_a_process(str(tmp_path / "minimal.yaml"))  # would wait for a writer
    assert result.returncode == 0  # an unreadable lock is a warning: confirm again
    assert "minimal.translations.json: not a regular file" in result.stdout
