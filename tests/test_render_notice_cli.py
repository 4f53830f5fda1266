"""`privdocs render --document notice --purpose ID` and `--audience ID`: what is printed or
written, where the link to the full statement comes from, and the usage errors (exit 2)."""

from __future__ import annotations

import pytest

from generator.cli import main

from .conftest import MINIMAL, ROOT, confirm_translations

SCHOOL = "stichting-ons-onderwijs"


@pytest.fixture(autouse=True)
def in_project_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["render", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_notice_is_printed_for_the_purpose_asked(capsys):
    code, out, err = run(capsys, SCHOOL, "--document", "notice", "--purpose", "pupil-photos",
                         "--lang", "en")
    assert (code, err) == (0, "")
    assert out.startswith("# Privacy notice of Stichting Ons Onderwijs\n")
    assert '"Using photos and videos of pupils"' in out
    assert "\n## Withdrawing your consent\n" in out
    # The project's mkdocs.yml still has privdocs' example address: no link is made from it.
    assert "You can ask us for it at <privacy@ons-onderwijs.example>." in out


def test_the_link_comes_from_site_url_or_from_mkdocs_yml(capsys, tmp_path, monkeypatch):
    profile = (ROOT / "org_profiles" / f"{SCHOOL}.yaml").as_posix()
    code, out, _ = run(capsys, profile, "--document", "notice", "--purpose", "attendance",
                       "--site-url", "https://privacy.school.example")
    assert code == 0
    assert "<https://privacy.school.example/nl/stichting-ons-onderwijs/statement/>" in out
    (tmp_path / "mkdocs.yml").write_text("site_url: https://privacy.ons-onderwijs.example/\n",
                                         encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, profile, "--audience", "staff", "--lang", "en")
    assert code == 0
    assert out.startswith("# Privacy statement of Stichting Ons Onderwijs for staff\n")
    assert "<https://privacy.ons-onderwijs.example/en/stichting-ons-onderwijs/statement/>" in out


def test_text_format_prints_the_notice_for_an_email(capsys):
    code, out, _ = run(capsys, "netwerk-vlaamse-ondernemers", "--document", "notice",
                       "--purpose", "newsletter", "--format", "text", "--lang", "en")
    assert code == 0
    assert out.startswith("Privacy notice of Netwerk Vlaamse Ondernemers vzw\n\n")
    assert "\nYour right to object\n\nYou can always object" in out
    assert "#" not in out and "<" not in out and "**" not in out


def test_output_writes_the_notice_and_the_audience_statement_under_their_document_names(capsys, tmp_path):
    code, out, _ = run(capsys, SCHOOL, "--document", "notice", "--purpose", "pupil-photos",
                       "--format", "text", "--output", str(tmp_path), "-v")
    assert code == 0
    for lang in ("nl", "en"):
        written = tmp_path / lang / "notice.txt"
        assert written.as_posix() in out
        assert written.read_text(encoding="utf-8").startswith(
            {"nl": "Korte privacyverklaring", "en": "Privacy notice"}[lang])
    code, out, _ = run(capsys, SCHOOL, "--audience", "parents", "--output", str(tmp_path))
    assert code == 0
    assert (tmp_path / "en" / "statement.md").read_text(encoding="utf-8").startswith(
        "# Privacy statement of Stichting Ons Onderwijs for parents and pupils\n")


def test_the_audience_statement_is_printed(capsys):
    code, out, err = run(capsys, SCHOOL, "--audience", "staff")
    assert (code, err) == (0, "")
    assert out.startswith("# Privacyverklaring van Stichting Ons Onderwijs voor medewerkers\n")
    assert "Het personeelsdossier bijhouden" in out
    assert "Foto's en video's van leerlingen gebruiken" not in out


@pytest.mark.parametrize(("argv", "message"), [
    (["--document", "notice"],
     "A notice is written for one purpose: add --purpose ID (the profile's purposes: "
     "pupil-enrolment, attendance, education-and-guidance, pupil-support, "
     "medicine-administration, pupil-photos, parent-communication, parental-contribution, "
     "employment, payroll-tax, sickness-absence)."),
    (["--document", "notice", "--purpose", "newsletter"],
     "The profile stichting-ons-onderwijs has no purpose newsletter; its purposes: "
     "pupil-enrolment, attendance, education-and-guidance, pupil-support, "
     "medicine-administration, pupil-photos, parent-communication, parental-contribution, "
     "employment, payroll-tax, sickness-absence."),
    (["--audience", "pupils"],
     "The profile stichting-ons-onderwijs has no audience pupils; its audiences: parents, "
     "staff."),
    (["--purpose", "attendance"],
     "--purpose chooses the purpose of a notice: add --document notice."),
    (["--document", "regulation", "--audience", "staff"],
     "--audience limits the privacy statement to one audience: use it with --document "
     "statement."),
    (["--format", "text"],
     "The document statement does not come in text; choose one of: markdown, html, fragment, "
     "pdf, jsonld."),
    (["--document", "notice", "--purpose", "attendance", "--site-url", "javascript:alert(1)"],
     "--site-url must be the web address of the site, starting with https:// or http://, such "
     "as https://privacy.example.nl/."),
])
def test_usage_errors_exit_2_with_one_line(capsys, argv, message):
    code, out, err = run(capsys, SCHOOL, "--lang", "en", *argv)
    assert (code, out) == (2, "")
    assert err == f"privdocs: error: {message}\n"


def test_an_audience_in_a_profile_without_audiences_is_a_usage_error(capsys):
    code, out, err = run(capsys, MINIMAL.as_posix(), "--audience", "members", "--lang", "en")
    assert (code, out) == (2, "")
    assert err == ("privdocs: error: The profile minimal has no audiences; add `audiences` to "
                   "the profile to write a statement for one group of readers.\n")


def test_an_audience_that_no_purpose_concerns_is_a_usage_error(capsys, tmp_path):
    text = MINIMAL.read_text(encoding="utf-8").replace("id: minimal", "id: lonely").replace(
        "data_subjects:\n  - id: members\n    name: {nl: Leden, en: Members}\n",
        "audiences:\n  - id: guests\n    name: {nl: Gasten, en: Guests}\n"
        "    data_subjects: [guests]\n"
        "data_subjects:\n  - id: members\n    name: {nl: Leden, en: Members}\n"
        "  - id: guests\n    name: {nl: Gasten, en: Guests}\n")
    assert "audiences:" in text
    profile = tmp_path / "lonely.yaml"
    profile.write_text(text, encoding="utf-8")
    confirm_translations(profile)
    code, out, err = run(capsys, profile.as_posix(), "--audience", "guests", "--lang", "en")
    assert (code, out) == (2, "")
    assert err == ("privdocs: error: No purpose of the profile lonely concerns the audience "
                   "guests: none of its purposes has the data subjects guests.\n")
