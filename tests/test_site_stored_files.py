"""The site serves every version's stored files (PDF, web page, fragment, JSON-LD, the
statements for each audience) at permanent addresses, byte for byte as the archive holds them,
and each version's pages link to them; versions published with Markdown alone keep working and
show no such links."""

from __future__ import annotations

import datetime
import posixpath
import re
import shutil
from html import unescape
from pathlib import Path

import pytest
import yaml

from generator.archive.publishing import PublishRequest, publish

from .conftest import PROFILES
from .e2e.built_site import AFTER_1_1, archive_as_of, build_example_site

ORG = "second-edition-everything"
SOURCE = PROFILES / "valid" / f"{ORG}.yaml"
LINK = re.compile(r'<a href="([^"]+)" class="privdocs-download"[^>]*>([^<]+)</a>')


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """The example archive as of AFTER_1_1 plus a first version of a profile with audiences,
    published that day with every format: (site, statements)."""
    folder = tmp_path_factory.mktemp("stored")
    statements = archive_as_of(AFTER_1_1, folder)
    profiles = folder / "profiles"
    profiles.mkdir()
    for suffix in (".yaml", ".translations.json"):
        shutil.copy(SOURCE.with_suffix(suffix), profiles / f"{ORG}{suffix}")
    publish(PublishRequest(profile=profiles / f"{ORG}.yaml", author="",
                           summaries={"nl": "Eerste versie.", "en": "First version."},
                           today=datetime.date.fromisoformat(AFTER_1_1)), statements)
    build_example_site(folder, docs=False, statements=statements)
    return folder / "site", statements


def page(site: Path, lang: str, path: str) -> str:
    return (site / lang / path / "index.html").read_text(encoding="utf-8")


def downloads(html: str) -> dict[str, str]:
    """Link text -> href of the download links of a page: the document's own (the first), not
    its audiences' (below them)."""
    links: dict[str, str] = {}
    for href, text in LINK.findall(html):
        links.setdefault(unescape(text), unescape(href))
    return links


def served(site: Path, lang: str, path: str, href: str) -> Path:
    """The file a link on the page `/<lang>/<path>/` leads to."""
    return site / posixpath.normpath(posixpath.join(lang, path, href))


def files_of(statements: Path, version: str = "1.0") -> dict:
    manifest = yaml.safe_load((statements / ORG / "versions.yaml").read_text(encoding="utf-8"))
    return next(entry for entry in manifest["versions"] if entry["version"] == version)["files"]


@pytest.mark.parametrize(("lang", "labels"), [
    ("en", ["Web page", "HTML fragment to embed in your website", "PDF",
            "Machine-readable (JSON-LD, W3C DPV)"]),
    ("nl", ["Webpagina", "HTML-fragment om in je eigen website op te nemen", "PDF",
            "Machineleesbaar (JSON-LD, W3C DPV)"]),
])
def test_a_statement_version_links_its_pdf_fragment_and_jsonld(built, lang, labels):
    site, statements = built
    for path in (f"{ORG}/1.0/statement", f"{ORG}/statement"):
        links = downloads(page(site, lang, path))
        assert list(links) == labels, path
        for href in links.values():
            target = served(site, lang, path, href)
            name = target.relative_to(site / "files" / ORG / "1.0").as_posix()
            assert target.read_bytes() == (statements / ORG / "1.0" / name).read_bytes()


def test_the_regulation_links_its_pdf_and_fragment_but_has_no_jsonld(built):
    site, _ = built
    html = page(site, "en", f"{ORG}/1.0/regulation")
    links = downloads(html)
    assert list(links) == ["Web page", "HTML fragment to embed in your website", "PDF"]
    assert links["PDF"].endswith("/files/second-edition-everything/1.0/en/regulation.pdf")
    # printed, the link shows where the file is
    assert ('data-print-href="https://privacy.example.org/files/second-edition-everything/1.0/'
            'en/regulation.pdf"') in html


def test_every_stored_file_is_served_as_it_is_and_never_as_a_page(built):
    site, statements = built
    stored = sorted(name for name in files_of(statements)
                    if "/" in name and not name.endswith(".md"))
    assert {"en/statement.pdf", "nl/statement.fragment.html", "nl/statement.jsonld",
            "nl/statement.members.pdf", "nl/register.csv"} <= set(stored)
    for name in stored:
        served_file = site / "files" / ORG / "1.0" / name
        assert served_file.read_bytes() == (statements / ORG / "1.0" / name).read_bytes(), name
    sitemap = (site / "nl" / "sitemap.xml").read_text(encoding="utf-8")
    assert "/files/" not in sitemap
    assert not (site / "nl" / ORG / "1.0" / "statement.fragment").exists()


def test_each_audience_statement_is_shown_beside_the_full_one(built):
    site, statements = built
    html = page(site, "nl", f"{ORG}/1.0/statement")
    assert "Leden en hun ouders" in html and "Bezoekers van de website" in html
    links = LINK.findall(html)
    for audience in ("members", "visitors"):
        hrefs = [unescape(href) for href, _ in links if f"statement.{audience}." in href]
        assert any(href.endswith(f"nl/statement.{audience}.pdf") for href in hrefs)
        assert any(href.endswith(f"nl/statement.{audience}.html") for href in hrefs)
        for href in hrefs:
            assert served(site, "nl", f"{ORG}/1.0/statement", href).is_file()


def test_a_version_with_markdown_alone_has_no_download_links(built):
    site, _ = built
    html = page(site, "en", "hogeschool-kempen/1.1/statement")
    assert downloads(html) == {}
    assert not (site / "files" / "hogeschool-kempen").exists()


def test_the_stored_files_load_nothing_from_elsewhere(built):
    """They are documents, not pages of the site: the web page carries a policy of its own
    that allows nothing from elsewhere, and no stored file has a script."""
    from .test_site_offline import external_loads

    site, _ = built
    files = site / "files" / ORG
    assert external_loads(files) == []
    for path in files.rglob("*.html"):
        assert "<script" not in path.read_text(encoding="utf-8"), path
    page_html = (files / "1.0" / "en" / "statement.html").read_text(encoding="utf-8")
    assert re.search(r'http-equiv="Content-Security-Policy" content="default-src \'none\';',
                     page_html)


def test_the_jsonld_of_each_version_and_audience_is_linked_and_served(built):
    """What has landed on main is served whatever else has not: the statement's DPV twin."""
    site, statements = built
    for path in (f"{ORG}/1.0/statement", f"{ORG}/statement"):
        links = downloads(page(site, "en", path))
        href = links["Machine-readable (JSON-LD, W3C DPV)"]
        assert href.endswith(f"/files/{ORG}/1.0/en/statement.jsonld")
        assert served(site, "en", path, href).read_bytes() == \
            (statements / ORG / "1.0" / "en" / "statement.jsonld").read_bytes()
    html = page(site, "nl", f"{ORG}/1.0/statement")
    assert "Leden en hun ouders" in html and "Bezoekers van de website" in html
    assert f"/files/{ORG}/1.0/nl/statement.members.jsonld" in html
