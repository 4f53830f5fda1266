"""What must hold for every rendered example: NL and EN say the same things, the bytes never
change between runs, and nothing of the machinery (template syntax, None, gaps, untranslated
English) reaches a reader."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from babel.messages.pofile import read_po

from generator.check.checking import check_file
from generator.render import DOCUMENTS, profile_languages, render_document
from generator.render.markup import inline, plain

from .conftest import ROOT

EXAMPLES = sorted((ROOT / "org_profiles").glob("*.yaml"))
CATALOG = ROOT / "generator" / "locales" / "nl" / "LC_MESSAGES" / "statement.po"
HEADING = re.compile(r"^(#+) (.*)$", re.MULTILINE)
PLACEHOLDER = re.compile(r"%\(\w+\)s")


def profiles():
    return [check_file(path).profile for path in EXAMPLES]


def shape(markdown: str) -> list[str]:
    """The document's skeleton: heading levels, list items per level, table rows, in order."""
    skeleton = []
    for line in markdown.splitlines():
        if line.startswith("#"):
            skeleton.append(line.split(" ", 1)[0])
        elif re.match(r"^ *(- |\d+\. )", line):
            skeleton.append(line[: len(line) - len(line.lstrip())] + line.lstrip()[:1])
        elif line.startswith("|"):
            skeleton.append("|" * line.count(" | "))
    return skeleton


@pytest.mark.parametrize("profile", profiles(), ids=[path.stem for path in EXAMPLES])
@pytest.mark.parametrize("document", DOCUMENTS)
def test_dutch_and_english_have_the_same_sections_purposes_recipients_and_rights(profile,
                                                                                 document):
    nl, en = (render_document(profile, lang, document) for lang in ("nl", "en"))
    assert shape(nl) == shape(en)
    for purpose in profile.purpose_list:
        assert inline(purpose.name.get("nl")) in nl
        assert inline(purpose.name.get("en")) in en
    for recipient in profile.recipient_list:
        assert plain(recipient.name.get("nl")) in nl and plain(recipient.name.get("en")) in en
    if document == "statement":
        def rights(markdown: str, title: str) -> list[str]:
            section = markdown.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]
            return HEADING.findall(section)
        heading = "Uw rechten" if profile.address_form == "formal" else "Je rechten"
        assert len(rights(nl, heading)) == len(rights(en, "Your rights")) >= 4


def test_the_right_to_object_has_its_own_heading_when_a_purpose_needs_it():
    for profile in profiles():
        needs_it = any(purpose.legal_basis in ("legitimate_interests", "public_task")
                       or purpose.direct_marketing for purpose in profile.purpose_list)
        assert ("\n## Your right to object\n" in render_document(profile, "en", "statement")) \
            is needs_it


def test_regulation_has_numbered_articles_for_every_required_subject():
    for profile in profiles():
        for lang, word in (("nl", "Artikel"), ("en", "Article")):
            titles = re.findall(rf"^## {word} (\d+) (.+)$",
                                render_document(profile, lang, "regulation"), re.MULTILINE)
            assert [int(number) for number, _ in titles] == list(range(1, len(titles) + 1))
            assert len(titles) >= 16


RENDER_ALL = """
import json, sys
from pathlib import Path
from generator.check.checking import check_file
from generator.render import DOCUMENTS, profile_languages, render_document
out = {}
for name in sys.argv[1:]:
    profile = check_file(Path(name)).profile
    for lang in profile_languages(profile):
        for document in DOCUMENTS:
            out[f"{name}:{lang}:{document}"] = render_document(profile, lang, document)
print(json.dumps(out))
"""


def test_rendering_is_byte_identical_across_runs_and_hash_seeds():
    here = {}
    for path in EXAMPLES:
        profile = check_file(path).profile
        for lang in profile_languages(profile):
            for document in DOCUMENTS:
                first = render_document(profile, lang, document)
                assert render_document(check_file(path).profile, lang, document) == first
                here[f"{path.as_posix()}:{lang}:{document}"] = first
    for seed in ("1", "4242"):
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        completed = subprocess.run(
            [sys.executable, "-c", RENDER_ALL, *(path.as_posix() for path in EXAMPLES)],
            cwd=ROOT, env=environment, capture_output=True, text=True, check=True)
        assert json.loads(completed.stdout) == here


LEFTOVERS = ("{{", "}}", "{%", "%}", "{#", "None", "INVALID", "[missing", "[ontbreekt", "%(",
             "..", " .", "\\n")


@pytest.mark.parametrize("profile", profiles(), ids=[path.stem for path in EXAMPLES])
def test_no_template_leftovers_reach_the_output(profile):
    for lang in profile_languages(profile):
        for document in DOCUMENTS:
            text = render_document(profile, lang, document)
            for leftover in LEFTOVERS:
                assert leftover not in text, (lang, document, leftover)
            assert not re.search(r"^#+\s*$", text, re.MULTILINE), "an empty heading"
            assert not re.search(r"^[-*]\s*$", text, re.MULTILINE), "an empty list item"
            assert "\n\n\n" not in text and text.endswith("\n") and not text.endswith("\n\n")


def english_fragments():
    """Pieces of English wording (between placeholders) that a Dutch document must not show
    unless the Dutch translation has them too (as "Cookie" or "Website: ")."""
    with CATALOG.open("rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        if not message.id:
            continue
        for fragment in PLACEHOLDER.split(message.id if isinstance(message.id, str)
                                          else message.id[0]):
            fragment = fragment.strip(" .:;,()")
            if len(fragment) >= 12 and fragment not in message.string:
                yield fragment


def test_dutch_documents_contain_no_untranslated_english():
    fragments = list(english_fragments())
    assert fragments
    for profile in profiles():
        for document in DOCUMENTS:
            text = render_document(profile, "nl", document)
            leaked = [fragment for fragment in fragments if fragment in text]
            assert leaked == []
