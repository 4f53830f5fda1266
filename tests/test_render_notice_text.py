"""The plain-text notice (`--format text`) is safe to paste under an e-mail or to print in a
terminal: whatever a profile text holds (the hostile corpus, rendered as a draft so that even
refused texts reach it), no control character, escape sequence or bidirectional override comes
out, and Markdown becomes words."""

from __future__ import annotations

import unicodedata

import pytest

from generator.check.checking import check_file
from generator.profile.safe_text import BIDI
from generator.render.outputs import Selection, render_output
from generator.render.plain_text import plain_text

from .hostile_payloads import ACCEPTED, REFUSED, hostile_profile, write_profile

PAYLOADS = REFUSED + ACCEPTED


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    path = write_profile(hostile_profile(PAYLOADS), tmp_path_factory.mktemp("hostile"))
    return check_file(path).profile


def unsafe_characters(text: str) -> list[str]:
    return [f"U+{ord(char):04X}" for char in text
            if (unicodedata.category(char) == "Cc" and char != "\n") or char in BIDI
            or char in "\u2028\u2029"]


@pytest.mark.parametrize("index", range(len(PAYLOADS)), ids=[repr(p)[:40] for p in PAYLOADS])
def test_no_payload_brings_a_control_character_into_the_text(hostile, index):
    for lang in ("nl", "en"):
        text = render_output(hostile, lang, "notice", "text", draft=True,
                             selection=Selection(purpose=f"doel-{index}")).decode("utf-8")
        assert unsafe_characters(text) == []
        assert text.endswith("\n") and "\n\n\n" not in text


def test_a_terminal_escape_is_shown_as_a_replacement_character(hostile):
    index = PAYLOADS.index("a\x1b[31mrood")
    text = render_output(hostile, "nl", "notice", "text", draft=True,
                         selection=Selection(purpose=f"doel-{index}")).decode("utf-8")
    assert "A\ufffd[31mrood" in text


def test_markdown_becomes_words_and_links_are_written_out(hostile):
    expected = {
        "Dit is *nadruk*, **sterk** en een [link](https://example.org/privacy).":
            "Dit is nadruk, sterk en een link (https://example.org/privacy).",
        "Mail [ons](mailto:privacy@example.org) of kijk op <https://example.org>.":
            "Mail ons (privacy@example.org) of kijk op https://example.org.",
        "**[x](https://example.org)**": "x (https://example.org)",
        "`code`": "code.",
        "a < b en c > d": "A < b en c > d.",
        "a & b &amp; c": "A & b & c.",  # as the page shows it
    }
    for payload, shown in expected.items():
        index = PAYLOADS.index(payload)
        text = render_output(hostile, "nl", "notice", "text", draft=True,
                             selection=Selection(purpose=f"doel-{index}")).decode("utf-8")
        assert shown in " ".join(text.split()), payload


def test_the_draft_banner_and_gaps_lose_their_markup():
    text = plain_text("# Title\n\n> **Draft.** Not finished.\n\nWe keep **[missing: retention "
                      "period]**.\n\n- one\n- two\n")
    assert text == ("Title\n\nDraft. Not finished.\n\nWe keep [missing: retention period].\n\n"
                    "\u2022 one\n\u2022 two\n")


def test_long_paragraphs_wrap_at_72_and_addresses_stay_whole():
    address = "https://example.org/" + "a" * 80
    text = plain_text(("word " * 30) + f"see <{address}>.\n")
    lines = text.splitlines()
    assert all(len(line) <= 72 for line in lines if address not in line)
    assert f"{address}." in lines
