"""The round trip for translators: export a profile's texts as PO, translate, import back.

The imported profile must differ from the original only in the translated texts: comments, key
order, blank lines and every other byte stay as they were.
"""

from __future__ import annotations

import shutil

import polib
import pytest
import yaml
from hypothesis import given, settings, strategies as st

from generator.check.checking import check_file
from generator.i18n.translation_lock import lock_path, read_confirmations
from generator.i18n.yaml_scalars import reads_back, render_scalar

from .conftest import MINIMAL, ROOT
from .i18n.helpers import MIXED, msgfmt_check, run

ENGLISH = {
    "data_subjects[0].name": "Members",
    "data_subjects[1].name": "Guests: people who are not (yet) members",
    "data_categories[0].name": "Contact details",
    "purposes[0].description": 'We keep track of who is a member: name, address, "member number" '
                               "and payments.",
    "purposes[0].retention.from": "after your membership ends",
    "security": "Only the board can see your details.",
    "data_categories[0].examples": "name, address\nand e-mail address, # not a comment",
}


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    (tmp_path / "org_profiles").mkdir()
    shutil.copy(MIXED, tmp_path / "org_profiles" / "mixed-styles.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "org_profiles" / "mixed-styles.yaml"


def export(capsys, tmp_path, org="mixed-styles", lang="en"):
    path = tmp_path / f"{org}.{lang}.po"
    code, out, err = run(capsys, "i18n", "export", org, "--lang", lang, "--output", str(path))
    assert (code, err) == (0, ""), err
    return path, out


def translate(path, translations):
    po = polib.pofile(str(path))
    for entry in po:
        if entry.msgctxt in translations:
            entry.msgstr = translations[entry.msgctxt]
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
    po.save(str(path))


def text_spans(text):
    """The source span of every text node, by profile path."""
    from generator.i18n.yaml_patch import node_index

    return {path: (node.start_mark.index, node.end_mark.index)
            for path, node in node_index(yaml.compose(text)).items()}


def without(text, spans):
    pieces, position = [], 0
    for start, end in sorted(spans):
        pieces.append(text[position:start])
        position = end
    return "".join(pieces + [text[position:]])


def test_export_translate_import_changes_only_the_translated_texts(capsys, workdir, tmp_path):
    original = workdir.read_text(encoding="utf-8")
    po_path, out = export(capsys, tmp_path)
    assert out == (f"12 texts of org_profiles/mixed-styles.yaml written to {po_path} for `en`: "
                   "6 untranslated, 0 fuzzy.\n")
    msgfmt_check(po_path)
    po = polib.pofile(str(po_path))
    assert po.metadata["Language"] == "en"
    assert po.metadata["X-Source-Language"] == "nl"
    assert po.metadata["X-Privdocs-Profile"] == "mixed-styles"
    entries = {entry.msgctxt: entry for entry in po}
    assert entries["data_subjects[0].name"].msgid == "Leden"
    assert entries["data_subjects[0].name"].msgstr == ""
    assert entries["purposes[0].name"].msgstr == "Keeping track of your membership"
    assert entries["data_categories[0].examples"].msgid == "naam, adres en\ne-mailadres"
    assert entries["data_subjects[0].name"].occurrences == [("org_profiles/mixed-styles.yaml",
                                                            "15")]

    translate(po_path, ENGLISH)
    msgfmt_check(po_path)
    code, out, err = run(capsys, "i18n", "import", str(po_path))
    assert (code, err) == (0, "")
    assert out == ("7 `en` translations written into org_profiles/mixed-styles.yaml, 5 already "
                   "there; 12 confirmed.\n")

    imported = workdir.read_text(encoding="utf-8")
    # Byte for byte, the files differ only inside the translated texts.
    before, after = text_spans(original), text_spans(imported)
    assert without(imported, [after[path] for path in ENGLISH]) \
        == without(original, [before[path] for path in ENGLISH])
    # Every imported value reads back exactly; every other value is unchanged.
    expected = yaml.safe_load(original)
    loaded = yaml.safe_load(imported)
    assert loaded["data_subjects"][0]["name"] == {"nl": "Leden", "en": "Members"}
    assert loaded["data_categories"][0]["examples"]["en"] == ENGLISH["data_categories[0].examples"]
    assert loaded["data_categories"][0]["examples"]["nl"] == "naam, adres en\ne-mailadres\n"
    assert loaded["purposes"][0]["description"]["en"] == ENGLISH["purposes[0].description"]
    assert loaded["security"] == {"nl": "Alleen het bestuur kan je gegevens zien.",
                                  "en": ENGLISH["security"]}
    for key in ("format", "id", "languages", "controller", "recipients", "changes"):
        assert loaded[key] == expected[key]
    assert list(loaded) == list(expected)
    # How each change was written, in the style of its neighbours.
    assert ("    name: {nl: Leden, en: Members}   # a plain string counts as Dutch only\n"
            in imported)
    assert "    name: {nl: Gasten, en: \"Guests: people who are not (yet) members\"}\n" in imported
    assert ("      nl: Contactgegevens  # the English is still to come\n"
            "      en: Contact details\n"
            "      # a comment between the keys of a text\n") in imported
    assert ("      en: |-\n        name, address\n        and e-mail address, # not a comment\n"
            "    # a comment after the text\n") in imported
    assert "from: {nl: na het einde van je lidmaatschap, en: after your membership ends}" \
        in imported

    result = check_file(workdir)
    assert not [found for found in result.findings if found.rule.startswith("translation")]
    assert len(read_confirmations(workdir)) == 12
    code, out, _ = run(capsys, "i18n", "status", "mixed-styles")
    assert code == 0 and out.endswith("Every translation is complete and current.\n")

    # Importing the same file again changes nothing.
    code, out, _ = run(capsys, "i18n", "import", str(po_path))
    assert code == 0 and out.startswith("0 `en` translations written")
    assert workdir.read_text(encoding="utf-8") == imported


def test_a_stale_translation_is_exported_fuzzy_with_the_old_source(capsys, workdir, tmp_path):
    po_path, _ = export(capsys, tmp_path)
    translate(po_path, ENGLISH)
    assert run(capsys, "i18n", "import", str(po_path))[0] == 0
    text = workdir.read_text(encoding="utf-8")
    workdir.write_text(text.replace("nl: Je lidmaatschap bijhouden,",
                                    "nl: Je lidmaatschap en je betalingen bijhouden,")
                       .replace('"We houden bij wie lid is:', '"We houden precies bij wie lid is:'),
                       encoding="utf-8")
    assert ("translation-stale", "purposes[0].name.en") in {
        (found.rule, found.path) for found in check_file(workdir).findings}

    po_path, out = export(capsys, tmp_path)
    assert out.endswith("0 untranslated, 2 fuzzy.\n")
    msgfmt_check(po_path)  # the long previous source of the description is valid PO too
    entry, description = [entry for entry in polib.pofile(str(po_path)) if entry.fuzzy]
    assert (entry.msgctxt, entry.msgid, entry.previous_msgid, entry.msgstr) == (
        "purposes[0].name", "Je lidmaatschap en je betalingen bijhouden",
        "Je lidmaatschap bijhouden", "Keeping track of your membership")
    assert description.previous_msgid.startswith("We houden bij wie lid is: naam, adres, ")

    # Left fuzzy, the entry is not imported and the text stays stale.
    code, out, _ = run(capsys, "i18n", "import", str(po_path))
    assert code == 0
    assert ("Left out 2 fuzzy entries (review them, then import again): "
            "purposes[0].name, purposes[0].description") in out
    assert ("translation-stale", "purposes[0].name.en") in {
        (found.rule, found.path) for found in check_file(workdir).findings}

    translate(po_path, {"purposes[0].name": "Keeping track of your membership and payments",
                        "purposes[0].description": ENGLISH["purposes[0].description"]})
    code, out, _ = run(capsys, "i18n", "import", str(po_path))
    assert code == 0 and out.startswith("1 `en` translation written")  # one was already right
    assert "en: Keeping track of your membership and payments}" in workdir.read_text("utf-8")
    assert not [found for found in check_file(workdir).findings
                if found.rule == "translation-stale"]


def test_a_po_file_that_no_longer_matches_is_refused(capsys, workdir, tmp_path):
    po_path, _ = export(capsys, tmp_path)
    translate(po_path, ENGLISH)
    text = workdir.read_text(encoding="utf-8")
    changed = text.replace("name: Leden ", "name: Leden en ereleden ") \
        .replace("security: Alleen het bestuur", "security: Alleen ons bestuur")
    workdir.write_text(changed, encoding="utf-8")
    code, out, err = run(capsys, "i18n", "import", str(po_path))
    assert (code, out) == (1, "")
    assert err == (f"privdocs: error: {po_path} no longer matches org_profiles/mixed-styles.yaml: "
                   "the source text differs at data_subjects[0].name, security. Export the "
                   "texts again and translate those.\n")
    assert workdir.read_text(encoding="utf-8") == changed
    assert not lock_path(workdir).exists()


def test_a_language_the_profile_does_not_have_is_refused(capsys, workdir, tmp_path):
    code, out, err = run(capsys, "i18n", "export", "mixed-styles", "--lang", "fr")
    assert (code, out) == (1, "")
    assert err == ("privdocs: error: org_profiles/mixed-styles.yaml is not written in `fr`: its "
                   "languages are `nl`, `en`.\n")
    code, _, err = run(capsys, "i18n", "export", "mixed-styles", "--lang", "nl")
    assert code == 1
    assert err == ("privdocs: error: `nl` is the authoritative language of "
                   "org_profiles/mixed-styles.yaml: export one of its translations (`en`).\n")
    po_path, _ = export(capsys, tmp_path)
    po = polib.pofile(str(po_path))
    po.metadata["Language"] = "de"
    po.save(str(po_path))
    before = workdir.read_bytes()
    code, out, err = run(capsys, "i18n", "import", str(po_path))
    assert (code, out) == (1, "")
    assert err == ("privdocs: error: org_profiles/mixed-styles.yaml is not written in `de`: its "
                   "languages are `nl`, `en`.\n")
    assert workdir.read_bytes() == before


@pytest.mark.parametrize("content, problem", [
    ('msgid "unclosed\nmsgstr ""\n', "is not a valid PO file: "),
    ("\xff\xfe garbage", "is not a valid PO file: "),
])
def test_a_malformed_po_file_is_one_clean_line(capsys, workdir, tmp_path, content, problem):
    path = tmp_path / "bad.po"
    path.write_bytes(content.encode("latin-1"))
    before = workdir.read_bytes()
    code, out, err = run(capsys, "i18n", "import", str(path), "--org", "mixed-styles")
    assert (code, out) == (1, "")
    assert err.startswith(f"privdocs: error: {path} {problem}")
    assert len(err.splitlines()) == 1
    assert workdir.read_bytes() == before


def test_a_po_file_without_profile_or_language_needs_help(capsys, workdir, tmp_path):
    po_path, _ = export(capsys, tmp_path)
    po = polib.pofile(str(po_path))
    del po.metadata["X-Privdocs-Profile"]
    po.save(str(po_path))
    code, _, err = run(capsys, "i18n", "import", str(po_path))
    assert code == 2
    assert err == (f"privdocs: error: {po_path} does not name its profile (it has no "
                   "`X-Privdocs-Profile` header): give --org.\n")
    assert run(capsys, "i18n", "import", str(po_path), "--org", "mixed-styles")[0] == 0
    del po.metadata["Language"]
    po.save(str(po_path))
    code, _, err = run(capsys, "i18n", "import", str(po_path), "--org", "mixed-styles")
    assert code == 1
    assert err == (f"privdocs: error: {po_path} has no `Language` header, so it does not say "
                   "which language it holds.\n")
    code, _, err = run(capsys, "i18n", "import", str(tmp_path / "missing.po"))
    # The reason is the operating system's wording; what privdocs says around it is ours.
    assert code == 2 and "missing.po is not a valid PO file: " in err and err.count("\n") == 1


def test_export_to_stdout_of_every_example_profile_passes_msgfmt(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    for profile in sorted((ROOT / "org_profiles").glob("*.yaml")):
        code, out, err = run(capsys, "i18n", "export", profile.stem, "--lang", "en")
        assert (code, err) == (0, "")
        path = tmp_path / f"{profile.stem}.po"
        path.write_text(out, encoding="utf-8")
        msgfmt_check(path)
        assert out.count('\nmsgctxt "') == len(polib.pofile(str(path)))


def test_line_endings_and_byte_order_mark_are_kept(capsys, workdir, tmp_path):
    shutil.copy(MINIMAL, workdir.with_name("minimal.yaml"))
    profile = workdir.with_name("minimal.yaml")
    text = profile.read_text(encoding="utf-8").replace("name: {nl: Leden, en: Members}",
                                                       "name: {nl: Leden}")
    profile.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    po_path, _ = export(capsys, tmp_path, "minimal")
    translate(po_path, {"data_subjects[0].name": "Members"})
    assert run(capsys, "i18n", "import", str(po_path))[0] == 0
    data = profile.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert b"name: {nl: Leden, en: Members}\r\n" in data


@settings(max_examples=300, deadline=None)
@given(value=st.text(min_size=1), flow=st.booleans(),
       style=st.sampled_from([None, "'", '"', "|", ">"]))
def test_every_string_is_written_as_a_scalar_that_reads_back(value, flow, style):
    scalar = render_scalar(value, flow=flow, style=style, indent=6)
    assert reads_back(scalar, value, flow=flow)
