"""`privdocs render`: exit codes, where the output goes, and what a refused profile shows."""

from __future__ import annotations

import pytest

from generator.cli import main

from .conftest import MINIMAL, PROFILES, ROOT

ENGLISH_ONLY = """\
format: 1
id: english-only
languages: [en]
jurisdiction: NL
controller:
  name: Example Club
  address: {street: Dorpsstraat 1, postal_code: "1234 AB", city: Utrecht, country: NL}
  email: privacy@club.example
data_subjects: [{id: members, name: Members}]
data_categories: [{id: contact, name: Contact details}]
recipients: []
purposes:
  - id: membership
    name: Keeping track of your membership
    data_subjects: [members]
    data_categories: [contact]
    legal_basis: contract
    provision: {requirement: contractual, consequence: Without these data you cannot join.}
    retention: {period: P2Y}
    recipients: []
automated_decisions: []
changes: {notify: We e-mail you about every change.}
"""
NO_RETENTION = (PROFILES / "cli" / "no-retention.yaml").relative_to(ROOT).as_posix()


@pytest.fixture(autouse=True)
def in_project_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["render", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_organisation_id_prints_its_first_language_statement(capsys):
    code, out, err = run(capsys, "stichting-ons-onderwijs")
    assert (code, err) == (0, "")
    assert out.startswith("# Privacyverklaring van Stichting Ons Onderwijs\n")


def test_lang_and_document_choose_what_is_printed(capsys):
    code, out, _ = run(capsys, "hogeschool-kempen", "--lang", "en", "--document", "regulation")
    assert code == 0
    assert out.startswith("# Privacy regulation of Hogeschool Kempen\n")
    assert "\n## Article 1 Scope\n" in out


def test_a_profile_with_errors_is_refused_with_its_findings(capsys):
    code, out, err = run(capsys, NO_RETENTION, "--lang", "en")
    assert (code, out) == (1, "")
    assert err == (f"{NO_RETENTION}:18:5  error  The purpose `membership` does not say how long "
                   "its data are kept: give a retention `period` (such as P2Y), or the "
                   "`criteria` that decide it.  [retention, purposes[0].retention]\n"
                   "1 profile checked: 1 error, 0 warnings.\n")


def test_draft_renders_a_refused_profile_with_a_banner_and_marked_gaps(capsys):
    code, out, err = run(capsys, NO_RETENTION, "--draft", "--lang", "en")
    assert code == 0
    assert "[retention, purposes[0].retention]" in err
    assert "> **Draft.** This document is not finished" in out
    assert out.count("**[missing: retention period]**") == 2  # the table and the purpose
    code, out, _ = run(capsys, NO_RETENTION, "--draft")
    assert code == 0
    assert "> **Concept.**" in out and "**[ontbreekt: bewaartermijn]**" in out


def test_an_unknown_organisation_is_a_usage_error_on_one_line(capsys):
    code, out, err = run(capsys, "no-such-organisation")
    assert (code, out) == (2, "")
    assert err == ("privdocs: error: no-such-organisation: no such profile (neither a file "
                   "nor an id in org_profiles/).\n")


def test_a_language_the_profile_lacks_is_a_usage_error(capsys, tmp_path):
    profile = tmp_path / "english-only.yaml"
    profile.write_text(ENGLISH_ONLY, encoding="utf-8")
    assert main(["check", str(profile)]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, str(profile), "--lang", "nl")
    assert (code, out) == (2, "")
    assert err == ("privdocs: fout: Het profiel english-only is niet geschreven in nl; de "
                   "talen ervan: en.\n")


def test_output_writes_every_language_and_document(capsys, tmp_path):
    code, out, err = run(capsys, MINIMAL.relative_to(ROOT).as_posix(), "--output",
                         str(tmp_path))
    assert (code, err) == (0, "")
    written = sorted(path.relative_to(tmp_path).as_posix() for path in tmp_path.rglob("*.md"))
    assert written == ["en/regulation.md", "en/statement.md", "nl/regulation.md",
                       "nl/statement.md"]
    assert out.splitlines() == [(tmp_path / name).as_posix() for name in
                                ("nl/statement.md", "nl/regulation.md", "en/statement.md",
                                 "en/regulation.md")]
    assert (tmp_path / "en" / "statement.md").read_text(encoding="utf-8").startswith(
        "# Privacy statement of Vereniging Voorbeeld\n")


def test_a_refused_profile_writes_no_files(capsys, tmp_path):
    code, _, _ = run(capsys, NO_RETENTION, "--output", str(tmp_path / "site"))
    assert code == 1
    assert not (tmp_path / "site").exists()
