"""`privdocs build` on the command line: what it prints and its exit code, when it builds and
when it refuses (a profile with errors, a page missing in a language, wording that is not
translated, an organisation id the site needs for itself, no configuration)."""

from __future__ import annotations

import dataclasses
import datetime
import re
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.manifest import read_manifest
from generator.publishing import PublishRequest, publish
from generator.sealing import SEAL, seal_text, sealed

from .conftest import MINIMAL, ROOT


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def publish_profile(project: Path, org: str, text: str) -> None:
    path = project / "org_profiles" / f"{org}.yaml"
    path.write_text(text, encoding="utf-8")
    publish(PublishRequest(profile=path, summaries={"nl": "Eerste versie.", "en": "First."},
                           author="", today=datetime.date(2026, 1, 10)),
            project / "statements")


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project of its own: the site's configuration and templates, and the minimal profile
    published once."""
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "site_templates" / "site", tmp_path / "site_templates" / "site")
    (tmp_path / "org_profiles").mkdir()
    publish_profile(tmp_path, "minimal", MINIMAL.read_text(encoding="utf-8"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRIVDOCS_TODAY", "2026-02-01")
    return tmp_path


def test_build_writes_the_site_and_says_what_it_built(capsys, project):
    code, out, err = run(capsys, "build")
    assert (code, err) == (0, "")
    assert re.fullmatch(r"Built the site of 1 organisation into site/: 46 pages in each of nl, "
                        r"en \(\d+\.\d s, of which MkDocs \d+\.\d s\)\.\n", out), out
    assert (project / "site" / "nl" / "minimal" / "1.0" / "statement" / "index.html").is_file()
    assert (project / "build" / "pages" / "en" / "minimal" / "1.0" / "statement.md").is_file()


def test_build_speaks_dutch_when_asked(capsys, project):
    code, out, _ = run(capsys, "build", "--lang", "nl")
    assert code == 0
    assert out.startswith("De site van 1 organisatie is gebouwd in site/: 46 pagina's in elk "
                          "van nl, en (")


def test_a_profile_with_errors_stops_the_build_with_its_findings(capsys, project):
    text = MINIMAL.read_text(encoding="utf-8")
    broken = text.replace("    retention:\n      period: P2Y\n", "    retention:\n")
    assert broken != text
    (project / "org_profiles" / "minimal.yaml").write_text(broken, encoding="utf-8")
    code, out, err = run(capsys, "build")
    assert code == 1
    assert "[retention, purposes[0].retention]" in out
    assert err == ("privdocs: error: 1 of the profiles in org_profiles have check errors; the "
                   "site was not built. Fix them first (`privdocs check org_profiles`).\n")
    assert not (project / "site").exists()


def test_a_page_missing_in_a_language_stops_the_build(capsys, project):
    # An archive that lacks a language, sealed as if published so (a tampered one is refused).
    manifest = read_manifest("minimal", project / "statements")
    [record] = manifest.versions
    record = dataclasses.replace(
        record, summary={"nl": record.summary["nl"]},
        files={name: digest for name, digest in record.files.items() if name != "en/statement.md"})
    (project / "statements" / "minimal" / "1.0" / "en" / "statement.md").unlink()
    manifest = sealed(dataclasses.replace(manifest, versions=[record]))
    manifest.path.write_text(manifest.to_yaml(), encoding="utf-8")
    (manifest.directory / "1.0" / SEAL).write_bytes(seal_text(manifest))
    code, out, err = run(capsys, "build")
    assert (code, out) == (1, "")
    assert err == (
        "privdocs: error: The site would lack 3 pages or texts in a language, and no page may "
        "fall back on another language:\n"
        "  minimal/1.0/statement.md: in `nl` but not in `en`\n"
        "  minimal/statement.md: in `nl` but not in `en`\n"
        "  minimal 1.0: the summary of the changes has no `en` text\n")


def test_an_untranslated_sentence_stops_the_build(capsys, project):
    home = project / "site_templates" / "site" / "home.md.j2"
    home.write_text(home.read_text(encoding="utf-8")
                    + '\n{{ _("A sentence nobody translated yet.") }}\n', encoding="utf-8")
    code, out, err = run(capsys, "build")
    assert (code, out) == (1, "")
    assert err == ("privdocs: error: The site uses wording that statement.po does not translate "
                   'into nl: "A sentence nobody translated yet.". Run `privdocs i18n extract` '
                   "and `privdocs i18n update`, then translate it.\n")


def test_an_organisation_may_not_take_the_name_of_a_folder_of_the_site(capsys, project):
    text = MINIMAL.read_text(encoding="utf-8").replace("id: minimal", "id: docs")
    publish_profile(project, "docs", text)
    code, out, err = run(capsys, "build")
    assert (code, out) == (1, "")
    assert err == ("privdocs: error: The organisation id `docs` is the name of a folder of the "
                   "site (assets, docs, search): give the organisation another id.\n")


def test_without_a_configuration_build_is_a_usage_error(capsys, project):
    code, out, err = run(capsys, "build", "--config", "elsewhere.yml")
    assert (code, out) == (2, "")
    assert err == ("privdocs: error: elsewhere.yml: no such MkDocs configuration; run the "
                   "command in the folder of your mkdocs.yml, or give --config FILE.\n")


def test_the_site_folder_may_not_hold_the_sources(capsys, project):
    code, out, err = run(capsys, "build", "--site-dir", ".")
    assert (code, out) == (2, "")
    assert err == ("privdocs: error: --site-dir . is the project folder, or a folder above it: "
                   "privdocs empties the site folder before a build, so it must be a folder of "
                   "its own, such as site/.\n")
    assert (project / "mkdocs.yml").is_file()
