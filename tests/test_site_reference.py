"""The documentation pages of the site, generated from the code: the profile guide from the
model's declarations, one page per rule from the rule docstrings, and the command reference
from the argument parsers. Their texts are English in the code and shown in the page's language
from the `privdocs` catalog. Compared as the Markdown we write, not as the theme's HTML."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator.check.rule_docs import rule_doc
from generator.check.rules import all_rules
from generator.commands import COMMANDS
from generator.site import urls
from generator.site.command_reference import commands
from generator.site.doc_texts import doc_text
from generator.site.examples import read_sources
from generator.site.profile_guide import sections
from generator.site.reference_pages import guide_examples, reference_pages
from generator.site.templates import environment

from .conftest import ROOT

TEMPLATES = ROOT / "site_templates" / "site"


@pytest.fixture(scope="module")
def examples() -> dict[str, str]:
    return guide_examples(read_sources(sorted((ROOT / "org_profiles").glob("*.yaml"))))


@pytest.fixture(scope="module", params=["nl", "en"])
def lang(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def pages(lang, examples) -> dict[str, str]:
    return {page.source: page.body for page in reference_pages(TEMPLATES, lang, examples)}


def in_page_language(text: str, lang: str) -> str:
    return doc_text(text, lang).text


def test_every_rule_has_its_page_with_id_article_why_and_examples(pages, lang):
    for rule in all_rules():
        doc = rule_doc(rule)
        body = pages[urls.rule(rule.id)]
        assert f"| `{rule.id}` |" in body
        assert (rule.article or "–") in body
        assert f"\n{in_page_language(doc.summary, lang)}\n" in body
        for paragraph in doc.paragraphs:
            assert f"\n{in_page_language(paragraph, lang)}\n" in body
        assert f"```yaml\n{doc.passing}```" in body
        assert f"```yaml\n{doc.failing}```" in body
        assert f"[`{rule.id}`]({rule.id}.md)" in pages[urls.rules()]


def test_rule_pages_name_the_severity_in_the_page_language(pages):
    body = pages[urls.rule("retention")]
    assert ("| `retention` | Fout | 13(2)(a), 14(2)(a) |" in body
            or "| `retention` | Error | 13(2)(a), 14(2)(a) |" in body)


def test_the_profile_guide_has_every_key_with_an_example(pages):
    guide = pages[urls.docs("profile")]
    keys = [key for section in sections() for key in section.keys]
    assert len(keys) > 100
    for key in keys:
        assert f"### `{key.path}`" in guide
    blocks = re.findall(r"```yaml\n(.*?)\n```", guide, re.DOTALL)
    assert len(blocks) == len(keys)
    for block in blocks:
        assert isinstance(yaml.safe_load(block), dict)  # each example is a key with its value


def test_profile_guide_examples_come_from_real_profiles_where_they_can(examples):
    assert examples["purposes[].retention.period"] == "period: P10Y"
    assert examples["controller.address.postal_code"] == 'postal_code: "2200"'
    # a key no example profile uses gets a made-up example
    assert examples["automated_decisions[].logic"] == 'logic: {nl: "…", en: "…"}'


def test_the_command_reference_has_every_command_and_option(pages):
    reference = pages[urls.docs("commands")]
    assert [command.name for command in commands()] == [f"privdocs {name}" for name in COMMANDS]
    for command in commands():
        assert f"`{command.name}`" in reference
        for argument in command.arguments:
            assert f"`{argument.names}" in reference
    assert "`privdocs i18n status`" in reference
    assert "`--strict` |" in reference and "`--drafts` |" in reference


def test_the_dutch_rule_page_is_in_dutch(examples):
    dutch = {page.source: page.body for page in reference_pages(TEMPLATES, "nl", examples)}
    body = dutch[urls.rule("retention")]
    assert "\nElk doel moet zeggen hoe lang de gegevens bewaard worden.\n" in body
    assert ("## Waarom\n\nDe AVG eist de bewaartermijn (artikel 13, lid 2, onder a, en artikel "
            "14, lid 2, onder a). Kan dat niet, dan geef je de criteria waarmee je de termijn "
            "bepaalt. Privacyverklaringen vergeten dit punt het vaakst.\n\n## ") in body
    assert "GDPR Art. 13(2)(a)" not in body
    assert ("| [`retention`](retention.md) | Fout | 13(2)(a), 14(2)(a) | Elk doel moet zeggen hoe "
            "lang de gegevens bewaard worden. |") in dutch[urls.rules()]


def test_the_dutch_profile_guide_is_in_dutch(examples):
    dutch = {page.source: page.body for page in reference_pages(TEMPLATES, "nl", examples)}
    guide = dutch[urls.docs("profile")]
    assert "### `purposes` { #purposes }\n\nDe verwerkingen.\n" in guide
    assert ("## `purposes[].retention` { #purposes-retention }\n\nHoe lang je de gegevens "
            "bewaart: een bewaartermijn (vanaf een gebeurtenis) of criteria.\n") in guide
    assert "The processing activities." not in guide


def test_the_dutch_command_reference_is_in_dutch(examples):
    dutch = {page.source: page.body for page in reference_pages(TEMPLATES, "nl", examples)}
    reference = dutch[urls.docs("commands")]
    assert "| `--strict` | mislukt ook bij waarschuwingen |" in reference
    assert "| [`privdocs check`](#privdocs-check) | controleer profielen op de AVG" in reference
    assert "\nControleert profielen op alles wat een privacyverklaring volgens de AVG" in reference
    # argparse's usage line is the command line itself, the same in every language
    assert ("```text\nprivdocs check [-h] [--format {github,json,sarif,text}] [--strict] "
            "[--lang {nl,en}] [-q | -v] [PATH ...]\n```") in reference


def test_no_reference_page_marks_text_as_english_when_all_is_translated(examples):
    for lang in ("nl", "en"):
        for page in reference_pages(TEMPLATES, lang, examples):
            assert 'lang="en"' not in page.body, (lang, page.source)


def test_a_text_the_catalog_lacks_stays_english_and_is_marked_so():
    untranslated = "A sentence no catalog has."
    template = ('{% import "wording.md.j2" as wording %}{{ wording.doc(text) }}\n'
                '{{ wording.doc_paragraphs([known, text]) }}')
    known = "Every purpose must say how long its data are kept."
    dutch = environment(TEMPLATES, "nl").from_string(template).render(text=untranslated,
                                                                      known=known)
    assert dutch == (f'<span lang="en">{untranslated}</span>\n'
                     "Elk doel moet zeggen hoe lang de gegevens bewaard worden.\n\n"
                     f'<div lang="en" markdown>\n\n{untranslated}\n\n</div>')
    english = environment(TEMPLATES, "en").from_string(template).render(text=untranslated,
                                                                        known=known)
    assert english == f"{untranslated}\n{known}\n\n{untranslated}"


def test_reference_pages_are_the_same_in_both_languages(examples):
    sources = {lang: [page.source for page in reference_pages(TEMPLATES, lang, examples)]
               for lang in ("nl", "en")}
    assert sources["nl"] == sources["en"]
    assert len(sources["nl"]) == 4 + len(all_rules())
    assert not any(Path(source).is_absolute() for source in sources["nl"])
