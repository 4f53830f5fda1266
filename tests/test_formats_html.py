"""`--format html` and `--format fragment`: golden files, what the page promises (language,
title, headings, table headers, print style, a strict policy and nothing loaded from anywhere),
what the fragment promises (no page of its own, everything prefixed and scoped), and hostile
text that stays text.

Regenerate the golden files with:

    UPDATE_GOLDEN=1 python3 -m pytest tests/test_formats_html.py
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from generator.check.checking import check_file
from generator.cli import main
from generator.documents import file_name
from generator.formats import render_format
from generator.formats.styles import PAGE_STYLE, style_hash
from generator.render.outputs import Selection, render_output
from generator.render.version import Version

from .conftest import ROOT, assert_matches_golden
from .hostile_payloads import ACCEPTED, REFUSED, elements, hostile_profile, inert_problems, \
    write_profile

GOLDEN = Path(__file__).resolve().parent / "golden"
VERSION = Version("1.1", datetime.date(2026, 10, 1))
# (organisation, language, document, published): a published and a draft version, both
# languages, every document that comes as a page.
GOLDEN_CASES = [("hogeschool-kempen", "nl", "statement", True),
                ("hogeschool-kempen", "en", "regulation", False),
                ("stichting-ons-onderwijs", "en", "statement", False),
                ("stichting-ons-onderwijs", "nl", "regulation", True),
                ("hogeschool-kempen", "nl", "register", True),
                ("netwerk-vlaamse-ondernemers", "en", "cookies", False)]
PAGE_TAGS = frozenset({"html", "head", "meta", "title", "style", "body", "header", "main"})
BODY_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table",
                       "thead", "tbody", "tr", "th", "td", "blockquote", "pre", "hr", "div",
                       "strong", "em", "code", "a", "br", "span", "del", "ins"})


def profile_of(org: str):
    result = check_file(ROOT / "org_profiles" / f"{org}.yaml")
    assert result.profile is not None
    return result.profile


def rendered(org: str, lang: str, document: str, fmt: str, published: bool = True) -> str:
    version = VERSION if published else None
    return render_output(profile_of(org), lang, document, fmt, version).decode("utf-8")


@pytest.mark.parametrize("fmt", ["html", "fragment"])
@pytest.mark.parametrize(("org", "lang", "document", "published"), GOLDEN_CASES)
def test_the_page_formats_match_the_golden_files(org, lang, document, published, fmt):
    extension = "html" if fmt == "html" else "fragment.html"
    assert_matches_golden(rendered(org, lang, document, fmt, published),
                          GOLDEN / org / lang / f"{document}.{extension}",
                          "tests/test_formats_html.py")


@pytest.mark.parametrize("fmt", ["html", "fragment"])
def test_a_notice_and_an_audience_statement_match_the_golden_files(fmt):
    """The variants of issue 13 come as pages too: the short notice of one purpose, and the
    statement for one audience."""
    cases = [("netwerk-vlaamse-ondernemers", "nl", "notice", Selection(purpose="newsletter"),
              "newsletter"),
             ("stichting-ons-onderwijs", "en", "statement", Selection(audience="parents"),
              "parents")]
    for org, lang, document, selection, variant in cases:
        page = render_output(profile_of(org), lang, document, fmt, VERSION, selection=selection,
                             site_url="https://privacy.example.org/").decode("utf-8")
        assert_matches_golden(page, GOLDEN / org / lang / file_name(document, fmt, variant),
                              "tests/test_formats_html.py")


def test_the_page_has_a_language_a_title_a_policy_and_a_print_style():
    page = rendered("hogeschool-kempen", "nl", "statement", "html")
    assert page.startswith('<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">')
    assert "<title>Privacyverklaring van Hogeschool Kempen</title>" in page
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert policy.startswith("default-src 'none'; ")
    assert f"style-src {style_hash(PAGE_STYLE)};" in policy and "unsafe" not in policy
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    assert style == PAGE_STYLE  # the hash in the policy is the hash of what is on the page
    assert "@media print" in style
    assert "<script" not in page and "url(" not in page and "@import" not in page
    found = elements(page).elements
    assert [tag for tag, _ in found if tag == "h1"] == ["h1"]
    assert [attrs for tag, attrs in found if tag == "th"][0] == [("scope", "col")]
    # Nothing on the page loads anything: the only addresses are links to follow.
    assert {tag for tag, attrs in found if any(name in ("href", "src") for name, _ in attrs)} \
        == {"a"}


def test_the_page_says_the_version_and_date_or_that_it_is_a_draft():
    published = rendered("hogeschool-kempen", "en", "regulation", "html")
    assert '<p class="status">Version 1.1, in effect from 1 October 2026.</p>' in published
    assert '<p class="organisation">Hogeschool Kempen</p>' in published
    draft = rendered("hogeschool-kempen", "nl", "regulation", "html", published=False)
    assert '<p class="status draft">Concept, niet gepubliceerd</p>' in draft


def test_the_fragment_is_a_prefixed_scoped_piece_of_a_page():
    fragment = rendered("stichting-ons-onderwijs", "nl", "statement", "fragment")
    found = elements(fragment).elements
    assert found[0] == ("div", [("class", "privdocs-document"), ("lang", "nl")])
    assert not {"html", "head", "body", "script", "meta", "title"} & {tag for tag, _ in found}
    classes = [word for _, attrs in found for name, value in attrs if name == "class"
               for word in value.split()]
    assert classes and all(word.startswith("privdocs-") for word in classes)
    ids = [value for _, attrs in found for name, value in attrs if name == "id"]
    assert ids and all(value.startswith("privdocs-") for value in ids)
    style = re.search(r"<style>(.*?)</style>", fragment, re.S).group(1)
    selectors = [selector.strip() for rule in re.findall(r"([^{}]+)\{", style)
                 for selector in rule.split(",")]
    assert selectors and all(selector.startswith(".privdocs-document") for selector in selectors)
    assert '<p class="privdocs-status">Versie 1.1, geldig vanaf 1 oktober 2026.</p>' in fragment


def test_a_link_to_a_place_in_the_fragment_follows_its_prefixed_id():
    fragment = render_format(profile_of("hogeschool-kempen"), "en", "fragment",
                             "# Title\n\n## Rights\n\nSee [your rights](#rights).\n", None)
    assert b'<h2 id="privdocs-rights">Rights</h2>' in fragment
    assert b'<a href="#privdocs-rights">your rights</a>' in fragment


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A profile whose purposes carry every payload of the corpus, the refused ones too (a
    draft renders them)."""
    path = write_profile(hostile_profile(ACCEPTED + REFUSED), tmp_path_factory.mktemp("hostile"))
    return check_file(path).profile


@pytest.mark.parametrize("fmt", ["html", "fragment"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_hostile_text_stays_text(hostile, fmt, lang):
    page = render_output(hostile, lang, "statement", fmt, draft=True).decode("utf-8")
    assert inert_problems(page, BODY_TAGS | PAGE_TAGS) == []
    found = elements(page).elements
    assert not [attrs for _, attrs in found for name, _ in attrs if name == "src"]
    for tag, attrs in found:
        if tag == "a":
            assert [name for name, _ in attrs] == ["href"]
            assert re.match(r"(https?://|mailto:)", dict(attrs)["href"], re.I), attrs
    assert "＜script＞alert(1)＜/script＞" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # a refused payload, as text
    assert "javascript:alert(1)" in page


@pytest.mark.parametrize("source", [
    "<script>alert(1)</script>", "<img src=https://tracker.example/p.gif>",
    "[x](javascript:alert(1))", "![x](https://tracker.example/p.gif)",
    '*x*{: onclick="alert(1)" style="background:url(https://tracker.example)"}',
    "<style>@import 'https://evil.example/x.css';</style>", '<a href="//evil.example">x</a>',
    "[x](//evil.example/x)"])
def test_markdown_that_never_passed_the_renderer_is_made_inert_too(source):
    for fmt in ("html", "fragment"):
        page = render_format(profile_of("hogeschool-kempen"), "en", fmt, f"# T\n\n{source}\n",
                             None).decode("utf-8")
        assert inert_problems(page, BODY_TAGS | PAGE_TAGS) == [], source
        found = elements(page).elements
        assert not [attrs for _, attrs in found for name, _ in attrs if name == "src"]
        assert not [attrs for tag, attrs in found if tag == "a" and attrs], source
        assert "evil.example/x.css" not in page.split("</style>", 1)[0].split("<style>")[-1]


def test_render_writes_every_language_of_a_page_format(tmp_path, capsys):
    assert main(["render", str(ROOT / "org_profiles" / "hogeschool-kempen.yaml"),
                 "--format", "fragment", "--output", str(tmp_path)]) == 0
    assert sorted(path.relative_to(tmp_path).as_posix() for path in tmp_path.rglob("*.*")) == [
        "en/regulation.fragment.html", "en/statement.fragment.html",
        "nl/regulation.fragment.html", "nl/statement.fragment.html"]
    capsys.readouterr()
    assert main(["render", str(ROOT / "org_profiles" / "hogeschool-kempen.yaml"), "--lang",
                 "en", "--format", "html"]) == 0
    assert capsys.readouterr().out.startswith('<!DOCTYPE html>\n<html lang="en">')


def test_only_allowlisted_elements_and_attributes_leave_python_markdowns_html():
    """Whatever Python-Markdown (or an extension) made, the tree keeps the allowlist: unknown
    elements give up their text, void ones do not swallow what follows, scripts vanish."""
    from generator.formats.body import _TreeBuilder
    from generator.formats.html_pages import serialise

    builder = _TreeBuilder()
    builder.feed('<p class="c" style="x" onclick="y">a<img src="https://t.example/p.gif">b'
                 '<input>c<div/>d<script/>e<x-y>f</x-y><a href="javascript:x" title="t">g</a>'
                 '<a href="https://ok.example">h</a></p><p>i<script>bad()</script>j</p>')
    builder.close()
    assert serialise(builder.root) == (
        '<div><p class="c">abc<div></div>def<a>g</a><a href="https://ok.example">h</a></p>'
        "<p>ij</p></div>")
