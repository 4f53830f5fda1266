"""The hostile-text corpus (tests/hostile_payloads.py) against `check` and the renderer: each
payload is either an `invalid-value` finding that names the piece at fault, or rendered inert,
in the statement as the site renders it (Python-Markdown with the site's extensions) and as any
CommonMark reader renders `privdocs render`. Refused payloads are rendered too, as a draft
would show them: the renderer must not rely on the checker."""

from __future__ import annotations

import unicodedata

import markdown
import pytest

from generator.check.checking import check_file
from generator.check.findings import render_message
from generator.diffing import html_page
from generator.profile.safe_text import BIDI, unsafe_pieces
from generator.render import render_document
from generator.render.markup import inline, plain
from generator.site.mkdocs_engine.builds import SiteLanguage, language_config
from generator.site.settings import SITE_TEMPLATES, SiteSettings

from .hostile_payloads import (ACCEPTED, ATTRIBUTE_LISTS, BAD_LINKS, EXPECTED_SITE_TAGS, IMAGES,
                               REFUSED, commonmark_html, elements, hostile_profile,
                               inert_problems, site_markdown, write_profile)

PATHS = {"purposes[1].description.nl", "purposes[1].description.en"}


def test_the_corpus_is_large_and_each_payload_is_in_one_list():
    assert len(REFUSED) + len(ACCEPTED) >= 60
    assert len(set(REFUSED)) == len(REFUSED) and len(set(ACCEPTED)) == len(ACCEPTED)
    assert not set(REFUSED) & set(ACCEPTED)


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    """The tags of the statement with a harmless description: a payload may add only links,
    emphasis and code."""
    path = write_profile(hostile_profile(["Een gewone tekst."]), tmp_path_factory.mktemp("b"))
    document = render_document(check_file(path).profile, "nl", "statement", draft=True)
    pages = site_markdown().convert(document) + commonmark_html(document)
    return frozenset(tag for tag, _ in elements(pages).elements) | EXPECTED_SITE_TAGS


def _checked(payload: str, folder):
    return check_file(write_profile(hostile_profile([payload]), folder))


def _assert_rendered_inert(profile, baseline, payload: str) -> None:
    for lang in ("nl", "en"):
        document = render_document(profile, lang, "statement", draft=True)
        for page in (site_markdown().convert(document), commonmark_html(document)):
            assert inert_problems(page, baseline) == [], (payload, lang)


@pytest.mark.parametrize("payload", REFUSED)
def test_a_hostile_payload_is_an_invalid_value_naming_the_piece(payload, tmp_path, baseline):
    result = _checked(payload, tmp_path)
    found = [finding for finding in result.findings if finding.rule == "invalid-value"]
    assert {finding.path for finding in found} == PATHS
    first = unsafe_pieces(payload)[0]
    for lang in ("nl", "en"):
        shown = [render_message(lang, finding.msgid, finding.args) for finding in found]
        assert any(f"{first.piece}" in line for line in shown), shown
    _assert_rendered_inert(result.profile, baseline, payload)


@pytest.mark.parametrize("payload", ACCEPTED)
def test_a_harmless_payload_passes_and_is_rendered_inert(payload, tmp_path, baseline):
    result = _checked(payload, tmp_path)
    assert [finding for finding in result.findings if finding.rule == "invalid-value"] == []
    _assert_rendered_inert(result.profile, baseline, payload)


@pytest.mark.parametrize("payload", REFUSED + ACCEPTED)
def test_every_payload_as_inline_text_or_plain_string_is_inert(payload):
    for markdown_text in (inline(payload), plain(payload)):
        assert "\n" not in markdown_text
        assert not [char for char in markdown_text
                    if char in BIDI or unicodedata.category(char) == "Cc"], markdown_text
        for page in (site_markdown().convert(markdown_text), commonmark_html(markdown_text)):
            assert inert_problems(page, frozenset({"p", "a", "em", "strong", "code"})) == [], \
                markdown_text


@pytest.mark.parametrize("payload", ["<svg/onload=alert(1)>", "[x](javascript:alert(1))",
                                     "*x*{: onclick=alert(1)}", "a\u202eb"])
def test_a_hostile_string_is_refused_too(payload, tmp_path):
    profile = hostile_profile([])
    profile["controller"]["name"] = payload
    result = check_file(write_profile(profile, tmp_path))
    assert [(f.rule, f.path) for f in result.findings if f.rule == "invalid-value"] \
        == [("invalid-value", "controller.name")]


def test_safe_markdown_keeps_its_meaning():
    assert inline("Lees *dit*, **dat** en [meer](https://example.org/a_b).") \
        == "Lees *dit*, **dat** en [meer](https://example.org/a_b)."
    assert inline("Mail <privacy@example.org> of <https://example.org>.") \
        == "Mail <privacy@example.org> of <https://example.org>."
    assert inline("# Kop") == "\\# Kop"
    assert inline("*x*{: onclick=alert(1)}") == "*x*\\{: onclick=alert(1)\\}"
    assert inline("[x](javascript:alert(1))") == "x"
    assert inline("<svg/onload=alert(1)>") == "&lt;svg/onload=alert(1)>"


@pytest.mark.parametrize("address", ["https://[x].example", "https://[x]/", "http://a.example:x/",
                                     "https://exa\u202emple.org"])
def test_a_web_address_urllib_cannot_read_is_a_finding_not_a_crash(address, tmp_path):
    profile = hostile_profile([])
    profile["controller"]["website"] = address
    result = check_file(write_profile(profile, tmp_path))
    assert [(f.rule, f.path) for f in result.findings if f.rule == "invalid-value"] \
        == [("invalid-value", "controller.website")]


@pytest.mark.parametrize("raw", ["<svg/onload=alert(1)>", "[x](javascript:alert(1))",
                                 "*x*{: onclick=\"alert(1)\"}", "![x](https://t.example/p.gif)"])
def test_the_inertness_check_sees_a_live_payload(raw):
    """Without the renderer's escaping, the site's Markdown would make these live: the check
    above would say so."""
    assert inert_problems(site_markdown().convert(raw), frozenset({"p", "a", "em"})) != []


@pytest.fixture(scope="module")
def mkdocs_markdown(tmp_path_factory):
    """Python-Markdown as MkDocs sets it up for a page of the site, from the configuration
    privdocs builds each language with."""
    folder = tmp_path_factory.mktemp("mkdocs")
    (folder / "nl").mkdir()
    settings = SiteSettings(docs_dir=folder, site_dir=folder / "site")
    site = SiteLanguage(site_url=settings.site_url, site_name="Site", description="",
                        nav=[], names={"nl": "Nederlands"}, available={"nl": set()})
    config = language_config(settings, SITE_TEMPLATES, "nl", site, settings.site_dir)
    return markdown.Markdown(extensions=config.markdown_extensions,
                             extension_configs=config.mdx_configs)


# Not the `<scheme:...>` autolinks: Python-Markdown takes those for raw HTML, which it stashes
# out of the guard's sight (and a browser makes an unknown, attribute-less element of them).
@pytest.mark.parametrize("payload", [payload for payload in BAD_LINKS + IMAGES + ATTRIBUTE_LISTS
                                     if not payload.startswith("<")])
def test_the_site_and_the_html_diff_guard_markdown_that_never_passed_the_renderer(
        payload, mkdocs_markdown):
    """A version published before safe text existed goes to MkDocs as it was written: the
    Markdown of the site's pages makes no live link, image or attribute of it, and neither
    does the HTML diff's converter."""
    site = mkdocs_markdown
    allowed = frozenset({"p", "a", "em", "strong", "code", "span", "pre", "div"})
    assert inert_problems(site.convert(payload), allowed) == []
    assert inert_problems(html_page._converter().convert(payload), allowed) == []
