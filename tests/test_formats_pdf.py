"""`--format pdf`: read back with pypdf, as a reader's software would. The text is text (every
purpose and the version can be found in it), every page carries the version with its date and
its number, the PDF is tagged (a structure tree of headings, paragraphs, lists and tables, with
the language and the title), and the same document gives the same bytes."""

from __future__ import annotations

import datetime
import io
import re

import pytest

from generator.check.checking import check_file
from generator.cli import main
from generator.formats import render_format
from generator.render import profile_languages
from generator.render.outputs import render_output
from generator.render.version import Version

from .conftest import ROOT
from .hostile_payloads import ACCEPTED, REFUSED, hostile_profile, write_profile

pypdf = pytest.importorskip("pypdf")

EXAMPLES = sorted((ROOT / "org_profiles").glob("*.yaml"))
VERSION = Version("2.3", datetime.date(2026, 11, 5))
DATES = {"nl": "5 november 2026", "en": "5 November 2026"}
DOCUMENTS = ("statement", "regulation", "register", "cookies")


def profile_of(path):
    result = check_file(path)
    assert result.profile is not None
    return result.profile


def reader(data: bytes):
    return pypdf.PdfReader(io.BytesIO(data))


def words(text: str) -> str:
    """Text with every run of white space one space (a line may break anywhere in a PDF) and
    without the soft hyphens where a word in a narrow table cell was broken."""
    return " ".join(re.sub("\xad\\s*", "", text).split())


def structure_types(data: bytes) -> list[str]:
    """The structure types (`/S`) of the PDF's structure tree, depth first."""
    found: list[str] = []

    def walk(node) -> None:
        node = node.get_object()
        if isinstance(node, pypdf.generic.ArrayObject):
            for child in node:
                walk(child)
            return
        if not isinstance(node, pypdf.generic.DictionaryObject):
            return
        if "/S" in node:
            found.append(str(node["/S"]))
        if "/K" in node:
            walk(node["/K"])

    walk(reader(data).trailer["/Root"]["/StructTreeRoot"])
    return found


@pytest.mark.parametrize("document", DOCUMENTS)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_every_purpose_and_the_version_can_be_found_in_the_text(path, document):
    """Every purpose, or in the cookie statement every cookie, by name."""
    profile = profile_of(path)
    for lang in profile_languages(profile):
        pdf = reader(render_output(profile, lang, document, "pdf", VERSION))
        pages = [words(page.extract_text()) for page in pdf.pages]
        text = " ".join(pages)
        names = [cookie.name for cookie in profile.cookies] if document == "cookies" \
            else [purpose.name.get(lang) for purpose in profile.purpose_list]
        assert names
        for name in names:
            assert words(name) in text, (lang, name)
        status = {"nl": f"Versie 2.3, geldig vanaf {DATES['nl']}.",
                  "en": f"Version 2.3, in effect from {DATES['en']}."}[lang]
        page_label = {"nl": "Pagina {} van {}", "en": "Page {} of {}"}[lang]
        for number, page in enumerate(pages, start=1):
            assert status in page, (lang, number)
            assert page_label.format(number, len(pages)) in page, (lang, number)
            assert profile.controller.name in page


def test_a_draft_says_so_on_every_page():
    profile = profile_of(ROOT / "org_profiles" / "hogeschool-kempen.yaml")
    pdf = reader(render_output(profile, "nl", "regulation", "pdf"))
    assert len(pdf.pages) > 1
    for page in pdf.pages:
        assert "Concept, niet gepubliceerd" in page.extract_text()


@pytest.mark.parametrize(("lang", "language_tag"), [("nl", "nl-BE"), ("en", "en-GB")])
def test_the_pdf_is_tagged_with_its_language_and_title(lang, language_tag):
    profile = profile_of(ROOT / "org_profiles" / "hogeschool-kempen.yaml")
    data = render_output(profile, lang, "statement", "pdf", VERSION)
    catalog = reader(data).trailer["/Root"]
    assert bool(catalog["/MarkInfo"]["/Marked"]) is True
    assert catalog["/Lang"] == language_tag
    assert reader(data).metadata.title == {"nl": "Privacyverklaring van Hogeschool Kempen",
                                           "en": "Privacy statement of Hogeschool Kempen"}[lang]
    types = structure_types(data)
    assert types.count("/H1") == 1
    assert {"/H2", "/H3", "/P", "/L", "/LI", "/Table", "/TR", "/TH", "/TD", "/Link"} <= set(types)
    # Typst checked PDF/UA-1 and says so in the metadata.
    metadata = reader(data).trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b"pdfuaid:part" in metadata


def test_the_same_document_gives_the_same_bytes():
    profile = profile_of(ROOT / "org_profiles" / "stichting-ons-onderwijs.yaml")
    first = render_output(profile, "nl", "statement", "pdf", VERSION)
    assert render_output(profile, "nl", "statement", "pdf", VERSION) == first
    assert "/CreationDate" not in reader(first).metadata
    assert render_output(profile, "nl", "statement", "pdf") != first  # the version shows


def test_hostile_text_is_typeset_as_text(tmp_path):
    profile = check_file(write_profile(hostile_profile(ACCEPTED + REFUSED), tmp_path)).profile
    pdf = reader(render_output(profile, "en", "statement", "pdf", draft=True))
    text = words(" ".join(page.extract_text() for page in pdf.pages))
    for payload in ("javascript:alert(1)", "<script>alert(1)</script>", '!!! danger "x"',
                    "[x] (javascript:alert(1))"):
        assert payload in text, payload
    links = [annotation.get_object()["/A"].get("/URI") for page in pdf.pages
             for annotation in page.get("/Annots", [])]
    assert links and all(re.match(r"(https?://|mailto:)", str(uri), re.I) for uri in links)


def test_typst_markup_in_a_text_is_only_text():
    profile = profile_of(ROOT / "org_profiles" / "hogeschool-kempen.yaml")
    source = ('# T\n\nA #set page(fill: red) and #import "x.typ" and $x^2$ and '
              "#{ panic() } and @label and \\#.\n")
    pdf = reader(render_format(profile, "en", "pdf", source, None))
    assert words(pdf.pages[0].extract_text()).count(
        'A #set page(fill: red) and #import "x.typ" and $x^2$ and #{ panic() } and @label') == 1


def test_a_wide_table_gets_a_landscape_page_and_stays_searchable():
    profile = profile_of(ROOT / "org_profiles" / "hogeschool-kempen.yaml")
    cell = "verwerkingsverantwoordelijke van de gegevens"
    source = ("# Register\n\nBefore.\n\n" + "| " + " | ".join(f"Column {i}" for i in range(9))
              + " |\n" + "|---" * 9 + "|\n" + ("| " + " | ".join([cell] * 9) + " |\n") * 2
              + "\nAfter.\n")
    pdf = reader(render_format(profile, "nl", "pdf", source, None))
    shapes = [page.mediabox.width > page.mediabox.height for page in pdf.pages]
    assert shapes == [False, True, False]
    assert words(pdf.pages[1].extract_text()).count(cell) == 18


def test_render_writes_the_pdf_to_a_file(tmp_path):
    assert main(["render", str(ROOT / "org_profiles" / "hogeschool-kempen.yaml"), "--lang",
                 "en", "--document", "regulation", "--format", "pdf", "--output",
                 str(tmp_path)]) == 0
    data = (tmp_path / "en" / "regulation.pdf").read_bytes()
    assert data.startswith(b"%PDF-")
    assert "Privacy regulation of Hogeschool Kempen" in reader(data).pages[0].extract_text()
