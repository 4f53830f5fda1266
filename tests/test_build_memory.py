"""A language's build holds each page whole only while it writes it (`page_memory`): the site
is the same, byte for byte, and the memory a build holds no longer grows with every page's
HTML, Markdown and table of contents."""

from __future__ import annotations

import datetime
import gc
import tracemalloc
from pathlib import Path

from mkdocs.plugins import BasePlugin, event_priority

from generator.site.mkdocs_engine import builds as mkdocs_builds
from generator.site.build import BuildRequest, build_site
from generator.site.mkdocs_engine.builds import SiteLanguage, build_language, language_config
from generator.site.settings import SITE_TEMPLATES, SiteSettings

from .conftest import ROOT
from .e2e.built_site import AFTER_1_1, archive_as_of, fixed_day
from .test_build_incremental import assert_same_site

# A long page as the site has them: a privacy regulation, with headings, tables and links.
PAGE = (ROOT / "tests" / "golden" / "hogeschool-kempen" / "en" / "regulation.md").read_text(
    encoding="utf-8")


class WithoutPageMemory(BasePlugin):
    """The build as it was: MkDocs holds every page between its two passes."""


def test_the_site_is_the_same_with_and_without_the_plugin(tmp_path, monkeypatch):
    statements = archive_as_of(AFTER_1_1, tmp_path)
    with fixed_day(AFTER_1_1):
        for name in ("with", "without"):
            if name == "without":
                monkeypatch.setattr(mkdocs_builds, "PageMemoryPlugin", WithoutPageMemory)
            build_site(BuildRequest(
                config=ROOT / "mkdocs.yml", statements=statements,
                profiles=ROOT / "org_profiles", site_dir=tmp_path / f"site-{name}",
                pages_dir=tmp_path / f"pages-{name}", docs=True, drafts=True, cache=False,
                jobs=1))
    assert_same_site(tmp_path / "site-with", tmp_path / "site-without")


class HeldMemory(BasePlugin):
    """What Python holds once MkDocs has read every page and written none."""

    held = 0

    @event_priority(-10_000)
    def on_env(self, env, config, files):
        gc.collect()  # what is held, not garbage waiting for the collector
        self.held = tracemalloc.get_traced_memory()[0]
        return env


def held(folder: Path, pages: int) -> int:
    """Bytes held between MkDocs' two passes over `pages` long pages (one language)."""
    docs = folder / "pages" / "en"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n\n" + "".join(
        f"- [Page {number}](page-{number}.md)\n" for number in range(pages)), encoding="utf-8")
    for number in range(pages):
        (docs / f"page-{number}.md").write_text(
            PAGE.replace("# ", f"# Page {number}: ", 1), encoding="utf-8")
    settings = SiteSettings(docs_dir=folder / "pages", site_dir=folder / "site")
    site = SiteLanguage("https://example.org/", "Example", "Example pages", ["index.md"],
                        {"en": "English"}, {"en": set()})
    config = language_config(settings, SITE_TEMPLATES, "en", site, folder / "site")
    config.plugins["held-memory"] = probe = HeldMemory()
    tracemalloc.start()
    try:
        build_language(config, "en", datetime.date(2026, 11, 21))
        return probe.held
    finally:
        tracemalloc.stop()


def growth_per_page(folder: Path) -> float:
    """Bytes each page adds to what a build holds: 4 pages against 12."""
    return (held(folder / "large", 12) - held(folder / "small", 4)) / 8


def test_the_memory_a_page_adds_is_a_fraction_of_what_it_was(tmp_path, monkeypatch):
    # The first build imports and caches what every build needs; it is not measured.
    held(tmp_path / "warm", 1)
    now = growth_per_page(tmp_path / "with")
    monkeypatch.setattr(mkdocs_builds, "PageMemoryPlugin", WithoutPageMemory)
    before = growth_per_page(tmp_path / "without")
    assert before > 60_000, before  # its HTML, Markdown and contents, held until it is written
    assert now < 0.4 * before, (now, before)
