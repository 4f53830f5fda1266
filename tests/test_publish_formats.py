"""Published versions hold every document in every format it comes in, covered by the manifest
and the seal like the Markdown; `verify` and `verify --rerender` check them; versions published
with Markdown alone keep working beside them."""

from __future__ import annotations

import hashlib
import shutil

import pytest
import yaml

from generator.archive import version_files
from generator.archive.version_files import planned_files
from generator.documents import FORMATS_OF

from .conftest import PROFILES, ROOT
from .e2e.built_site import AFTER_1_1, archive_as_of
from .test_publish import ORG, edit_profile, publish, run, tree, workspace  # noqa: F401

EVERYTHING = PROFILES / "valid" / "second-edition-everything.yaml"


def entry(statements, org=ORG, version="1.0") -> dict:
    manifest = yaml.safe_load((statements / org / "versions.yaml").read_text(encoding="utf-8"))
    return next(item for item in manifest["versions"] if item["version"] == version)


def test_every_file_is_listed_with_its_hash_and_sealed(workspace, capsys):
    assert publish(capsys)[0] == 0
    statements = workspace / "statements"
    files = entry(statements)["files"]
    on_disk = {name.removeprefix(f"{ORG}/1.0/"): digest
               for name, digest in tree(statements).items()
               if name.startswith(f"{ORG}/1.0/") and not name.endswith("seal.sha256")}
    assert files == on_disk
    assert {name.rsplit(".", 1)[-1] for name in files} >= {"md", "html", "pdf", "jsonld", "csv",
                                                          "txt"}
    assert run(capsys, "verify")[0] == 0


@pytest.mark.parametrize("name", ["nl/statement.pdf", "en/statement.jsonld",
                                  "nl/regulation.fragment.html", "en/register.csv",
                                  "nl/notice.membership.txt"])
def test_verify_finds_a_changed_file_of_any_format(workspace, capsys, name):
    publish(capsys)
    path = workspace / "statements" / ORG / "1.0" / name
    path.write_bytes(path.read_bytes() + b"\n")
    code, out, _ = run(capsys, "verify")
    assert code == 1
    assert f"modified: statements/{ORG}/1.0/{name} differs from the hash in its manifest" in out


def test_verify_rerender_is_clean_after_publishing_every_format(workspace, capsys):
    """Every format comes out byte for byte the same a second time."""
    publish(capsys)
    code, out, _ = run(capsys, "verify", "--rerender")
    assert code == 0 and "would change" not in out, out


def test_a_typst_upgrade_is_not_a_change_of_the_document(workspace, capsys, monkeypatch):
    """The PDF's bytes follow the Typst release; its text is the Markdown that is compared."""
    publish(capsys)
    real = version_files.render_output

    def other_typst(profile, lang, document, fmt="markdown", *args, **kwargs):
        data = real(profile, lang, document, fmt, *args, **kwargs)
        return data + b"%% typeset by another release\n" if fmt == "pdf" else data
    monkeypatch.setattr(version_files, "render_output", other_typst)
    code, out, _ = run(capsys, "verify", "--rerender")
    assert code == 0 and "would change" not in out, out


def test_verify_rerender_names_a_format_whose_output_would_change(workspace, capsys,
                                                                  monkeypatch):
    publish(capsys)
    real = version_files.render_output

    def changed_jsonld(profile, lang, document, fmt="markdown", *args, **kwargs):
        data = real(profile, lang, document, fmt, *args, **kwargs)
        return data + b" " if fmt == "jsonld" else data
    monkeypatch.setattr(version_files, "render_output", changed_jsonld)
    code, out, _ = run(capsys, "verify", "--rerender")
    assert code == 1
    assert sorted(line for line in out.splitlines() if "would change" in line) == [
        f"would change: today's generator writes statements/{ORG}/1.0/{lang}/statement.jsonld "
        "differently" for lang in ("en", "nl")]


def test_audiences_notices_and_cookies_each_get_their_files(tmp_path, monkeypatch):
    from generator.check.checking import check_file

    profile = check_file(EVERYTHING).profile
    names = {planned.name for planned in planned_files(profile, ["nl"])}
    for audience in ("members", "visitors"):
        assert {f"nl/statement.{audience}.{ext}" for ext in
                ("md", "html", "fragment.html", "pdf", "jsonld")} <= names
    for purpose in profile.purpose_list:
        assert {f"nl/notice.{purpose.id}.{ext}" for ext in
                ("md", "txt", "html", "fragment.html")} <= names
    assert {f"nl/cookies.{ext}" for ext in ("md", "csv", "html", "fragment.html", "pdf")} <= names
    statements, notices = 1 + 2, len(profile.purpose_list)  # the full one and two audiences
    assert len(names) == (statements * len(FORMATS_OF["statement"])
                          + len(FORMATS_OF["regulation"]) + len(FORMATS_OF["register"])
                          + len(FORMATS_OF["cookies"]) + notices * len(FORMATS_OF["notice"]))


def test_a_profile_without_cookies_has_no_cookie_statement():
    from generator.check.checking import check_file

    profile = check_file(PROFILES / "valid" / "minimal.yaml").profile
    assert not any(planned.document == "cookies" for planned in planned_files(profile, ["nl"]))


def test_a_version_with_every_format_follows_versions_with_markdown_alone(tmp_path, capsys,
                                                                          monkeypatch):
    """The example archive's 1.0 and 1.1 hold Markdown alone; the next version holds every
    format, and verify, --rerender, versions, show and diff work across them."""
    statements = archive_as_of(AFTER_1_1, tmp_path)
    profiles = tmp_path / "org_profiles"
    shutil.copytree(ROOT / "org_profiles", profiles)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRIVDOCS_TODAY", AFTER_1_1)
    org = "hogeschool-kempen"
    old = entry(statements, org, "1.1")["files"]
    assert all(name.endswith((".md", ".yaml")) for name in old)
    code, out, err = run(capsys, "publish", org, "--lang", "en", "--summary", "Every format.")
    assert code == 0, err
    new = entry(statements, org, "1.2")["files"]
    assert "nl/statement.pdf" in new and "en/statement.jsonld" in new
    digest = hashlib.sha256((statements / org / "1.2" / "nl" / "statement.pdf").read_bytes())
    assert new["nl/statement.pdf"] == digest.hexdigest()
    assert run(capsys, "verify", org, "--rerender", "--lang", "en")[0] == 0
    assert run(capsys, "versions", org, "--lang", "en")[0] == 0
    code, out, _ = run(capsys, "diff", org, "1.1", "1.2", "--lang", "en")
    assert code in (0, 1) and "Traceback" not in out
    for day, number in (("2026-11-01", "1.1"), (AFTER_1_1, "1.2")):
        code, out, _ = run(capsys, "show", org, "--at", day, "--lang", "en")
        assert code == 0 and out.startswith("# Privacy statement of Hogeschool Kempen")
        assert f"Version {number}," in out
