"""`privdocs init`: an organisation's repository, its starter profile, and every refusal."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator import __version__
from generator.check.checking import check_file
from generator.cli import main

from .conftest import ROOT, assert_matches_golden, rule_paths
from .terminal import ENTER, Terminal

GOLDEN = Path(__file__).parent / "starter"  # golden profiles, refreshed with UPDATE_GOLDEN=1
FILES = ["org_profiles/club.yaml", "mkdocs.yml", ".pre-commit-config.yaml",
         ".github/workflows/privdocs.yml", ".gitignore", "README.md"]
ALL_OPTIONS = ("--org", "club", "--name", "Sportclub De Ster", "--jurisdiction", "NL",
               "--languages", "nl,en")


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LANG", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_with_every_option_it_asks_nothing_and_writes_the_repository(capsys):
    code, out, err = run(capsys, "init", "repo", *ALL_OPTIONS, "--lang", "en")
    assert (code, err) == (0, "")
    assert out == "".join(f"Created repo/{file}\n" for file in FILES) + (
        "\nNext: fill in repo/org_profiles/club.yaml; `privdocs check` lists what is still "
        "open, one gap at a time.\n"
        "When the translations are right, record that: `privdocs i18n confirm club`. Until then "
        "`check` reports them as unconfirmed and `publish` refuses.\n")
    repo = Path("repo")
    assert sorted(str(path.relative_to(repo)) for path in repo.rglob("*") if path.is_file()) \
        == sorted(FILES)
    assert_matches_golden((repo / "org_profiles/club.yaml").read_text(encoding="utf-8"),
                          GOLDEN / "club-starter.yaml", __file__)

    site = yaml.safe_load((repo / "mkdocs.yml").read_text(encoding="utf-8"))
    assert site == {"site_name": "Privacy bij Sportclub De Ster",
                    "site_url": "https://privacy.example.org/"}
    hooks = yaml.safe_load((repo / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    ours = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hooks["repos"][0]["rev"] == f"v{__version__}"
    assert [hook["id"] for hook in hooks["repos"][0]["hooks"]] == [ours[0]["id"]]
    workflow = yaml.safe_load((repo / ".github/workflows/privdocs.yml").read_text("utf-8"))
    check_steps = [step.get("run") for step in workflow["jobs"]["check"]["steps"]]
    assert "privdocs check --strict --format github" in check_steps
    assert f"pip install privdocs=={__version__}" in check_steps
    site_steps = workflow["jobs"]["site"]["steps"]
    assert "privdocs build --site-dir site" in [step.get("run") for step in site_steps]
    cached = next(step for step in site_steps if step.get("uses", "").startswith("actions/cache@"))
    assert cached["with"]["path"] == ".privdocs-cache"  # kept between builds, beside site/
    assert site_steps.index(cached) < [step.get("run") for step in site_steps].index(
        "privdocs build --site-dir site")
    assert site_steps[-1]["uses"].startswith("actions/deploy-pages@")
    assert workflow["jobs"]["site"]["if"] == "github.event_name != 'pull_request'"
    ignored = (repo / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "/site/" in ignored and "/.privdocs-cache/" in ignored
    readme = (repo / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# Privacyverklaringen van Sportclub De Ster\n")
    assert "`privdocs i18n confirm club`" in readme


def test_the_starter_profile_gives_one_finding_per_gap(capsys):
    assert run(capsys, "init", *ALL_OPTIONS)[0] == 0
    result = check_file(Path("org_profiles/club.yaml"))
    assert rule_paths(result) == {
        ("controller-identity", "controller.address.street"),
        ("controller-identity", "controller.address.postal_code"),
        ("controller-identity", "controller.address.city"),
        ("controller-contact", "controller.email"),
        ("missing-key", "data_subjects"),
        ("missing-key", "data_categories"),
        ("missing-key", "recipients"),
        ("purpose-required", "purposes"),
        ("automated-decisions", "automated_decisions"),
        ("changes-notice", "changes"),
    }


def test_a_dutch_only_organisation_gets_no_translation_step(capsys):
    code, out, _ = run(capsys, "init", *ALL_OPTIONS[:-1], "nl", "--lang", "nl")
    assert code == 0
    assert "i18n confirm" not in out
    assert "i18n confirm" not in Path("README.md").read_text(encoding="utf-8")
    assert "languages: [nl]\n" in Path("org_profiles/club.yaml").read_text(encoding="utf-8")


def test_existing_files_are_kept_and_named(capsys):
    Path("README.md").write_text("Our own README\n", encoding="utf-8")
    Path("org_profiles").mkdir()
    Path("org_profiles/club.yaml").write_text("format: 1\n", encoding="utf-8")
    code, out, err = run(capsys, "init", *ALL_OPTIONS, "--lang", "en")
    assert (code, err) == (0, "")
    assert "Skipped README.md: it exists already and was left as it is.\n" in out
    assert "Skipped org_profiles/club.yaml: it exists already and was left as it is.\n" in out
    assert "Created mkdocs.yml\n" in out
    assert Path("README.md").read_text(encoding="utf-8") == "Our own README\n"
    assert Path("org_profiles/club.yaml").read_text(encoding="utf-8") == "format: 1\n"
    assert Path(".github/workflows/privdocs.yml").is_file()


@pytest.mark.parametrize("argv, message", [
    (("--org", "Sportclub!", "--name", "X", "--jurisdiction", "NL", "--languages", "nl"),
     "`Sportclub!` is not a valid id: use lowercase letters, digits and hyphens, starting with "
     "a letter or digit (for example `sportclub-de-ster`)."),
    (("--org", "club", "--name", "X", "--jurisdiction", "DE", "--languages", "nl"),
     "--jurisdiction DE: give NL or BE."),
    (("--org", "club", "--name", "X", "--jurisdiction", "NL", "--languages", "nl,nl"),
     "--languages nl,nl: give one or two of nl, en, separated by a comma, the authoritative one "
     "first (for example nl,en)."),
    (("--org", "club", "--name", "<script>x</script>", "--jurisdiction", "NL", "--languages",
      "nl"),
     "--name: give the organisation's name as plain text on one line, without < or >."),
    (("--org", "club", "--name", "Club\nsite_url: x", "--jurisdiction", "NL", "--languages",
      "nl"),
     "--name: give the organisation's name as plain text on one line, without < or >."),
    (("--org", "club"),
     "missing --name, --jurisdiction, --languages: give them as options, or run privdocs init "
     "in a terminal to be asked."),
])
def test_bad_options_are_one_line_and_write_nothing(capsys, argv, message):
    assert run(capsys, "init", *argv, "--lang", "en") == (2, "", f"privdocs: error: {message}\n")
    assert list(Path(".").iterdir()) == []


def test_a_file_is_not_a_folder(capsys):
    Path("notes.txt").write_text("x", encoding="utf-8")
    assert run(capsys, "init", "notes.txt", *ALL_OPTIONS, "--lang", "en")[::2] == (
        2, "privdocs: error: notes.txt is not a directory.\n")


def test_missing_options_are_asked_at_a_terminal(tmp_path):
    terminal = Terminal(tmp_path, "init", "--org", "club", "--lang", "en")
    terminal.answer("The organisation's legal name", "Sportclub De Ster" + ENTER)
    terminal.answer("Whose law applies", "2" + ENTER)
    terminal.answer("In which languages", "3" + ENTER)
    code, seen = terminal.finish()
    assert code == 0, seen
    assert "Created org_profiles/club.yaml" in seen
    profile = (tmp_path / "org_profiles" / "club.yaml").read_text(encoding="utf-8")
    assert 'jurisdiction: "BE"\n' in profile
    assert "languages: [nl]\n" in profile
    assert '  name: "Sportclub De Ster"\n' in profile


def test_a_bad_id_typed_at_the_terminal_is_asked_again(tmp_path):
    terminal = Terminal(tmp_path, "init", "--name", "Club", "--jurisdiction", "NL",
                        "--languages", "en", "--lang", "en")
    terminal.answer("The organisation's id", "Sportclub De Ster" + ENTER, done=False)
    terminal.shows("`Sportclub De Ster` is not a valid id")
    terminal.correct("\x15sportclub" + ENTER)
    code, seen = terminal.finish()
    assert code == 0, seen
    assert (tmp_path / "org_profiles" / "sportclub.yaml").is_file()


def test_quiet_names_only_what_was_skipped(capsys):
    Path("README.md").write_text("Our own README\n", encoding="utf-8")
    assert run(capsys, "init", *ALL_OPTIONS, "--lang", "en", "-q") == (
        0, "Skipped README.md: it exists already and was left as it is.\n", "")
    assert Path("mkdocs.yml").is_file()
