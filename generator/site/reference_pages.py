"""The documentation of privdocs itself, in one language: an overview, the profile guide (from
the model's declarations), the rule reference (one page per rule, from the rule docstrings)
and the command reference (from the argument parsers).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterator

from . import urls
from ..check.rule_docs import rule_doc
from ..check.rules import all_rules
from .command_reference import commands
from .examples import ExampleSource, example, made_up_example
from .pages import Page, heading_text, split_heading
from .profile_guide import kind_description, sections
from .templates import render


def _page(templates: Path, lang: str, here: str, template: str, **context: object) -> Page:
    body = render(templates, lang, template, here=here, **context)
    return Page(here, heading_text(split_heading(body)[0]), body)


@lru_cache(maxsize=1)
def _rule_docs():
    return tuple(rule_doc(rule) for rule in all_rules())


def guide_examples(sources: list[ExampleSource]) -> dict[str, str]:
    """The example of every key: the first use in `sources`, or one made up."""
    return {key.path: example(sources, key.path) or made_up_example(key.key, key.spec)
            for section in sections() for key in section.keys}


def reference_pages(templates: Path, lang: str, examples: dict[str, str],
                    overview: str = urls.docs()) -> Iterator[Page]:
    """The documentation's pages; its overview at `overview` (the home page of a site of the
    documentation alone)."""
    yield _page(templates, lang, overview, "docs_index.md.j2")
    guide = sections()
    yield _page(templates, lang, urls.docs("profile"), "profile_guide.md.j2", sections=guide,
                examples=examples,
                kinds={key.path: kind_description(key.spec, lang)
                       for section in guide for key in section.keys},
                anchors={section.path: section.anchor for section in guide})
    yield _page(templates, lang, urls.rules(), "rules_index.md.j2", rules=_rule_docs())
    for doc in _rule_docs():
        yield _page(templates, lang, urls.rule(doc.rule.id), "rule.md.j2", doc=doc)
    yield _page(templates, lang, urls.docs("commands"), "commands.md.j2", commands=commands())
