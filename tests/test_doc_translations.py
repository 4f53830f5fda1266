"""The documentation the site takes from the code is translated, so that no key, command or
rule reaches the Dutch site in English only.

Its texts are English message ids of the `privdocs` catalog: the keys' docs and the argparse
help are marked with `N_`, and the rules' and the model's docstrings are extracted by the Babel
methods of `generator/i18n/docstrings.py`. Each text the site shows must be in a fresh
extraction (else `privdocs i18n update` would drop its translation) and translated into Dutch.
"""

from __future__ import annotations

import io

import pytest
from babel.messages.pofile import read_po

from generator.check.rule_docs import texts
from generator.check.rules import all_rules
from generator.i18n.docstrings import extract_model_docstrings, extract_rule_docstring
from generator.i18n.domains import KEYWORDS, Project
from generator.i18n.extraction import extract_catalog
from generator.site.command_reference import commands
from generator.site.doc_texts import doc_text
from generator.site.profile_guide import sections

from .conftest import ROOT
from .i18n.helpers import copy_project, run


def _command_texts(found) -> list[str]:
    texts_ = []
    for command in found:
        texts_ += [command.summary, command.description]
        texts_ += [argument.help for argument in command.arguments]
        texts_ += _command_texts(command.subcommands)
    return texts_


def documentation_texts() -> dict[str, list[str]]:
    """Every text of the documentation pages that comes from the code, by where it comes from."""
    found = {
        "key docs": [key.spec.doc for section in sections() for key in section.keys],
        "model docstrings": [section.summary for section in sections()],
        "rule docstrings": [text for rule in all_rules() for text in texts(rule.doc)],
        "command help": _command_texts(commands()),
    }
    return {source: [text for text in found_texts if text]
            for source, found_texts in found.items()}


@pytest.fixture(scope="module")
def extracted_ids() -> set[str]:
    catalog = extract_catalog(Project(ROOT), "privdocs")
    return {message.id for message in catalog if isinstance(message.id, str)}


@pytest.mark.parametrize("source", sorted(documentation_texts()))
def test_every_documentation_text_is_extracted_and_has_a_dutch_translation(source,
                                                                           extracted_ids):
    found = documentation_texts()[source]
    assert len(found) >= 20  # the walk found them
    not_extracted = sorted(set(found) - extracted_ids)
    assert not not_extracted, "mark these for extraction:\n" + "\n".join(not_extracted)
    untranslated = sorted({text for text in found if doc_text(text, "nl").lang != "nl"})
    assert not untranslated, (
        "translate these in generator/locales/nl/LC_MESSAGES/privdocs.po (make catalogs):\n"
        + "\n".join(untranslated))


RULE_MODULE = b'''"""Say it plainly.

GDPR Art. 12 asks for clear and
plain language.

Short sentences help.

Passing example::

    name: Alumni

Failing example::

    name: Alumni etc.
"""

from ..catalogs import N_

ID = "plain-language"
MESSAGE = N_("This text is not plain: {why}.")
'''


def _extracted(method, source: bytes) -> list[tuple[str, list[str]]]:
    return [(message, comments) for _, _, message, comments
            in method(io.BytesIO(source), KEYWORDS["privdocs"], (), {})]


def test_a_rule_module_gives_its_messages_summary_and_paragraphs_but_not_its_examples():
    assert _extracted(extract_rule_docstring, RULE_MODULE) == [
        ("This text is not plain: {why}.", []),
        ("Say it plainly.", ["The summary of the rule plain-language."]),
        ("GDPR Art. 12 asks for clear and plain language.",
         ["Why the rule plain-language exists: paragraph 1 of 2."]),
        ("Short sentences help.", ["Why the rule plain-language exists: paragraph 2 of 2."]),
    ]


def test_a_module_without_a_rule_id_gives_only_its_messages():
    package = b'"""The check rules, one module each."""\nfrom . import N_\nX = N_("A message.")\n'
    assert _extracted(extract_rule_docstring, package) == [("A message.", [])]


def test_the_model_gives_the_docstrings_of_the_classes_that_declare_keys_only():
    model = b'''class Where:
    """Not a section of the guide."""


class Retention(Entity):
    """How long data
    are kept."""

    period: str = key(Kind.DURATION, N_("How long."))
'''
    assert _extracted(extract_model_docstrings, model) == [
        ("How long.", []),
        ("How long data are kept.", ["Introduces the keys of Retention in the profile guide."]),
    ]


def test_a_changed_rule_paragraph_is_a_new_message_id(capsys, tmp_path):
    root = copy_project(tmp_path / "checkout")
    rule = root / "generator" / "check" / "rules" / "retention.py"
    source = rule.read_text(encoding="utf-8")
    rule.write_text(source.replace("It is the item that privacy statements forget most often.",
                                   "Privacy statements forget it most often."), encoding="utf-8")
    assert run(capsys, "i18n", "extract", "--root", str(root), "--domain", "privdocs")[0] == 0
    with (root / "generator" / "locales" / "privdocs.pot").open("rb") as handle:
        ids = {message.id for message in read_po(handle) if isinstance(message.id, str)}
    [paragraph] = [text for text in ids if text.startswith("GDPR Art. 13(2)(a) and 14(2)(a)")]
    assert paragraph.endswith(" the criteria used to determine it. Privacy statements forget it "
                              "most often.")
