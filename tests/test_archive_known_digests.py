"""A build verifies the archive before every run without reading again the files that did not
change since the last build: it remembers each file's hash with the file's inode, size and
times. A file changed since, even to the same size and with its time of last change put
back, is read again and refused; a file changed in the moment it was hashed is never
remembered; `privdocs verify` never uses what a build remembered."""

from __future__ import annotations

import os
import time

import pytest

from generator.archive import known_digests
from generator.archive.known_digests import KnownDigests
from generator.archive.verification import TamperedArchive, check_archive
from generator.site.build_cache import BuildCache, remembered_digests

from .test_archive_tamper import archive  # noqa: F401
from .test_publish import publish, run, workspace  # noqa: F401


def checked(statements, cache) -> dict[str, int]:
    """Check the archive as `privdocs build` does; how many files were read, per organisation."""
    load, keep = remembered_digests(cache, statements)
    read: dict[str, int] = {}

    def counted(org: str, known: KnownDigests) -> None:
        read[org] = known.read
        keep(org, known)

    check_archive(statements, remembered=(load, counted))
    return read


def test_a_second_check_reads_only_what_changed(archive, tmp_path, monkeypatch):
    monkeypatch.setattr(known_digests, "RACY_SECONDS", 0)
    time.sleep(0.05)  # past the clock tick of the files just published
    cache = BuildCache(tmp_path / "cache")
    first = checked(archive, cache)
    assert first["minimal"] > 10
    assert checked(archive, cache) == {"minimal": 0}

    # the same number of bytes, and the time of last change put back: only the kernel's
    # time of the last status change tells, and the file is read again and refused
    pdf = next(archive.rglob("statement.pdf"))
    status = pdf.stat()
    stored = pdf.read_bytes()
    time.sleep(0.05)
    pdf.write_bytes(stored[:-1] + bytes([stored[-1] ^ 1]))
    os.utime(pdf, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert pdf.stat().st_size == status.st_size
    with pytest.raises(TamperedArchive) as refused:
        checked(archive, cache)
    assert "statement.pdf" in str(refused.value.args_for_message)
    pdf.write_bytes(stored)
    time.sleep(0.05)
    assert checked(archive, cache) == {"minimal": 1}


def test_a_file_changed_while_it_was_hashed_is_not_remembered(archive, tmp_path):
    # with the default margin, files published a moment ago are hashed on every check
    cache = BuildCache(tmp_path / "cache")
    assert checked(archive, cache)["minimal"] > 10
    assert checked(archive, cache)["minimal"] > 10


def test_remembered_hashes_that_lie_are_not_used(archive, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(known_digests, "RACY_SECONDS", 0)
    time.sleep(0.05)
    pdf = next(archive.rglob("statement.pdf"))
    status = pdf.stat()
    name = pdf.relative_to(archive / "minimal").as_posix()
    forged = {name: [status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns + 1,
                     "0" * 64]}
    known = KnownDigests(forged)
    assert known.digest(pdf, name) != "0" * 64  # another status: read, not believed
    # verify reads every byte, whatever a build remembered
    stored = pdf.read_bytes()
    cache = BuildCache(tmp_path / "cache")
    checked(archive, cache)
    pdf.write_bytes(stored[:-1] + bytes([stored[-1] ^ 1]))
    os.utime(pdf, ns=(status.st_atime_ns, status.st_mtime_ns))
    code, out, err = run(capsys, "verify")
    assert code == 1 and "statement.pdf" in out + err
