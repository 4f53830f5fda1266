"""The processing register (GDPR Art. 30(1)): golden files in Markdown and CSV for every
example profile and the second-edition profile, what each purpose records, the security
measures (a visible gap in a draft, nothing outside one), parity between the languages, and
the CSV as a spreadsheet reads it.

Regenerate the golden files with:

    UPDATE_GOLDEN=1 python3 -m pytest tests/test_render_register.py tests/test_render_cookies.py
"""

from __future__ import annotations

import csv
import dataclasses
import io
import os
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt

from generator.check.checking import check_file
from generator.check.findings import Severity
from generator.render import LANGUAGES, profile_languages, render_document
from generator.render.markup import inline
from generator.render.outputs import render_output

from .conftest import MINIMAL, PROFILES, ROOT, assert_matches_golden
from .test_render_documents import LEFTOVERS, english_fragments, shape
from .test_render_drafts import DUMPER, PATHS, SOURCE, changed

GOLDEN = Path(__file__).resolve().parent / "golden"
EXAMPLES = sorted((ROOT / "org_profiles").glob("*.yaml"))
EVERYTHING = PROFILES / "valid" / "second-edition-everything.yaml"
THIS_FILE = "tests/test_render_register.py"
ART_30_ROWS = {"en": ["Purpose", "Legal basis", "Categories of data subjects",
                      "Categories of personal data", "Recipients",
                      "Transfers to countries outside the EEA", "Retention period"],
               "nl": ["Doel", "Grondslag", "Soorten betrokkenen", "Soorten persoonsgegevens",
                      "Ontvangers", "Doorgifte naar landen buiten de EER", "Bewaartermijn"]}


def checked(path: Path):
    result = check_file(path)
    assert result.profile is not None and not result.count(Severity.ERROR), result.findings
    return result.profile


def assert_matches_golden_bytes(produced: bytes, golden: Path) -> None:
    """Like `assert_matches_golden`, byte for byte: a CSV's BOM and CRLF line ends count."""
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(produced)
    assert golden.exists(), f"no golden file {golden}: run UPDATE_GOLDEN=1 python3 -m pytest " \
                            f"{THIS_FILE}"
    assert produced == golden.read_bytes()


def csv_rows(data: bytes) -> list[list[str]]:
    """The rows a spreadsheet program sees in a CSV file written by privdocs."""
    assert data.startswith(b"\xef\xbb\xbf"), "no UTF-8 byte order mark"
    text = data.decode("utf-8-sig")
    assert "\n" not in text.replace("\r\n", ""), "a line end other than CRLF outside a field"
    return list(csv.reader(io.StringIO(text, newline="")))


def table_rows(markdown: str) -> list[list[str]]:
    """Every table row of `markdown` as a CommonMark reader with tables sees it (cell text)."""
    rows: list[list[str]] = []
    in_cell = False
    for token in MarkdownIt("commonmark").enable("table").parse(markdown):
        if token.type == "tr_open":
            rows.append([])
        elif token.type in ("th_open", "td_open"):
            in_cell = True
        elif token.type in ("th_close", "td_close"):
            in_cell = False
        elif token.type == "inline" and in_cell:
            rows[-1].append(token.content)
    return rows


def example_cases(documents=("register",)):
    for path in EXAMPLES:
        for lang in profile_languages(checked(path)):
            for document in documents:
                yield pytest.param(path, lang, document, id=f"{path.stem}-{lang}-{document}")


@pytest.mark.parametrize(("path", "lang", "document"), list(example_cases()))
@pytest.mark.parametrize("fmt", ("markdown", "csv"))
def test_the_register_of_every_example_matches_its_golden_files(path, lang, document, fmt):
    produced = render_output(checked(path), lang, document, fmt)
    golden = GOLDEN / path.stem / lang / f"{document}.{'md' if fmt == 'markdown' else 'csv'}"
    if fmt == "markdown":
        assert_matches_golden(produced.decode("utf-8"), golden, THIS_FILE)
    else:
        assert_matches_golden_bytes(produced, golden)


@pytest.mark.parametrize("form", ("formal", "informal"))
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("fmt", ("markdown", "csv"))
def test_the_second_edition_register_matches_its_golden_files(form, lang, fmt):
    profile = dataclasses.replace(checked(EVERYTHING), address_form=form)
    produced = render_output(profile, lang, "register", fmt)
    golden = GOLDEN / "second-edition" / form / lang / \
        f"register.{'md' if fmt == 'markdown' else 'csv'}"
    if fmt == "markdown":
        assert_matches_golden(produced.decode("utf-8"), golden, THIS_FILE)
    else:
        assert_matches_golden_bytes(produced, golden)


@pytest.mark.parametrize("path", EXAMPLES, ids=[path.stem for path in EXAMPLES])
def test_every_purpose_answers_every_question_of_article_30(path):
    profile = checked(path)
    for lang in profile_languages(profile):
        markdown = render_document(profile, lang, "register")
        for purpose in profile.purpose_list:
            section = markdown.split(f"\n### {inline(purpose.name.get(lang))}\n", 1)[1]
            section = section.split("\n#", 1)[0]
            labels = [row[0] for row in table_rows(section)[1:]]
            assert labels == ART_30_ROWS[lang]
        for leftover in LEFTOVERS:
            assert leftover not in markdown, (lang, leftover)
        rows = csv_rows(render_output(profile, lang, "register", "csv"))
        assert len(rows) == 1 + len(profile.purpose_list)
        assert {len(row) for row in rows} == {len(rows[0])}
        assert all(label in rows[0] for label in ART_30_ROWS[lang])


@pytest.mark.parametrize("path", EXAMPLES, ids=[path.stem for path in EXAMPLES])
def test_dutch_and_english_registers_say_the_same(path):
    profile = checked(path)
    nl, en = (render_document(profile, lang, "register") for lang in ("nl", "en"))
    assert shape(nl) == shape(en)
    assert [len(row) for row in table_rows(nl)] == [len(row) for row in table_rows(en)]
    nl_csv, en_csv = (csv_rows(render_output(profile, lang, "register", "csv"))
                      for lang in ("nl", "en"))
    assert [len(row) for row in nl_csv] == [len(row) for row in en_csv]
    for purpose in profile.purpose_list:
        assert inline(purpose.name.get("nl")) in nl and inline(purpose.name.get("en")) in en
    leaked = [fragment for fragment in english_fragments() if fragment in nl]
    assert leaked == []


def test_the_register_records_transfers_with_their_safeguard():
    profile = checked(ROOT / "org_profiles" / "stichting-ons-onderwijs.yaml")
    markdown = render_document(profile, "en", "register")
    assert ("| Transfers to countries outside the EEA | To Brightpath Learning Inc. (United "
            "States), on the basis of the European Commission's standard contractual clauses "
            "(GDPR, Article 46(2)(c)). |") in markdown
    assert "| Transfers to countries outside the EEA | No transfers |" in markdown
    assert "| Data protection officer (DPO) | Appointed |" in markdown
    assert "| E-mail address of the DPO | <fg@ons-onderwijs.example> |" in markdown


def test_the_register_does_not_address_the_reader():
    informal = dataclasses.replace(checked(EVERYTHING), address_form="informal")
    formal = dataclasses.replace(informal, address_form="formal")
    for lang in LANGUAGES:
        assert render_document(formal, lang, "register") == \
            render_document(informal, lang, "register")


def test_security_measures_are_a_gap_in_a_draft_and_absent_otherwise():
    profile = checked(MINIMAL)
    assert profile.security is None
    final = render_document(profile, "en", "register")
    assert "Security measures" not in final and "[missing" not in final
    draft = render_document(profile, "en", "register", draft=True)
    assert "\n## Security measures\n\n**[missing: general description of the security " \
           "measures]**\n" in draft
    dutch = render_document(profile, "nl", "register", draft=True)
    assert "**[ontbreekt: algemene beschrijving van de beveiligingsmaatregelen]**" in dutch


def test_the_measures_and_the_summary_both_reach_the_register_and_the_csv():
    markdown = render_document(checked(EVERYTHING), "en", "register")
    assert "| Summary of the security measures | We protect your data properly. |" in markdown
    assert ("| Technical and organisational measures | Only staff who need the data can see "
            "them. We make a backup every night. |") in markdown
    rows = csv_rows(render_output(checked(EVERYTHING), "en", "register", "csv"))
    column = rows[0].index("Technical and organisational measures")
    assert {row[column] for row in rows[1:]} == {
        "Only staff who need the data can see them. We make a backup every night."}


@pytest.mark.parametrize("how", ["delete", "break"])
def test_a_draft_register_and_cookie_statement_render_whatever_one_key_lacks(how, check_text):
    for path in PATHS:
        text = yaml.dump(changed(SOURCE, path, how), Dumper=DUMPER, allow_unicode=True)
        result = check_text(text, "netwerk-vlaamse-ondernemers")
        if result.profile is None:
            continue
        for document in ("register", "cookies"):
            for fmt in ("markdown", "csv"):
                data = render_output(result.profile, "en", document, fmt, draft=True)
                assert b"None" not in data and b"INVALID" not in data, (path, document, fmt)
