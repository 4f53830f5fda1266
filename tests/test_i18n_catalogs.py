"""`privdocs i18n extract | update | compile | status` over the gettext catalogs.

Each test works on a copy of the checkout's catalogs and sources (`--root`), never on the
committed files, except the tests that check the committed catalogs themselves.
"""

from __future__ import annotations

import gettext
import json

import polib
import pytest
from babel.messages.pofile import read_po

from generator.i18n.domains import KEYWORDS, MAPPING_FILES, Project
from generator.i18n.extraction import extract_catalog

from .conftest import ROOT
from .i18n.helpers import copy_project, msgfmt_check, run

NL_PRIVDOCS = "generator/locales/nl/LC_MESSAGES/privdocs.po"
RETENTION_RULE = "generator/check/rules/retention.py"


@pytest.fixture
def project(tmp_path, monkeypatch):
    root = copy_project(tmp_path / "checkout")
    monkeypatch.chdir(root)  # no org_profiles/ here: status shows the catalogs only
    return root


def read(root, relative):
    with (root / relative).open("rb") as handle:
        return read_po(handle)


def status_json(capsys, root, *extra):
    code, out, err = run(capsys, "i18n", "status", "--root", str(root), "--format", "json", *extra)
    assert err == ""
    return code, json.loads(out)


# -- the committed catalogs ---------------------------------------------------------------
@pytest.mark.parametrize("domain", sorted(MAPPING_FILES))
def test_committed_templates_hold_every_message_of_the_sources(domain):
    project = Project(ROOT)
    if not project.mapping(domain).is_file():
        pytest.skip(f"the {domain} domain has no mapping file yet")
    extracted = extract_catalog(project, domain)
    with project.template(domain).open("rb") as handle:
        committed = read_po(handle)
    def ids(catalog):
        return {(message.id if isinstance(message.id, str) else tuple(message.id),
                 message.context) for message in catalog if message.id}

    assert ids(extracted) == ids(committed), "run `make catalogs` and commit the catalogs"


def test_committed_catalogs_are_complete(capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    code, document = status_json(capsys, ROOT)
    incomplete = [counts for domain in document["domains"] for counts in domain["catalogs"]
                  if not counts["complete"]]
    assert (code, incomplete) == (0, [])


def test_msgfmt_accepts_every_committed_catalog():
    files = sorted((ROOT / "generator" / "locales").rglob("*.po*"))
    assert any(path.suffix == ".po" for path in files)
    for path in files:
        msgfmt_check(path)


def test_keywords_keep_the_domains_apart():
    assert "N_" in KEYWORDS["privdocs"] and "Nn_" in KEYWORDS["privdocs"]
    assert "N_" not in KEYWORDS["statement"] and "statement_msgid" in KEYWORDS["statement"]
    assert "statement_msgid" not in KEYWORDS["privdocs"]


# -- extract ------------------------------------------------------------------------------
def test_extract_twice_leaves_the_templates_alone(capsys, project):
    code, out, err = run(capsys, "i18n", "extract", "--root", str(project))
    assert (code, err) == (0, "")
    before = (project / "generator/locales/privdocs.pot").read_bytes()
    code, out, _ = run(capsys, "i18n", "extract", "--root", str(project))
    assert code == 0
    assert out.count("(unchanged)") == len(out.splitlines())
    assert (project / "generator/locales/privdocs.pot").read_bytes() == before


def test_a_domain_without_mapping_or_template_is_skipped(capsys, project):
    (project / "babel-statement.cfg").unlink(missing_ok=True)
    (project / "generator/locales/statement.pot").unlink(missing_ok=True)
    (project / "generator/locales/nl/LC_MESSAGES/statement.po").unlink(missing_ok=True)
    code, out, _ = run(capsys, "i18n", "extract", "--root", str(project))
    assert code == 0
    assert "statement: no mapping file babel-statement.cfg yet; skipped" in out
    code, out, _ = run(capsys, "i18n", "update", "--root", str(project))
    assert code == 0
    assert "statement: no template yet; run `privdocs i18n extract` first" in out
    code, document = status_json(capsys, project)
    statement = next(d for d in document["domains"] if d["domain"] == "statement")
    assert statement == {"domain": "statement", "template": "generator/locales/statement.pot",
                         "extracted": False, "complete": True, "catalogs": []}
    assert code == 0


# -- update -------------------------------------------------------------------------------
def test_a_changed_message_id_becomes_fuzzy_and_shows_in_english(capsys, project):
    rule = project / RETENTION_RULE
    source = rule.read_text(encoding="utf-8")
    old_id = next(message.id for message in read(project, NL_PRIVDOCS)
                  if isinstance(message.id, str)
                  and message.id.startswith("The purpose `{purpose}` does not say how long"))
    new_id = old_id.replace("does not say", "never says")
    assert "does not say how long" in source
    rule.write_text(source.replace("does not say how long", "never says how long"),
                    encoding="utf-8")

    assert run(capsys, "i18n", "extract", "--root", str(project), "--domain", "privdocs")[0] == 0
    code, out, _ = run(capsys, "i18n", "update", "--root", str(project), "--domain", "privdocs")
    assert code == 0
    assert f"{NL_PRIVDOCS}: written; " in out and ", 1 fuzzy, 0 untranslated, 0 obsolete" in out

    catalog = read(project, NL_PRIVDOCS)
    entry = catalog[new_id]
    assert entry.fuzzy
    assert entry.string  # the old translation, to be checked
    # The translator sees the old id as `#| msgid`, in PO that the standard tools read.
    [fuzzy] = [entry for entry in polib.pofile(str(project / NL_PRIVDOCS)) if entry.fuzzy]
    assert (fuzzy.msgid, fuzzy.previous_msgid) == (new_id, old_id)
    msgfmt_check(project / NL_PRIVDOCS)

    code, document = status_json(capsys, project, "--domain", "privdocs")
    [counts] = document["domains"][0]["catalogs"]
    assert (code, counts["fuzzy"], counts["complete"]) == (1, 1, False)
    # A fuzzy entry is not used: the compiled catalog falls back to the English id.
    assert run(capsys, "i18n", "compile", "--root", str(project))[0] == 0
    with (project / NL_PRIVDOCS).with_suffix(".mo").open("rb") as handle:
        translations = gettext.GNUTranslations(handle)
    assert translations.gettext(new_id) == new_id


def test_update_keeps_or_drops_obsolete_entries(capsys, project):
    path = project / NL_PRIVDOCS
    catalog = read(project, NL_PRIVDOCS)
    catalog.add("A message that no source has any more.", "Een bericht dat nergens meer staat.")
    from babel.messages.pofile import write_po
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, no_location=True)
    code, out, _ = run(capsys, "i18n", "update", "--root", str(project), "--domain", "privdocs")
    assert code == 0 and out.endswith(", 0 fuzzy, 0 untranslated, 1 obsolete\n")
    assert '#~ msgid "A message that no source has any more."' in path.read_text(encoding="utf-8")
    code, out, _ = run(capsys, "i18n", "update", "--root", str(project), "--domain", "privdocs",
                       "--drop-obsolete")
    assert code == 0 and out.endswith(", 0 fuzzy, 0 untranslated, 0 obsolete\n")
    assert "A message that no source has any more." not in path.read_text(encoding="utf-8")


def test_update_creates_a_missing_catalog(capsys, project):
    (project / NL_PRIVDOCS).unlink()
    code, out, _ = run(capsys, "i18n", "update", "--root", str(project), "--domain", "privdocs")
    assert code == 0
    assert out.startswith(f"{NL_PRIVDOCS}: created; 0 translated, 0 fuzzy, ")
    catalog = read(project, NL_PRIVDOCS)
    assert str(catalog.locale) == "nl" and len(catalog) > 50
    msgfmt_check(project / NL_PRIVDOCS)
    code, document = status_json(capsys, project, "--domain", "privdocs")
    assert code == 1


# -- compile ------------------------------------------------------------------------------
def test_compile_writes_mo_files_that_gettext_reads(capsys, project):
    code, out, err = run(capsys, "i18n", "compile", "--root", str(project))
    assert (code, err) == (0, "")
    assert f"{NL_PRIVDOCS}: " in out and "compiled into privdocs.mo" in out
    with (project / NL_PRIVDOCS).with_suffix(".mo").open("rb") as handle:
        translations = gettext.GNUTranslations(handle)
    assert translations.gettext("{path}: no such file or directory.") \
        == "{path}: dit bestand of deze map bestaat niet."


@pytest.mark.parametrize("damage, problem", [
    ("drop", "the translation leaves out {purpose}"),
    ("rename", "the translation uses {doel}, which the message id does not have"),
    ("brace", "the translation is not a valid format string"),
])
def test_compile_refuses_a_placeholder_mismatch(capsys, project, damage, problem):
    path = project / NL_PRIVDOCS
    catalog = read(project, NL_PRIVDOCS)
    entry = next(message for message in catalog
                 if isinstance(message.id, str) and "{purpose}" in message.id and message.string)
    text = path.read_text(encoding="utf-8")
    translated = entry.string.split("{purpose}")[0]
    assert text.count("{purpose}") > 1
    damaged = {"drop": translated + "dit doel.", "rename": translated + "{doel}.",
               "brace": translated + "{purpose."}[damage]
    catalog[entry.id].string = damaged
    from babel.messages.pofile import write_po
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, no_location=True)
    code, out, err = run(capsys, "i18n", "compile", "--root", str(project))
    assert code == 1
    assert out == ""
    assert f'{NL_PRIVDOCS}: "{entry.id}": {problem}' in err
    assert err.rstrip().endswith("no .mo file was written.")
    assert not path.with_suffix(".mo").exists()


def test_a_malformed_catalog_is_one_clean_line(capsys, project):
    (project / NL_PRIVDOCS).write_text('msgid "open\nmsgstr ""\n', encoding="utf-8")
    for action in ("update", "compile", "status"):
        code, out, err = run(capsys, "i18n", action, "--root", str(project), "--domain",
                             "privdocs")
        assert code == 1, action
        assert err.startswith(f"privdocs: error: {NL_PRIVDOCS} is not a valid PO file: ")
        assert len(err.splitlines()) == 1


def test_a_root_that_does_not_exist_is_a_usage_error(capsys, tmp_path):
    code, out, err = run(capsys, "i18n", "status", "--root", str(tmp_path / "nowhere"))
    assert (code, out) == (2, "")
    assert err == f"privdocs: error: {tmp_path / 'nowhere'}: no such file or directory.\n"


# -- status -------------------------------------------------------------------------------
def test_status_counts_every_kind_of_entry(capsys, project):
    path = project / NL_PRIVDOCS
    catalog = read(project, NL_PRIVDOCS)
    entries = [message for message in catalog if message.id and isinstance(message.id, str)]
    entries[0].string = ""
    entries[1].flags.add("fuzzy")
    catalog.obsolete["gone"] = type(entries[2])("gone", "weg")
    from babel.messages.pofile import write_po
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, no_location=True)
    total = len(entries) + sum(1 for message in catalog if not isinstance(message.id, str))

    code, document = status_json(capsys, project, "--domain", "privdocs")
    assert code == 1
    [counts] = document["domains"][0]["catalogs"]
    assert counts == {"domain": "privdocs", "language": "nl", "file": NL_PRIVDOCS,
                      "exists": True, "translated": total - 2, "fuzzy": 1, "untranslated": 1,
                      "obsolete": 1, "complete": False}
    assert document["complete"] is False

    code, out, err = run(capsys, "i18n", "status", "--root", str(project), "--domain", "privdocs")
    assert code == 1
    assert out == (f"{NL_PRIVDOCS}: {total - 2} translated, 1 fuzzy, 1 untranslated, 1 obsolete\n"
                   "Some translations are missing, fuzzy, out of date or not confirmed.\n")
    code, out, _ = run(capsys, "i18n", "status", "--root", str(project), "--domain", "privdocs",
                       "--lang", "nl")
    assert out == (f"{NL_PRIVDOCS}: {total - 2} vertaald, 1 vaag, 1 onvertaald, 1 vervallen\n"
                   "Sommige vertalingen ontbreken, zijn vaag, zijn verouderd of zijn niet bevestigd.\n")


def test_status_of_complete_catalogs_exits_zero(capsys, project):
    code, out, _ = run(capsys, "i18n", "status", "--root", str(project))
    assert code == 0
    assert out.endswith("Every translation is complete and current.\n")
