"""What every command shares: usage errors in our words with a "did you mean", -q and -v, and
one choice of language for the messages (--lang, then the profile's language, then LANG)."""

from __future__ import annotations

import pytest

from generator.arguments import _leaves
from generator.cli import _parser, main
from generator.message_language import environment_language

from .conftest import PROFILES, ROOT

RETENTION = (PROFILES / "cli" / "no-retention.yaml").relative_to(ROOT).as_posix()


@pytest.fixture(autouse=True)
def in_project_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("argv, message", [
    (["chek"], "`chek` is not a command of `privdocs`. Did you mean `check`?"),
    (["i18n", "stauts"], "`stauts` is not a command of `privdocs i18n`. Did you mean `status`?"),
    (["check", "--strcit"], "`--strcit` is not an option of `privdocs check`. Did you mean "
                            "`--strict`?"),
    (["check", "--formt=json"], "`--formt` is not an option of `privdocs check`. Did you mean "
                                "`--format`?"),
    (["check", "--format", "jsn"], "`jsn` is not a value of --format. Did you mean `json`?"),
    (["build", "--colour"], "`--colour` is not an option of `privdocs build`; `privdocs build "
                            "--help` lists them."),
    (["zzz"], "`zzz` is not a command of `privdocs`; its commands: check, "),
    (["versions"], "`privdocs versions` needs ORG; `privdocs versions --help` shows its usage."),
    (["check", "--lang"], "--lang needs a value; `privdocs check --help` shows its usage."),
    (["check", "-q", "-v"], "-v/--verbose and -q/--quiet cannot be used together."),
])
def test_a_mistyped_command_line_is_one_line_with_a_suggestion(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.startswith(f"privdocs: error: {message}")
    assert err.count("\n") == 1


def test_a_usage_error_speaks_the_language_asked_for_or_the_locale(capsys, monkeypatch):
    code, _, err = run(capsys, "chek", "--lang", "nl")
    assert (code, err) == (2, "privdocs: fout: `chek` is geen opdracht van `privdocs`. "
                              "Bedoel je `check`?\n")
    code, _, err = run(capsys, "versions", "--lang", "nl")
    assert (code, err) == (2, "privdocs: fout: `privdocs versions` heeft ORG nodig; `privdocs "
                              "versions --help` laat zien hoe je de opdracht gebruikt.\n")
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    assert run(capsys, "check", "--strictt")[2].startswith("privdocs: fout: `--strictt` is geen "
                                                           "optie van `privdocs check`.")


def test_every_command_has_quiet_verbose_and_lang():
    leaves = list(_leaves(_parser()))
    assert len(leaves) >= 15  # the verbs, and each action of `i18n`
    for parser in leaves:
        for option in ("-q", "--quiet", "-v", "--verbose", "--lang"):
            assert option in parser._option_string_actions, (parser.prog, option)


def test_quiet_keeps_the_findings_and_drops_the_summary(capsys):
    code, out, err = run(capsys, "check", "--lang", "en", "-q", RETENTION)
    assert (code, err) == (1, "")
    assert out.splitlines() == [line for line in run(capsys, "check", "--lang", "en",
                                                     RETENTION)[1].splitlines()
                                if not line.startswith("1 profile checked")]
    assert out.count("\n") == 1 and "[retention, purposes[0].retention]" in out
    assert run(capsys, "check", "--quiet", "--lang", "en")[:3] == (0, "", "")
    assert run(capsys, "verify", "-q")[:3] == (0, "", "")


def test_verbose_adds_details_on_standard_error_only(capsys):
    normal = run(capsys, "check", "--lang", "en", "org_profiles")
    code, out, err = run(capsys, "check", "--lang", "en", "-v", "org_profiles")
    assert (code, out) == (normal[0], normal[1])
    assert "org_profiles/hogeschool-kempen.yaml: 0 errors, 0 warnings.\n" in err
    assert err.count("\n") == 3


@pytest.mark.parametrize("value, expected", [
    ({"LANG": "nl_NL.UTF-8"}, "nl"), ({"LANG": "en_GB.UTF-8"}, "en"), ({"LANG": "C.UTF-8"}, None),
    ({"LANG": "fr_FR.UTF-8"}, None), ({"LC_ALL": "nl_BE", "LANG": "en_GB"}, "nl"),
    ({"LC_MESSAGES": "en_US", "LANG": "nl_NL"}, "en"), ({}, None),
])
def test_the_locale_language_follows_posix_order(value, expected):
    assert environment_language(value) == expected


def test_lang_then_the_profile_then_the_locale(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    # No profile: the locale decides.
    assert run(capsys, "verify")[1].endswith("archives verified: 0 problems.\n")
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert run(capsys, "verify")[1].endswith("archieven gecontroleerd: 0 problemen.\n")
    assert run(capsys, "verify", "--lang", "en")[1].endswith("verified: 0 problems.\n")
    # A Dutch profile: its messages and the error line are Dutch, whatever the locale says.
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    code, _, err = run(capsys, "publish", "hogeschool-kempen", "--summary", "x", "--version", "v2")
    assert (code, err.split(" `v2`")[0]) == (2, "privdocs: fout:")
    code, _, err = run(capsys, "publish", "hogeschool-kempen", "--summary", "x", "--version", "v2",
                       "--lang", "en")
    assert (code, err.split(" `v2`")[0]) == (2, "privdocs: error:")
    code, out, _ = run(capsys, "check", RETENTION)
    assert out.splitlines()[-1] == "1 profiel gecontroleerd: 1 fout, 0 waarschuwingen."


def test_show_and_diff_speak_the_organisations_language(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    code, _, err = run(capsys, "show", "hogeschool-kempen", "--at", "2020-01-01")
    assert (code, err.split(" Op 2020-01-01")[0]) == (1, "privdocs: fout:")
    code, _, err = run(capsys, "show", "hogeschool-kempen", "--at", "2020-01-01", "--lang", "en")
    assert err.startswith("privdocs: error:")
    code, out, _ = run(capsys, "diff", "hogeschool-kempen", "1.1", "1.2")
    assert code == 0 and out.startswith("Wijzigingen in hogeschool-kempen")
