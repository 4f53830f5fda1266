"""Safe text beyond the profile: what `publish` is given on the command line, and what
`i18n import` reads from a translator's PO file. Each refusal is one clean line and changes
nothing."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import polib
import pytest

from generator.errors import PrivdocsError
from generator.i18n import po_import

from .conftest import MINIMAL
from .hostile_payloads import ACCEPTED, elements, hostile_profile, inert_problems, write_profile
from .i18n.helpers import MIXED, run

ORG = "mixed-styles"


def tree(root: Path) -> dict[str, str]:
    return {path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(root.rglob("*")) if path.is_file()}


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "org_profiles").mkdir()
    shutil.copy(MINIMAL, tmp_path / "org_profiles" / "minimal.yaml")
    shutil.copy(MIXED, tmp_path / "org_profiles" / f"{ORG}.yaml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRIVDOCS_TODAY", "2026-01-10")
    return tmp_path


@pytest.mark.parametrize(("option", "value", "shown"), [
    ("--summary-en", "<script>alert(1)</script>", "Raw HTML (`<script>alert(1)</script>`)"),
    ("--summary-en", "See [this](javascript:alert(1))", "The link target `javascript:alert(1)`"),
    ("--summary-nl", "Nieuw ![x](https://tracker.example/p.gif)", "An image (`![x]("),
    ("--summary", "*x*{: onclick=alert(1)}", "`{: onclick=alert(1)}` is not allowed"),
    ("--author", "Eve\x1b[2J", "U+001B (CONTROL CHARACTER)"),
    ("--no-notice-period", "<svg/onload=alert(1)>", "Raw HTML (`<svg/onload=alert(1)>`)"),
])
def test_publish_refuses_what_is_not_safe_text(project, capsys, option, value, shown):
    summaries = [] if option == "--summary" else ["--summary-nl", "Eerste versie.",
                                                  "--summary-en", "First version."]
    argv = ["publish", "minimal", "--lang", "en", *summaries, option, value]
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.startswith(f"privdocs: error: {option}: ") and shown in err
    assert err.count("\n") == 1
    assert not (project / "statements").exists()


def test_publish_accepts_a_summary_in_the_safe_subset(project, capsys):
    assert run(capsys, "i18n", "confirm", "minimal")[0] == 0
    code, _out, err = run(capsys, "publish", "minimal", "--summary-nl",
                          "Nieuw: *bewaartermijn* (zie [site](https://example.org)).",
                          "--summary-en", "New: *retention*.")
    assert (code, err) == (0, "")


def test_the_refusal_speaks_the_language_of_the_messages(project, capsys):
    """The profile's language when --lang does not say (minimal is Dutch first)."""
    code, _out, err = run(capsys, "publish", "minimal", "--summary", "<b>x</b>")
    assert code == 2
    assert err == ("privdocs: fout: --summary: HTML (`<b>`) mag niet in een tekst: gebruik "
                   "Markdown voor nadruk en links.\n")


# -- i18n import -------------------------------------------------------------------------

def exported(capsys, project: Path) -> Path:
    path = project / f"{ORG}.en.po"
    code, _out, err = run(capsys, "i18n", "export", ORG, "--lang", "en", "--output", str(path))
    assert (code, err) == (0, ""), err
    return path


def translated(path: Path, translations: dict[str, str], profile: str | None = None) -> Path:
    po = polib.pofile(str(path))
    for entry in po:
        if entry.msgctxt in translations:
            entry.msgstr = translations[entry.msgctxt]
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
    if profile is not None:
        po.metadata["X-Privdocs-Profile"] = profile
    po.save(str(path))
    return path


@pytest.mark.parametrize(("translation", "shown"), [
    ("<script>alert(1)</script>", "Raw HTML (`<script>alert(1)</script>`)"),
    ("Members [x](javascript:alert(1))", "The link target `javascript:alert(1)`"),
    ("Members\x1b]0;pwned\x07", "U+001B (CONTROL CHARACTER)"),
    ("Mem\u202ebers", "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
])
def test_import_refuses_a_translation_that_is_not_safe_text(project, capsys, translation, shown):
    po_path = translated(exported(capsys, project), {"data_subjects[0].name": translation,
                                                     "security": "Only the board."})
    before = tree(project / "org_profiles")
    code, out, err = run(capsys, "i18n", "import", str(po_path))
    assert (code, out) == (1, "")
    # the line of the entry's msgid, as Babel counts (1-based)
    line = po_path.read_text(encoding="utf-8").splitlines().index(
        'msgctxt "data_subjects[0].name"') + 2
    assert err.startswith(f"privdocs: error: {po_path.as_posix()}:{line}: the translation at "
                          "data_subjects[0].name is not safe text: ")
    assert shown in err and err.endswith("Nothing was written.\n") and err.count("\n") == 1
    assert "\x1b" not in err and "\u202e" not in err
    assert tree(project / "org_profiles") == before


def test_import_names_every_unsafe_translation(project, capsys):
    po_path = translated(exported(capsys, project), {"data_subjects[0].name": "<b>x</b>",
                                                     "security": "![x](https://t.example/x)",
                                                     "data_categories[0].name": "{: x}"})
    code, _out, err = run(capsys, "i18n", "import", str(po_path))
    assert code == 1
    assert "Neither are the translations at security, data_categories[0].name." in err \
        or "Neither are the translations at data_categories[0].name, security." in err


@pytest.mark.parametrize("header", ["../outside/victim", "/etc/passwd",
                                    "org_profiles/../victim.yaml", "victim"])
def test_the_profile_header_may_only_name_a_profile_in_org_profiles(project, capsys, header):
    outside = project / "outside"
    outside.mkdir()
    shutil.copy(MIXED, outside / "victim.yaml")
    shutil.copy(MIXED, project / "victim.yaml")
    po_path = translated(exported(capsys, project), {"security": "Only the board."}, header)
    before = tree(project)
    code, out, err = run(capsys, "i18n", "import", str(po_path))
    assert (code, out) == (2, "")
    assert "X-Privdocs-Profile" in err and "give --org" in err and err.count("\n") == 1
    assert tree(project) == before


def test_the_profile_header_may_name_a_profile_by_its_file_in_org_profiles(project, capsys):
    po_path = translated(exported(capsys, project), {"security": "Only the board."},
                         f"org_profiles/{ORG}.yaml")
    code, _out, err = run(capsys, "i18n", "import", str(po_path))
    assert (code, err) == (0, "")


def test_a_translation_past_the_size_limit_is_refused_and_the_profile_still_reads(project,
                                                                                    capsys):
    huge = "Only the board. " * (2 * 1024 * 1024 // 16)
    po_path = translated(exported(capsys, project), {"security": huge})
    before = tree(project / "org_profiles")
    code, out, err = run(capsys, "i18n", "import", str(po_path))
    assert (code, out) == (1, "")
    assert "bytes a profile may have, so nothing was written." in err and err.count("\n") == 1
    assert tree(project / "org_profiles") == before
    assert run(capsys, "i18n", "status", ORG)[0] in (0, 1)  # still readable
    assert run(capsys, "check", f"org_profiles/{ORG}.yaml")[2] == ""


def test_a_written_profile_that_does_not_read_back_is_put_back(project, capsys, monkeypatch):
    """Whatever goes wrong reading the new file (here: it cannot be read at all), the old one
    comes back."""
    po_path = translated(exported(capsys, project), {"security": "Only the board."})
    before = tree(project / "org_profiles")
    real = po_import.load_profile

    def unreadable_when_changed(path, **options):
        if "# changed" in Path(path).read_text(encoding="utf-8"):
            raise PrivdocsError("{file} cannot be read.", file=str(path))
        return real(path, **options)

    monkeypatch.setattr(po_import, "load_profile", unreadable_when_changed)
    monkeypatch.setattr(po_import, "patched_text",
                        lambda loaded, lang, changes: loaded.text + "\n# changed\n")
    code, _out, err = run(capsys, "i18n", "import", str(po_path))
    assert (code, err) == (1, f"privdocs: error: org_profiles/{ORG}.yaml cannot be read.\n")
    assert tree(project / "org_profiles") == before


# -- the HTML diff -----------------------------------------------------------------------

LIVE_TAGS = frozenset({"script", "iframe", "img", "svg", "math", "object", "embed", "link",
                       "base", "form", "input", "meta", "noscript"})


def test_the_html_diff_of_every_payload_is_inert(project, capsys):
    """The draft of a profile with every harmless-as-text payload against its published
    version, as one HTML page: the payloads are in it, and none is live."""
    assert run(capsys, "i18n", "confirm", "minimal")[0] == 0
    assert run(capsys, "publish", "minimal", "--summary", "Eerste versie.")[0] == 0
    write_profile(hostile_profile(ACCEPTED, name="minimal"), project / "org_profiles")
    code, page, err = run(capsys, "diff", "minimal", "--format", "html", "--lang", "nl")
    assert (code, err) == (0, "")
    assert "＜script＞alert(1)＜/script＞" in page and "javascript:alert(1)" in page
    head, _, body = page.partition("<body>")
    allowed = frozenset(tag for tag, _ in elements(body).elements) - LIVE_TAGS
    assert inert_problems(body, allowed) == []
    assert {tag for tag, _ in elements(body).elements} & LIVE_TAGS == set()
