"""The tables of the register and the cookie statement under hostile input, and the `render`
command line for them: what a person typed never runs as a spreadsheet formula, never ends a
Markdown table cell or row, and the usage errors that concern these documents."""

from __future__ import annotations

import pytest

from generator.check.checking import check_file
from generator.cli import main
from generator.render.csv_tables import FORMULA_START, csv_bytes
from generator.render.outputs import render_output

from .conftest import MINIMAL, ROOT
from .test_render_register import csv_rows, table_rows


def both(text: str) -> str:
    """A text in both languages, as YAML."""
    return f'{{nl: "{text}", en: "{text}"}}'


HOSTILE = {
    "Vereniging Voorbeeld": '"=HYPERLINK(\\"https://evil.example\\",\\"x\\") | Injected | cell"',
    "{nl: Leden, en: Members}": both("@SUM(1+1)|members\\nnew row | x |"),
    "{nl: Contactgegevens, en: Contact details}": both("-2+3 | contact"),
    "{nl: Je lidmaatschap bijhouden, en: Keeping track of your membership}":
        both("+cmd|' /C calc'!A0\\n| a | b |\\n|---|---|"),
}

COOKIES = """\
cookies:
  - name: "=1+1|x"
    provider: "\\tTab | Ltd"
    purpose: {nl: "\\r=cmd\\n| forged | row |", en: "\\r=cmd\\n| forged | row |"}
    duration: session
    category: necessary
"""


@pytest.fixture
def hostile(tmp_path):
    text = MINIMAL.read_text(encoding="utf-8")
    for old, new in HOSTILE.items():
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / "minimal.yaml"
    path.write_text(text + COOKIES, encoding="utf-8")
    result = check_file(path)
    assert result.profile is not None
    return result.profile


@pytest.mark.parametrize("document", ("register", "cookies"))
@pytest.mark.parametrize("lang", ("nl", "en"))
def test_typed_text_never_runs_as_a_formula(hostile, document, lang):
    rows = csv_rows(render_output(hostile, lang, document, "csv", draft=True))
    assert len({len(row) for row in rows}) == 1, "a cell spilled into another column"
    assert len(rows) == 2  # the header and the one purpose or cookie: no forged rows
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_START), cell
    cells = rows[1]
    if document == "register":
        assert cells[0] == "'=HYPERLINK(\"https://evil.example\",\"x\") | Injected | cell"
        purpose = cells[rows[0].index("Purpose" if lang == "en" else "Doel")]
        assert purpose.startswith("'+cmd|' /C calc'!A0 | a | b | |---|---|")
        assert any(cell.startswith("'@SUM(1+1)|members new row | x |") for cell in cells)
        assert any(cell.startswith("'-2+3 | contact") for cell in cells)
    else:
        # Tabs and line breaks around a value are taken away before it reaches a cell.
        assert cells[:3] == ["'=1+1|x", "Tab | Ltd", "'=cmd | forged | row |"]


@pytest.mark.parametrize("document", ("register", "cookies"))
@pytest.mark.parametrize("lang", ("nl", "en"))
def test_typed_bars_and_line_breaks_never_break_a_markdown_table(hostile, document, lang):
    markdown = render_output(hostile, lang, document, "markdown", draft=True).decode("utf-8")
    rows = table_rows(markdown)
    widths = {2} if document == "register" else {6}
    assert {len(row) for row in rows} == widths
    if document == "register":
        # The controller table has its fixed rows; the purpose table its seven.
        labels = [row[0] for row in rows if row[0] not in ("Item", "Onderdeel")]
        assert len(labels) == 3 + 1 + 7
    else:
        assert len(rows) == 2
        assert rows[1][:3] == ["=1+1|x", "Tab | Ltd", "=cmd | forged | row |"]
    for line in markdown.splitlines():
        assert not line.startswith("|---|---|") or line in ("|---|---|",
                                                            "|---|---|---|---|---|---|")


@pytest.mark.parametrize("cell", ["=1", "+1", "-1", "@A1", "\t=1", "\r=1"])
def test_every_formula_start_gets_an_apostrophe(cell):
    assert csv_rows(csv_bytes([["header"], [cell]]))[1] == ["'" + cell]
    assert csv_rows(csv_bytes([["header"], ["a" + cell]]))[1] == ["a" + cell]


@pytest.fixture
def in_project_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def run(capsysbinary, *argv: str) -> tuple[int, bytes, str]:
    code = main(["render", *argv])
    out, err = capsysbinary.readouterr()
    return code, out, err.decode("utf-8")


def test_the_register_as_csv_goes_to_standard_output(capsysbinary, in_project_root):
    code, out, err = run(capsysbinary, "stichting-ons-onderwijs", "--document", "register",
                         "--format", "csv", "--lang", "en")
    assert (code, err) == (0, "")
    assert out.startswith(b"\xef\xbb\xbfController,Postal address,")
    assert len(csv_rows(out)) == 1 + 11


def test_output_writes_the_cookie_csv_of_every_language(capsysbinary, in_project_root,
                                                        tmp_path):
    code, _, err = run(capsysbinary, "hogeschool-kempen", "--document", "cookies", "--format",
                       "csv", "--output", str(tmp_path))
    assert (code, err) == (0, "")
    written = sorted(path.relative_to(tmp_path).as_posix() for path in tmp_path.rglob("*"))
    assert written == ["en", "en/cookies.csv", "nl", "nl/cookies.csv"]
    assert csv_rows((tmp_path / "nl" / "cookies.csv").read_bytes())[0][0] == "Cookie"


def test_a_profile_without_cookies_has_no_cookie_statement(capsysbinary, in_project_root):
    code, out, err = run(capsysbinary, MINIMAL.relative_to(ROOT).as_posix(), "--document",
                         "cookies", "--lang", "en")
    assert (code, out) == (2, b"")
    assert err == ("privdocs: error: The profile minimal has no cookies, so there is no cookie "
                   "statement to write; add `cookies` to the profile if its website uses "
                   "them.\n")


def test_csv_is_only_for_the_documents_that_are_tables(capsysbinary, in_project_root):
    code, out, err = run(capsysbinary, "hogeschool-kempen", "--document", "regulation",
                         "--format", "csv", "--lang", "en")
    assert (code, out) == (2, b"")
    assert err == ("privdocs: error: The document regulation does not come in csv; choose one "
                   "of: markdown, html, fragment, pdf.\n")
