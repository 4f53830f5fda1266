"""One writer at a time, and every failed publish leaves the archive byte for byte as it was.

The concurrent cases use real processes (`python -m generator publish`), as a user running two
publishes at once would.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.archive import publishing

from .conftest import ROOT, confirm_translations
from .test_publish import ORG, edit_profile, publish, run, tree, workspace  # noqa: F401

LOCK_HOLDER = """
import fcntl, os, sys, time
descriptor = os.open(sys.argv[1], os.O_RDONLY | os.O_DIRECTORY)
fcntl.flock(descriptor, fcntl.LOCK_EX)
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
"""


def environment(**extra: str) -> dict[str, str]:
    env = dict(os.environ, PRIVDOCS_TODAY="2026-01-10", PYTHONPATH=str(ROOT), NO_COLOR="1")
    env.update(extra)
    return env


def start_publish(workspace: Path, profile: str, *extra: str, **env: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "generator", "publish", profile, "--lang", "en", "--summary",
         "Wijziging.", *extra], cwd=workspace, env=environment(**env), stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


def two_profiles(workspace: Path) -> tuple[str, str]:
    """Two different next versions of the published profile, each in a folder of its own."""
    source = (workspace / "org_profiles" / f"{ORG}.yaml").read_text(encoding="utf-8")
    paths = []
    for name, period in (("a", "P1Y"), ("b", "P3M")):
        folder = workspace / name
        folder.mkdir()
        (folder / f"{ORG}.yaml").write_text(source.replace("period: P2Y", f"period: {period}"),
                                            encoding="utf-8")
        confirm_translations(folder / f"{ORG}.yaml")
        paths.append(f"{name}/{ORG}.yaml")
    return paths[0], paths[1]


def hold_lock(folder: Path, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(folder), str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline() == "locked\n"
    return holder


def test_two_publishes_of_different_versions_are_both_listed(workspace, capsys):
    assert publish(capsys)[0] == 0
    first, second = two_profiles(workspace)
    processes = [start_publish(workspace, first), start_publish(workspace, second)]
    results = [finish(process) for process in processes]
    assert [code for code, _, _ in results] == [0, 0], results
    published = sorted(out.split(" (")[0] for _, out, _ in results)
    assert published == ["Published minimal 1.1", "Published minimal 1.2"]
    assert run(capsys, "verify")[:2] == (0, "1 archive verified: 0 problems.\n")
    _, out, _ = run(capsys, "versions", ORG)
    assert [line.split()[0] for line in out.splitlines()[1:]] == ["1.0", "1.1", "1.2"]
    assert not [path for path in (workspace / "statements").rglob(".*")]


def test_two_publishes_of_the_same_version_one_wins_the_other_refuses(workspace, capsys):
    assert publish(capsys)[0] == 0
    first, second = two_profiles(workspace)
    processes = [start_publish(workspace, first, "--version", "1.1"),
                 start_publish(workspace, second, "--version", "1.1")]
    results = sorted(finish(process) for process in processes)
    (won, out, _), (lost, _, err) = results
    assert (won, lost) == (0, 1)
    assert out.startswith("Published minimal 1.1")
    assert err == ("privdocs: error: Version 1.1 of minimal exists already; published versions "
                   "never change.\n")
    assert run(capsys, "verify")[:2] == (0, "1 archive verified: 0 problems.\n")
    assert sorted(path.name for path in (workspace / "statements" / ORG).iterdir()) == [
        "1.0", "1.1", "versions.yaml"]


def test_a_second_publish_waits_for_the_first(workspace, capsys):
    (workspace / "statements").mkdir()
    holder = hold_lock(workspace / "statements", 1.5)
    started = time.monotonic()
    code, out, err = finish(start_publish(workspace, ORG))
    holder.wait(timeout=10)
    assert (code, err) == (0, ""), err
    assert out.startswith("Published minimal 1.0")
    assert time.monotonic() - started >= 1.4


def test_a_publish_that_cannot_get_the_lock_refuses_clearly(workspace, capsys):
    assert publish(capsys)[0] == 0
    edit_profile(workspace, "period: P2Y", "period: P1Y")
    before = tree(workspace / "statements")
    holder = hold_lock(workspace / "statements", 30)
    try:
        code, out, err = finish(start_publish(workspace, ORG, PRIVDOCS_LOCK_TIMEOUT="0.2"))
    finally:
        holder.kill()
        holder.wait()
    assert (code, out) == (1, "")
    assert err == ("privdocs: error: Another privdocs process is writing to statements "
                   "(a publish still running); it did not finish within 0.2 s. Try again when it "
                   "has; nothing was written.\n")
    assert tree(workspace / "statements") == before


def test_temporary_paths_are_the_process_own(workspace, capsys, monkeypatch):
    """A leftover of another process's publish under the old fixed names is never touched."""
    assert publish(capsys)[0] == 0
    edit_profile(workspace, "period: P2Y", "period: P1Y")
    seen = []
    real = publishing._write_file

    def spy(path, data):
        seen.append(path)
        return real(path, data)
    monkeypatch.setattr(publishing, "_write_file", spy)
    assert publish(capsys)[0] == 0
    staging = {Path(os.path.relpath(path, workspace / "statements" / ORG)).parts[0]
               for path in seen}
    assert len(staging) == 2
    assert all(name.startswith((".publishing-1.1-", ".versions.yaml.")) for name in staging)
    assert ".publishing-1.1" not in staging and ".versions.yaml.publishing" not in staging


def failing_after(calls: int, error: OSError):
    count = []

    def fail(*args, **kwargs):
        count.append(1)
        if len(count) >= calls:
            raise error
        return real_fsync(*args, **kwargs)
    return fail


real_fsync = os.fsync


@pytest.mark.parametrize("case", ["disk-full", "read-only", "read-only-at-rename",
                                  "manifest-is-a-folder", "statements-is-a-file"])
def test_every_failure_leaves_the_archive_byte_identical(workspace, capsys, monkeypatch, case):
    if case != "statements-is-a-file":
        assert publish(capsys)[0] == 0
    edit_profile(workspace, "period: P2Y", "period: P1Y")
    statements = workspace / "statements"
    if case == "disk-full":  # the disk fills up after three files
        monkeypatch.setattr(publishing.os, "fsync",
                            failing_after(3, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))))
        expected = "No space left on device"
    elif case == "read-only":
        # Running as root ignores permissions, so the refusal the kernel gives is injected.
        def refuse(*args, **kwargs):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        monkeypatch.setattr(publishing.tempfile, "mkdtemp", refuse)
        expected = "Permission denied"
    elif case == "read-only-at-rename":
        def refuse(*args, **kwargs):
            raise PermissionError(errno.EROFS, os.strerror(errno.EROFS))
        monkeypatch.setattr(publishing.os, "rename", refuse)
        expected = "Read-only file system"
    elif case == "manifest-is-a-folder":
        (statements / ORG / "versions.yaml").unlink()
        (statements / ORG / "versions.yaml").mkdir()
        expected = "statements/minimal/versions.yaml cannot be read (not a file)"
    else:
        statements.write_text("not a folder\n")
        expected = "statements cannot be opened for writing"
    before = tree(statements) if statements.is_dir() else statements.read_bytes()
    code, out, err = publish(capsys)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith("privdocs: error: ")
    assert expected in err
    assert "Traceback" not in err
    assert (tree(statements) if statements.is_dir() else statements.read_bytes()) == before
    if statements.is_dir():
        assert not [path for path in statements.rglob(".*")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_really_read_only_archive(workspace, capsys):
    assert publish(capsys)[0] == 0
    edit_profile(workspace, "period: P2Y", "period: P1Y")
    folder = workspace / "statements" / ORG
    before = tree(workspace / "statements")
    folder.chmod(0o555)
    try:
        code, _, err = publish(capsys)
    finally:
        folder.chmod(0o755)
    assert code == 1 and "Permission denied" in err
    assert tree(workspace / "statements") == before


def test_statements_made_read_only_mid_publish(workspace, capsys, monkeypatch):
    """Someone takes write access away while the documents are rendered."""
    assert publish(capsys)[0] == 0
    edit_profile(workspace, "period: P2Y", "period: P1Y")
    before = tree(workspace / "statements")
    real = publishing.render_version

    def render_then_lock_out(*args, **kwargs):
        result = real(*args, **kwargs)

        def refuse(*args, **kwargs):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        monkeypatch.setattr(publishing.os, "rename", refuse)
        return result
    monkeypatch.setattr(publishing, "render_version", render_then_lock_out)
    code, out, err = publish(capsys)
    assert (code, out) == (1, "")
    assert err == ("privdocs: error: The version cannot be written (Permission denied); the "
                   "archive is unchanged.\n")
    assert tree(workspace / "statements") == before
