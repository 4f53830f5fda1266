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
import yaml

from generator.archive.manifest import read_manifest
from generator.archive.publishing import PublishRequest, publish
from generator.archive.sealing import SEAL, seal_text, sealed
from generator.cli import main
from generator.i18n.translation_lock import lock_path
from generator.site.settings import SITE_TEMPLATES

from .conftest import MINIMAL, confirm_translations


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def publish_profile(project: Path, org: str, text: str) -> None:
    path = project / "org_profiles" / f"{org}.yaml"
    path.write_text(text, encoding="utf-8")
    confirm_translations(path)
    languages = yaml.safe_load(text)["languages"]
    summaries = {"nl": "Eerste versie.", "en": "First."}
    publish(PublishRequest(profile=path, summaries={lang: summaries[lang] for lang in languages},
                           author="", today=datetime.date(2026, 1, 10)),
            project / "statements")


SETTINGS = ("site_url: https://privacy.vereniging-voorbeeld.nl/\n"
            "extra:\n"
            "  privdocs:\n"
            "    docs: false\n")


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project of its own: the site's settings (its address), and the minimal profile
    published once."""
    (tmp_path / "mkdocs.yml").write_text(SETTINGS, encoding="utf-8")
    (tmp_path / "org_profiles").mkdir()
    publish_profile(tmp_path, "minimal", MINIMAL.read_text(encoding="utf-8"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRIVDOCS_TODAY", "2026-02-01")
    return tmp_path


def test_build_writes_the_site_and_says_what_it_built(capsys, project):
    code, out, err = run(capsys, "build")
    assert (code, err) == (0, "")
    assert re.fullmatch(r"Built the site of 1 organisation into site/: 6 pages in each of nl, "
                        r"en \(\d+\.\d s, of which MkDocs \d+\.\d s\)\.\n"
                        r"12 pages written, 0 unchanged since the last build\.\n", out), out
    assert (project / "site" / "nl" / "minimal" / "1.0" / "statement" / "index.html").is_file()
    assert (project / "build" / "pages" / "en" / "minimal" / "1.0" / "statement.md").is_file()


def test_a_second_build_says_nothing_changed_and_verbose_gives_each_stage(capsys, project):
    assert run(capsys, "build")[0] == 0
    code, out, err = run(capsys, "build", "-v")
    assert code == 0
    assert out.endswith("\n0 pages written, 12 unchanged since the last build.\n"), out
    assert re.search(r"^comparing with the last build: \d+\.\d\d s$", err, re.MULTILINE), err

    code, out, err = run(capsys, "build", "-v", "--jobs", "1", "--no-cache")
    assert code == 0
    assert out.endswith("\n12 pages written, 0 unchanged since the last build.\n"), out
    for stage in ("checking the profiles", "assembling the pages", "writing the pages",
                  "building the HTML with MkDocs", "writing the data and the root files"):
        assert re.search(rf"^{stage}: \d+\.\d\d s$", err, re.MULTILINE), err
    assert re.search(r"^  nl: \d+\.\d\d s$", err, re.MULTILINE), err
    assert "Building the site:" not in err  # standard error is not a terminal here


@pytest.mark.parametrize("value", ["0", "two", "-1"])
def test_jobs_must_be_a_whole_number_of_processes(capsys, project, value):
    code, out, err = run(capsys, "build", "--jobs", value)
    assert (code, out) == (2, "")
    assert f"--jobs takes a whole number of processes, 1 or more; `{value}` is not one." in err


def test_build_speaks_dutch_when_asked(capsys, project):
    code, out, _ = run(capsys, "build", "--lang", "nl")
    assert code == 0
    assert out.startswith("De site van 1 organisatie is gebouwd in site/: 6 pagina's in elk "
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


def test_a_page_missing_in_one_of_the_organisations_languages_stops_the_build(capsys, project):
    # An archive whose statement lacks English while its regulation has it (so the organisation
    # publishes in English), sealed as if published so (a tampered one is refused).
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


def test_an_organisation_in_dutch_only_is_on_the_site_of_both_languages(capsys, project):
    publish_profile(project, "alleen-nl", dutch_only(MINIMAL.read_text(encoding="utf-8")))
    code, out, err = run(capsys, "build")
    assert (code, err) == (0, "")
    site = project / "site"
    assert (site / "nl" / "alleen-nl" / "1.0" / "statement" / "index.html").is_file()
    assert not (site / "en" / "alleen-nl" / "1.0").exists()
    stand_in = (site / "en" / "alleen-nl" / "index.html").read_text(encoding="utf-8")
    assert ("Vereniging Voorbeeld publishes its privacy statement and privacy regulation in "
            "Dutch only.") in stand_in
    assert re.search(r'<a href="../../nl/alleen-nl/statement/" hreflang="nl"[^>]*>Privacy '
                     r'statement \(Dutch\)</a>', stand_in)
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "/nl/alleen-nl/statement/" in sitemap and "/en/alleen-nl/" not in sitemap


def dutch_only(text: str) -> str:
    """The minimal profile in Dutch only, as organisation `alleen-nl`."""
    text = text.replace("languages: [nl, en]", "languages: [nl]").replace("id: minimal",
                                                                          "id: alleen-nl")
    return re.sub(r", en: [^}]*\}", "}", text)


def test_an_untranslated_sentence_stops_the_build(capsys, project, monkeypatch):
    templates = project / "templates"
    shutil.copytree(SITE_TEMPLATES, templates)
    monkeypatch.setattr("generator.site.build.SITE_TEMPLATES", templates)
    home = templates / "home.md.j2"
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


def article(path: Path) -> str:
    html = path.read_text(encoding="utf-8")
    return html[html.index("<article"):html.index("</article>")]


def test_the_public_site_is_for_readers(capsys, project):
    code, _, _ = run(capsys, "build")
    assert code == 0
    site = project / "site"
    assert not (site / "nl" / "docs").exists() and not (site / "en" / "docs").exists()
    home = (site / "en" / "index.html").read_text(encoding="utf-8")
    # neither in the nav nor on the page
    assert 'href="docs/' not in home and "Translations" not in home
    organisation = article(site / "en" / "minimal" / "index.html")
    assert "Translations" not in organisation and "not confirmed" not in organisation


def ask_for_docs(project: Path, value: str) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "    docs: false\n" in text
    config.write_text(text.replace("    docs: false\n", f"    docs: {value}\n"), encoding="utf-8")


def test_the_configuration_can_ask_for_the_documentation(capsys, project):
    ask_for_docs(project, "true")
    code, out, err = run(capsys, "build")
    assert (code, err) == (0, ""), out
    site = project / "site"
    assert (site / "nl" / "docs" / "rules" / "retention" / "index.html").is_file()
    assert 'href="docs/' in (site / "en" / "index.html").read_text(encoding="utf-8")
    organisation = article(site / "en" / "minimal" / "index.html")
    assert "Texts not confirmed yet" in organisation


def test_a_docs_value_that_is_not_true_or_false_is_refused(capsys, project):
    ask_for_docs(project, "sometimes")
    code, out, err = run(capsys, "build")
    assert (code, out) == (1, "")
    assert err == "privdocs: error: mkdocs.yml: `extra.privdocs.docs` must be true or false.\n"


def test_the_documentation_builds_on_its_own(capsys, project):
    shutil.rmtree(project / "statements")
    code, out, err = run(capsys, "build", "--docs-only", "--site-dir", "manual")
    assert (code, err) == (0, "")
    assert out.startswith("Built the site of 0 organisations into manual/:")
    manual = project / "manual"
    home = article(manual / "en" / "index.html")
    assert "How privdocs works" in home
    assert (manual / "nl" / "docs" / "rules" / "retention" / "index.html").is_file()
    assert (manual / "en" / "docs" / "commands" / "index.html").is_file()
    assert not (manual / "data").exists()
    assert (manual / "index.html").is_file()


def test_a_translation_nobody_confirmed_is_not_called_up_to_date(capsys, project):
    """The minimal profile has no translation lock: its English texts are not confirmed."""
    lock_path(project / "org_profiles" / "minimal.yaml").unlink()
    ask_for_docs(project, "true")
    code, _, _ = run(capsys, "build")
    assert code == 0
    home = article(project / "site" / "en" / "index.html")
    assert "Incomplete, out of date or not confirmed" in home
    assert "Complete and current" not in home
    organisation = article(project / "site" / "en" / "minimal" / "index.html")
    assert "Not every language of the profile is complete, current and confirmed" in organisation
