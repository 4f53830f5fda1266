"""The documentation in the repository: the generated reference pages are in step with the code,
their links land on a heading, and the README sends readers to them (never outside the repo)."""

from __future__ import annotations

import re

import pytest

from generator.check.reference_docs import github_anchor, pages
from generator.check.rules import all_rules
from generator.site.profile_guide import sections

from .conftest import ROOT

DOCS = ROOT / "docs"
GENERATED = pages()
LINK = re.compile(r"\]\(([^)\s]+)\)")


def anchors(markdown: str) -> set[str]:
    """The fragments GitHub gives the headings of `markdown` (outside code blocks)."""
    text = re.sub(r"```.*?```", "", markdown, flags=re.DOTALL)
    return {github_anchor(heading) for heading in re.findall(r"^#+ (.+)$", text, re.MULTILINE)}


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_the_generated_page_is_in_step_with_the_code(name):
    committed = (DOCS / name).read_text(encoding="utf-8")
    assert committed == GENERATED[name], f"run `make docs` and commit docs/{name}"


def test_the_profile_format_describes_every_key_with_its_doc():
    text = GENERATED["profile-format.md"]
    for section in sections():
        for key in section.keys:
            block = text.split(f"### `{key.path}`\n", 1)[1].split("\n### ", 1)[0]
            assert key.spec.doc in block
            assert "```yaml\n" in block


def test_every_rule_has_a_section_at_its_own_id():
    text = GENERATED["rules.md"]
    assert {rule.id for rule in all_rules()} <= anchors(text)
    for rule in all_rules():
        assert f"## `{rule.id}`\n" in text


@pytest.mark.parametrize("name", ["profile-format.md", "rules.md", "getting-started.md"])
def test_every_link_of_a_page_lands_on_a_file_and_heading(name):
    text = (DOCS / name).read_text(encoding="utf-8")
    assert LINK.findall(text), name
    for target in LINK.findall(text):
        if target.startswith(("https://", "http://", "mailto:")):
            continue
        path, _, fragment = target.partition("#")
        page = (DOCS / path) if path else DOCS / name
        assert page.is_file(), target
        if fragment:
            assert fragment in anchors(page.read_text(encoding="utf-8")), target


def test_the_readme_links_to_the_docs_and_never_to_shared():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "shared/" not in readme
    for page in ("docs/profile-format.md", "docs/rules.md", "docs/getting-started.md"):
        assert f"]({page})" in readme
    for target in LINK.findall(readme):
        if not target.startswith(("https://", "http://", "#")):
            assert (ROOT / target.partition("#")[0]).exists(), target
