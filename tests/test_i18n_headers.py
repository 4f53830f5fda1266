"""What a translation tool sees at the top of a PO file and beside a fuzzy entry: the project's
name, version and contact in a header `msgfmt --check-header` accepts, and a previous id
(`#| msgid`) only on the fuzzy entry it belongs to, however many updates run."""

from __future__ import annotations

import os
import shutil
import subprocess

import polib
import pytest

from generator import __version__
from generator.i18n.extraction import CONTACT

from .conftest import ROOT
from .i18n.helpers import copy_project, run

NL_PRIVDOCS = "generator/locales/nl/LC_MESSAGES/privdocs.po"
CATALOGS = sorted((ROOT / "generator" / "locales").glob("*/LC_MESSAGES/*.po"))


def msgfmt_header_problems(path) -> str:
    """What `msgfmt --check --check-header` says about `path` (warnings included)."""
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.fail("msgfmt is missing: install Debian's gettext")
    completed = subprocess.run([msgfmt, "--check", "--check-header", "--output-file",
                                os.devnull, str(path)], capture_output=True, text=True)
    return completed.stderr + ("" if completed.returncode == 0 else "(exit status)")


@pytest.mark.parametrize("path", CATALOGS, ids=lambda path: path.name)
def test_committed_catalogs_name_the_project_and_pass_check_header(path):
    assert msgfmt_header_problems(path) == ""
    header = polib.pofile(str(path)).metadata
    assert header["Project-Id-Version"] == f"privdocs {__version__}"
    assert header["Report-Msgid-Bugs-To"] == CONTACT
    assert "EMAIL@ADDRESS" not in path.read_text(encoding="utf-8")
    assert "\n# | " not in path.read_text(encoding="utf-8")  # a previous id read as a comment


def test_an_export_names_privdocs_and_the_profile_contact(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    output = tmp_path / "en.po"
    code, _, err = run(capsys, "i18n", "export", "hogeschool-kempen", "--lang", "en",
                       "--output", str(output))
    assert (code, err) == (0, "")
    assert msgfmt_header_problems(output) == ""
    header = polib.pofile(str(output)).metadata
    assert header["Project-Id-Version"] == f"privdocs {__version__}"
    assert header["Report-Msgid-Bugs-To"].endswith("@hogeschool-kempen.example")
    assert header["X-Privdocs-Profile"] == "hogeschool-kempen"


def test_a_previous_id_stays_with_its_fuzzy_entry_and_goes_when_it_is_reviewed(capsys, tmp_path):
    project = copy_project(tmp_path / "checkout")
    rule = project / "generator/check/rules/retention.py"
    rule.write_text(rule.read_text(encoding="utf-8").replace(
        "does not say how long", "never says how long"), encoding="utf-8")

    def update() -> list[polib.POEntry]:
        for action in ("extract", "update"):
            code, _, err = run(capsys, "i18n", action, "--root", str(project), "--domain",
                               "privdocs")
            assert (code, err) == (0, "")
        assert msgfmt_header_problems(project / NL_PRIVDOCS) == ""
        return [entry for entry in polib.pofile(str(project / NL_PRIVDOCS))
                if entry.previous_msgid or any(line.startswith("|") for line in
                                               entry.tcomment.splitlines())]

    for _ in range(2):  # Babel reads `#|` as a comment: the second update must not spread it
        [entry] = update()
        assert entry.fuzzy and "never says how long" in entry.msgid
        assert "does not say how long" in entry.previous_msgid
        assert entry.tcomment == ""

    # The translator reviews it; a tool that leaves the old `#|` line behind is common.
    catalog = polib.pofile(str(project / NL_PRIVDOCS), wrapwidth=100)
    reviewed = catalog.find(entry.msgid)
    reviewed.flags.remove("fuzzy")
    catalog.save()
    assert polib.pofile(str(project / NL_PRIVDOCS)).find(entry.msgid).previous_msgid
    assert update() == []
