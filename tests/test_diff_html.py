"""The diff as one HTML page: self-contained, well-formed, printable and accessible."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from xml.etree import ElementTree

import pytest

from generator.diffing import diff_to_html, diff_to_markdown, diff_versions
from generator.diffing.html_page import STYLE, _escape_raw_html

from .conftest import ROOT

ORGS = ["hogeschool-kempen", "netwerk-vlaamse-ondernemers", "stichting-ons-onderwijs"]
LOADING = {"src", "srcset", "data", "poster", "background", "action", "formaction"}


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def elements(page: str) -> list[tuple[str, dict]]:
    parser = Elements()
    parser.feed(page)
    return parser.found


def well_formed(page: str) -> ElementTree.Element:
    assert page.startswith("<!DOCTYPE html>\n")
    return ElementTree.fromstring(page.removeprefix("<!DOCTYPE html>\n"))


@pytest.fixture(scope="module")
def diffs():
    return {org: diff_versions(org, "1.0", "1.1", ROOT / "statements") for org in ORGS}


@pytest.mark.parametrize("org", ORGS)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_page_loads_nothing_and_is_well_formed(diffs, org, lang):
    page = diff_to_html(diffs[org], lang, languages=("nl", "en"))
    root = well_formed(page)
    assert root.get("lang") == lang
    assert [element.get("lang") for element in root.iter("div")] == ["nl", "en", "nl", "en"]
    found = elements(page)
    assert not {tag for tag, _ in found} & {"script", "link", "img", "iframe", "object",
                                            "embed", "video", "audio", "source", "base", "form"}
    assert not [(tag, attrs) for tag, attrs in found if LOADING & set(attrs)]
    assert "url(" not in STYLE and "@import" not in STYLE
    profile = (ROOT / "statements" / org / "1.1" / "profile.yaml").read_text(encoding="utf-8")
    for tag, attrs in found:
        href = attrs.get("href") or ""
        if href.startswith("http"):  # a link the profile itself gives, shown as text
            assert tag == "a" and href in profile


def test_every_mark_says_what_it_is_to_a_screen_reader(diffs):
    page = diff_to_html(diffs["hogeschool-kempen"], "nl", languages=("nl", "en"))
    labels = {"nl": {"del": "geschrapt: ", "ins": "toegevoegd: "},
              "en": {"del": "deleted: ", "ins": "inserted: "}}
    counted = 0
    for division in well_formed(page).iter("div"):
        for tag, label in labels[division.get("lang")].items():
            for mark in division.iter(tag):
                hidden = mark[0]
                assert (hidden.tag, hidden.get("class"), hidden.text) == (
                    "span", "visually-hidden", label)
                assert mark.text is None  # the label comes first
                counted += 1
    assert counted == page.count("<del>") + page.count("<ins>") > 0
    assert ".visually-hidden { position: absolute" in page


def test_headings_in_order_and_print_rules(diffs):
    page = diff_to_html(diffs["stichting-ons-onderwijs"], "en")
    levels = [int(tag[1]) for tag, _ in elements(page) if re.fullmatch(r"h[1-6]", tag)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False))
    assert "@media print" in page
    assert "<title>Changes in stichting-ons-onderwijs: version 1.0 -&gt; version 1.1</title>" \
        in page


def relative_luminance(colour: str) -> float:
    channels = [int(colour[index:index + 2], 16) / 255 for index in (1, 3, 5)]
    linear = [value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
              for value in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("rule", ["del", "ins", "body"])
def test_marked_text_has_enough_contrast(rule):
    declaration = re.search(rf"^{rule} {{([^}}]*)}}", STYLE, re.MULTILINE).group(1)
    colour = re.search(r"(?<!-)color: (#[0-9a-f]{6})", declaration).group(1)
    background = re.search(r"background: (#[0-9a-f]{6})", declaration).group(1)
    lighter, darker = sorted((relative_luminance(colour), relative_luminance(background)),
                             reverse=True)
    assert (lighter + 0.05) / (darker + 0.05) >= 7  # WCAG AAA for normal text


def test_raw_html_in_a_document_is_shown_as_text_not_loaded():
    source = ('<del>x</del> <img src="http://tracker.example/p.png"> '
              '<https://voorbeeld.example/privacy> <privacy@voorbeeld.example>')
    assert _escape_raw_html(source) == (
        '<del>x</del> &lt;img src="http://tracker.example/p.png"> '
        '<https://voorbeeld.example/privacy> <privacy@voorbeeld.example>')


def test_markdown_for_the_site_has_no_title_of_its_own(diffs):
    text = diff_to_markdown(diffs["netwerk-vlaamse-ondernemers"], "en")
    assert not [line for line in text.splitlines() if line.startswith("# ")]
    assert "## Privacy statement (English)" in text and "(Dutch)" not in text


def test_every_form_is_deterministic(diffs):
    again = diff_versions("hogeschool-kempen", "1.0", "1.1", ROOT / "statements")
    first = diffs["hogeschool-kempen"]
    assert diff_to_html(again, "nl") == diff_to_html(first, "nl")
    assert diff_to_markdown(again, "en") == diff_to_markdown(first, "en")
