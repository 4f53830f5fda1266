"""The documentation pages of the site, generated from the code: the profile guide from the
model's declarations, one page per rule from the rule docstrings, and the command reference
from the argument parsers. Compared as the Markdown we write, not as the theme's HTML."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator.commands import COMMANDS
from generator.findings import all_rules
from generator.rule_docs import rule_doc
from generator.site import urls
from generator.site.command_reference import commands
from generator.site.examples import read_sources
from generator.site.profile_guide import sections
from generator.site.reference_pages import guide_examples, reference_pages

from .conftest import ROOT

TEMPLATES = ROOT / "site_templates" / "site"


@pytest.fixture(scope="module")
def examples() -> dict[str, str]:
    return guide_examples(read_sources(sorted((ROOT / "org_profiles").glob("*.yaml"))))


@pytest.fixture(scope="module", params=["nl", "en"])
def pages(request, examples) -> dict[str, str]:
    return {page.source: page.body
            for page in reference_pages(TEMPLATES, request.param, examples)}


def test_every_rule_has_its_page_with_id_article_why_and_examples(pages):
    for rule in all_rules():
        doc = rule_doc(rule)
        body = pages[urls.rule(rule.id)]
        assert f"| `{rule.id}` |" in body
        assert (rule.article or "–") in body
        assert doc.rationale.split("\n")[0] in body
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


def test_english_text_on_a_dutch_page_is_marked_english(examples):
    dutch = {page.source: page.body for page in reference_pages(TEMPLATES, "nl", examples)}
    assert '<span lang="en">fail on warnings too</span>' in dutch[urls.docs("commands")]
    assert ('<span lang="en">Every purpose must say how long its data are kept.</span>'
            in dutch[urls.rule("retention")])
    assert '<div lang="en" markdown>' in dutch[urls.rule("retention")]
    english = {page.source: page.body for page in reference_pages(TEMPLATES, "en", examples)}
    assert 'lang="en"' not in english[urls.rule("retention")]


def test_reference_pages_are_the_same_in_both_languages(examples):
    sources = {lang: [page.source for page in reference_pages(TEMPLATES, lang, examples)]
               for lang in ("nl", "en")}
    assert sources["nl"] == sources["en"]
    assert len(sources["nl"]) == 4 + len(all_rules())
    assert not any(Path(source).is_absolute() for source in sources["nl"])
