"""`privdocs build`: the pages, addresses, languages, banners and data of the built site.

The example site (three organisations, two versions each) is built once per module on a fixed
day; each test reads what a browser or a machine would get from it.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml

from generator.archive.manifest import read_manifest

from .conftest import ROOT
from .e2e.built_site import (AFTER_1_1, BEFORE_1_1, LANGUAGES, ORGANISATIONS,
                             build_example_site)

SITE_URL = "https://privacy.example.org/"
ORG = "hogeschool-kempen"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    build_example_site(folder, AFTER_1_1)
    return folder / "site"


@pytest.fixture(scope="module")
def site_before_1_1(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("site-before")
    build_example_site(folder, BEFORE_1_1, drafts=True)
    return folder / "site"


def page(site: Path, lang: str, path: str) -> str:
    return (site / lang / path / "index.html").read_text(encoding="utf-8")


def version_pages(org: str, statements: Path) -> list[str]:
    pages = [f"{org}/", f"{org}/statement/", f"{org}/regulation/"]
    for record in read_manifest(org, statements).versions:
        pages += [f"{org}/{record.version}/statement/", f"{org}/{record.version}/regulation/"]
        if record.version != "1.0":
            pages.append(f"{org}/{record.version}/changes/")
    return pages


DOC_PAGES = ["", "docs/", "docs/profile/", "docs/rules/", "docs/rules/retention/",
             "docs/commands/"]


# -- addresses ------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_is_at_its_address_in_both_languages(site, lang):
    for path in DOC_PAGES + [p for org in ORGANISATIONS for p in version_pages(org, site.parent / "statements")]:
        assert (site / lang / path / "index.html").is_file(), f"/{lang}/{path}"


def test_the_root_offers_both_languages(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    assert '<section lang="nl">' in html and '<section lang="en">' in html
    assert '<a href="nl/" hreflang="nl">Lees ze in het Nederlands</a>' in html
    assert '<a href="en/" hreflang="en">Read them in English</a>' in html
    assert (site / "robots.txt").read_text() == (
        f"User-agent: *\nAllow: /\nSitemap: {SITE_URL}sitemap.xml\n")
    assert (site / "404.html").is_file()


# -- languages ------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", ["", f"{ORG}/", f"{ORG}/1.0/statement/", "docs/rules/retention/"])
def test_each_page_says_its_language_and_links_its_alternates(site, lang, path):
    html = page(site, lang, path)
    assert re.search(r'<html lang="([a-z]+)"', html).group(1) == lang
    # no hreflang alternates in the head (Material would fetch sitemap.xml next to each);
    # they are in sitemap.xml
    assert '<link rel="alternate"' not in html
    for other in LANGUAGES:
        # the switcher: a relative link that lands on the same page in the other language
        switch = re.search(rf'<a href="([^"]+)" hreflang="{other}" lang="{other}" '
                           r'class="md-select__link"', html).group(1)
        here = f"http://site.test/{lang}/{path}"
        assert urljoin(here, switch) == f"http://site.test/{other}/{path}"


def test_the_sitemap_lists_every_page_in_both_languages_with_alternates(site):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    nl = {loc.removeprefix(f"{SITE_URL}nl/") for loc in locations if "/nl/" in loc}
    en = {loc.removeprefix(f"{SITE_URL}en/") for loc in locations if "/en/" in loc}
    assert nl == en and len(locations) == 2 * len(nl)
    assert f"{ORG}/1.0/statement/" in nl and "docs/rules/retention/" in nl
    assert (f'<xhtml:link rel="alternate" hreflang="en" href="{SITE_URL}en/{ORG}/1.0/'
            f'statement/"/>') in sitemap


def test_each_language_has_its_own_search_index(site):
    indexes = {lang: json.loads((site / lang / "search" / "search_index.json").read_text())
               for lang in LANGUAGES}
    assert indexes["nl"]["config"]["lang"] == ["nl"]
    assert indexes["en"]["config"]["lang"] == ["en"]
    text = {lang: " ".join(doc["title"] + " " + doc["text"] for doc in index["docs"])
            for lang, index in indexes.items()}
    assert "Wie we zijn" in text["nl"] and "Wie we zijn" not in text["en"]
    assert "Who we are" in text["en"] and "Who we are" not in text["nl"]
    # The documents in force are found at their stable address, not once per version.
    locations = {doc["location"].split("#")[0] for doc in indexes["nl"]["docs"]}
    assert f"{ORG}/statement/" in locations
    assert not any(re.match(rf"{ORG}/\d+\.\d+/", location) for location in locations)


def test_the_dutch_pages_speak_dutch(site):
    html = page(site, "nl", f"{ORG}/")
    assert "Versie 1.1 is van kracht sinds 1 oktober 2026." in html
    assert "Elke taal van het profiel is volledig, bijgewerkt en bevestigd." in html
    assert "<title>Hogeschool Kempen - Privacyverklaringen</title>" in html


# -- versions and banners -------------------------------------------------------------------
def banner(html: str) -> str | None:
    match = re.search(r'<div class="admonition (\w+) privdocs-banner[^"]*">(.*?)</div>', html,
                      re.DOTALL)
    return f"{match.group(1)}: {re.sub(r'<[^>]+>', '', match.group(2)).split()}" if match else None


def test_a_superseded_version_says_so_and_links_the_current_one(site):
    html = page(site, "en", f"{ORG}/1.0/statement/")
    assert banner(html) == ("warning: ['No', 'longer', 'in', 'force', 'Version', '1.0', "
                            "'applied', 'from', '2', 'March', '2026', 'until', '1', 'October', "
                            "'2026.', 'Read', 'the', 'version', 'in', 'force', '(1.1).']")
    assert re.search(r'<a href="../../statement/"[^>]*>Read the version in force \(1.1\)</a>',
                     html)
    assert banner(page(site, "en", f"{ORG}/1.1/statement/")) is None
    current = page(site, "en", f"{ORG}/statement/")
    assert banner(current) is None
    assert "This is version 1.1, in force since 1 October 2026." in current


def test_a_scheduled_version_says_when_it_takes_effect(site_before_1_1):
    html = page(site_before_1_1, "nl", f"{ORG}/1.1/statement/")
    assert banner(html).startswith("info: ['Nog', 'niet', 'van', 'kracht', 'Versie', '1.1', "
                                   "'wordt', 'van', 'kracht', 'op', '1', 'oktober', '2026.'")
    assert "Dit is versie 1.0, van kracht sinds 2 maart 2026." in page(
        site_before_1_1, "nl", f"{ORG}/statement/")


def test_the_archive_lists_every_version_newest_first(site):
    html = page(site, "en", f"{ORG}/")
    rows = re.findall(r'<tr>\s*<td><a href="(\d+\.\d+)/statement/"', html)
    assert rows == ["1.1", "1.0"]
    assert "<td>Substantive</td>" in html and "<td>No longer in force</td>" in html
    assert ('<a href="../../data/hogeschool-kempen/1.0/profile.json" data-print-href="'
            f'{SITE_URL}data/hogeschool-kempen/1.0/profile.json">Profile (JSON)</a>') in html


def test_drafts_are_marked_and_linked_from_the_organisation(site_before_1_1):
    html = page(site_before_1_1, "en", f"{ORG}/draft/statement/")
    assert banner(html).startswith("danger: ['Draft,', 'not', 'published'")
    assert re.search(r'<a href="draft/statement/"[^>]*>Privacy statement \(draft\)</a>',
                     page(site_before_1_1, "en", f"{ORG}/"))


# -- data for machines ------------------------------------------------------------------------
def test_each_version_has_its_profile_as_json(site):
    for org in ORGANISATIONS:
        manifest = read_manifest(org, site.parent / "statements")
        for record in manifest.versions:
            data = json.loads((site / "data" / org / record.version / "profile.json").read_text())
            assert (data["organisation"], data["version"]) == (org, record.version)
            assert data["profile_sha256"] == record.profile_sha256
            source = yaml.safe_load((site.parent / "statements" / org / record.version /
                                     "profile.yaml").read_text())
            assert data["profile"]["id"] == org
            assert data["profile"]["languages"] == source["languages"]
            assert len(data["profile"]["purposes"]) == len(source["purposes"])
    versions = json.loads((site / "data" / ORG / "versions.json").read_text())
    assert [(entry["version"], entry["status_on_build"]) for entry in versions["versions"]] == [
        ("1.0", "superseded"), ("1.1", "in-force")]
    index = json.loads((site / "data" / "index.json").read_text())
    assert [entry["id"] for entry in index["organisations"]] == list(ORGANISATIONS)


def test_the_snapshot_keeps_strings_as_written(site):
    data = json.loads((site / "data" / ORG / "1.1" / "profile.json").read_text())
    assert data["profile"]["controller"]["address"]["postal_code"] == "2200"
    assert data["profile"]["public_authority"] is True


# -- reproducible, small nav, printable ------------------------------------------------------
def test_the_same_archive_on_the_same_day_gives_the_same_site(site, tmp_path):
    build_example_site(tmp_path, AFTER_1_1)

    def digest(root: Path) -> dict[str, str]:
        return {path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
                for path in sorted(root.rglob("*")) if path.is_file()}

    assert digest(tmp_path / "site") == digest(site)


def test_the_nav_does_not_grow_with_the_organisations(site):
    for path in ["", f"{ORG}/", f"{ORG}/1.0/statement/"]:
        html = page(site, "en", path)
        nav = html.split('<nav class="md-nav md-nav--primary"', 1)[1].split("</main>", 1)[0]
        # the table of contents of the page itself is nested in it for small screens
        nav = re.sub(r'<nav class="md-nav md-nav--secondary".*?</nav>', "", nav, flags=re.DOTALL)
        nav = nav.split('<div class="md-sidebar md-sidebar--secondary"', 1)[0]
        here = f"http://site.test/en/{path}"
        targets = {urljoin(here, href) for href in re.findall(r'href="([^"#][^"]*)"', nav)}
        assert targets == {f"http://site.test/en/{target}" for target in
                           ["", "docs/", "docs/profile/", "docs/rules/", "docs/commands/"]}


def test_content_links_carry_their_address_for_print(site):
    html = page(site, "en", f"{ORG}/1.0/statement/")
    assert ('<a href="../../statement/" data-print-href="'
            f'{SITE_URL}en/{ORG}/statement/">') in html
    css = (site / "en" / "assets" / "privdocs" / "site.css").read_text()
    assert "@media print" in css and 'content: " (" attr(data-print-href) ")"' in css


def test_each_later_version_shows_its_changes_substance_first_then_the_redline(site):
    html = page(site, "nl", f"{ORG}/1.1/changes/")
    assert "Wijzigingen in versie 1.1 – Hogeschool Kempen" in html
    substance = html.index('<h2 id="wat-er-verandert">')
    assert substance < html.index('<h2 id="privacyverklaring-nederlands">') < html.index("<ins>")
    # in readers' words: no profile paths
    assert "<li>Nieuw doel: Foto's en video's van activiteiten publiceren (vooraf aangekondigd)" \
        "</li>" in html, html[substance:substance + 600]
    assert "purposes[" not in html
    # text left out of a list is an ellipsis, not a bullet of its own
    assert "<li>…</li>" not in html and '<li class="privdocs-elided">…</li>' in html
    assert "<ins>" in page(site, "en", f"{ORG}/1.1/changes/")
    assert not (site / "nl" / ORG / "1.0" / "changes").exists()
    data = json.loads((site / "data" / ORG / "1.1" / "changes.json").read_text())
    assert (data["from"], data["to"]) == ("1.0", "1.1")
    assert [change["kind"] for change in data["changes"]] == ["purpose-added"]


def test_the_site_shows_the_same_diff_as_privdocs_diff(site):
    from generator.diffing import diff_to_json, diff_versions

    for org in ORGANISATIONS:
        expected = diff_to_json(diff_versions(org, "1.0", "1.1", root=ROOT / "statements"))
        shown = json.loads((site / "data" / org / "1.1" / "changes.json").read_text())
        assert shown == json.loads(json.dumps(expected))
