"""The incremental build: after each kind of change, a build that reuses the build cache gives
the same site, file for file and byte for byte, as a clean build without one; and it really
reuses what did not change. A cache that is corrupt, truncated or from another version is
ignored, never trusted."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest
import yaml

from generator.archive.publishing import PublishRequest, publish
from generator.site import build_cache, changes
from generator.site.build import BuildReport, BuildRequest, build_site
from generator.site.build_cache import cache_folder
from generator.site.settings import SITE_TEMPLATES

from .conftest import MINIMAL, confirm_translations

DAY = "2026-06-01"


def tree(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def assert_same_site(built: Path, clean: Path) -> None:
    mine, theirs = tree(built), tree(clean)
    assert sorted(mine) == sorted(theirs), set(mine) ^ set(theirs)
    differing = [name for name in mine if mine[name] != theirs[name]]
    assert differing == [], differing[:10]


class Project:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.profiles = folder / "org_profiles"
        self.statements = folder / "statements"
        self.templates = folder / "templates"
        self.profiles.mkdir()
        shutil.copytree(SITE_TEMPLATES, self.templates)
        (folder / "mkdocs.yml").write_text("site_url: https://privacy.example.nl/\n",
                                           encoding="utf-8")
        self.builds = 0

    def publish(self, org: str, text: str, day: datetime.date) -> None:
        path = self.profiles / f"{org}.yaml"
        path.write_text(text.replace("id: minimal", f"id: {org}"), encoding="utf-8")
        confirm_translations(path)
        languages = yaml.safe_load(text)["languages"]
        summaries = {"nl": "Een versie.", "en": "A version."}
        publish(PublishRequest(profile=path, author="", today=day,
                               summaries={lang: summaries[lang] for lang in languages}),
                self.statements)

    def build(self, site: str, cache: bool, jobs: int, drafts: bool = False) -> BuildReport:
        self.builds += 1
        return build_site(BuildRequest(
            config=self.folder / "mkdocs.yml", statements=self.statements,
            profiles=self.profiles, site_dir=self.folder / site,
            pages_dir=self.folder / f"pages-{site}", drafts=drafts, docs=False,
            templates=self.templates, cache=cache, jobs=jobs))

    def assert_incremental_is_clean(self, drafts: bool = False) -> BuildReport:
        """Build incrementally into site/, and cleanly (no cache, serially) into a new
        folder; the two must be the same."""
        report = self.build("site", cache=True, jobs=2, drafts=drafts)
        clean = f"clean-{self.builds}"
        self.build(clean, cache=False, jobs=1, drafts=drafts)
        assert_same_site(self.folder / "site", self.folder / clean)
        shutil.rmtree(self.folder / clean)
        return report


@pytest.fixture
def project(tmp_path, monkeypatch) -> Project:
    monkeypatch.setenv("PRIVDOCS_TODAY", DAY)
    made = Project(tmp_path)
    made.publish("alpha", MINIMAL.read_text(encoding="utf-8"), datetime.date(2026, 1, 10))
    made.publish("beta", MINIMAL.read_text(encoding="utf-8"), datetime.date(2026, 1, 10))
    return made


def test_each_kind_of_change_builds_the_same_site_as_a_clean_build(project, monkeypatch):
    first = project.assert_incremental_is_clean()
    assert (first.rendered, first.reused) == (22, 0)  # home, 2 x 5 pages per organisation

    unchanged = project.assert_incremental_is_clean()
    assert (unchanged.rendered, unchanged.reused) == (0, 22), "nothing changed"
    assert unchanged.written == 0

    # a new version of alpha (in force on the day of the build, so every page of alpha
    # changes, if only its banner): beta's pages are reused
    text = MINIMAL.read_text(encoding="utf-8").replace("period: P2Y", "period: P3Y")
    assert text != MINIMAL.read_text(encoding="utf-8")
    project.publish("alpha", text, datetime.date(2026, 2, 1))
    version = project.assert_incremental_is_clean()
    assert (version.rendered, version.reused) == (18, 10), "a new version"

    # a new organisation: only its pages and the home pages are made
    project.publish("gamma", MINIMAL.read_text(encoding="utf-8"), datetime.date(2026, 3, 1))
    organisation = project.assert_incremental_is_clean()
    assert (organisation.rendered, organisation.reused) == (12, 26), "a new organisation"

    # a draft, then the draft removed (its profile deleted)
    (project.profiles / "delta.yaml").write_text(
        MINIMAL.read_text(encoding="utf-8").replace("id: minimal", "id: delta"),
        encoding="utf-8")
    confirm_translations(project.profiles / "delta.yaml")
    project.assert_incremental_is_clean(drafts=True)
    (project.profiles / "delta.yaml").unlink()
    removed = project.assert_incremental_is_clean(drafts=True)
    assert removed.reused > 0, "a removed draft"
    assert not (project.folder / "site" / "nl" / "delta").exists()

    # a template of the theme changes: every page is rendered again
    main = project.templates / "overrides" / "main.html"
    main.write_text(main.read_text(encoding="utf-8").replace(
        '<meta charset="utf-8">', '<meta charset="utf-8"><!-- a change -->', 1),
        encoding="utf-8")
    template = project.assert_incremental_is_clean()
    assert template.reused == 0, "a template change"
    assert b"<!-- a change -->" in (project.folder / "site/nl/index.html").read_bytes()

    # privdocs is upgraded and words the changes differently: with the same version key the
    # cache would give the old wording (so the key is what keeps it out) ...
    words = changes.diff_to_markdown
    monkeypatch.setattr(changes, "diff_to_markdown",
                        lambda *args, **kwargs: words(*args, **kwargs) + "\n\nUpgraded.\n")
    stale = project.build("site", cache=True, jobs=1)
    assert stale.reused > 0
    assert b"Upgraded." not in (project.folder / "site/nl/alpha/1.1/changes/index.html"
                                ).read_bytes()
    # ... and a new version of privdocs keys everything anew
    monkeypatch.setattr(build_cache, "PRIVDOCS_VERSION", "99.0")
    upgraded = project.assert_incremental_is_clean()
    assert upgraded.reused == 0, "a privdocs upgrade"
    assert b"Upgraded." in (project.folder / "site/nl/alpha/1.1/changes/index.html"
                            ).read_bytes()


def test_a_corrupt_or_foreign_cache_is_ignored(project):
    project.build("site", cache=True, jobs=1)
    entries = sorted((cache_folder(project.folder / "site") / "entries").rglob("*"))
    files = [path for path in entries if path.is_file()]
    assert len(files) > 22
    for index, path in enumerate(files):
        stored = path.read_bytes()
        if index % 4 == 0:
            path.write_bytes(stored[:40])  # truncated
        elif index % 4 == 1:
            path.write_bytes(b"not a cache entry at all")
        elif index % 4 == 2:  # made by another format of the cache
            current = b"privdocs-build-cache %d " % build_cache.FORMAT
            assert stored.startswith(current)
            path.write_bytes(stored.replace(current, b"privdocs-build-cache 1 ", 1))
        else:  # a flipped byte in the payload
            path.write_bytes(stored[:-1] + bytes([stored[-1] ^ 0xFF]))
        assert path.read_bytes() != stored
    report = project.assert_incremental_is_clean()
    assert (report.rendered, report.reused) == (22, 0)
    again = project.assert_incremental_is_clean()
    assert (again.rendered, again.reused) == (0, 22)  # the entries were made anew


def test_without_a_cache_nothing_is_written_beside_the_site(project):
    project.build("site", cache=False, jobs=1)
    assert not cache_folder(project.folder / "site").exists()


def test_files_that_did_not_change_are_not_written_again_and_strays_go(project):
    """A federation's site serves every stored format of every version, and most of its pages
    never change: a build with the cache leaves those files alone when they did not change,
    rewrites one that someone touched, and removes whatever it did not make, as a clean
    build would."""
    project.build("site", cache=True, jobs=1)
    site = project.folder / "site"
    pdf = site / "files" / "beta" / "1.0" / "nl" / "statement.pdf"
    json_file = site / "data" / "beta" / "versions.json"
    page = site / "en" / "beta" / "1.0" / "statement" / "index.html"
    assert pdf.is_file() and json_file.is_file() and page.is_file()
    times = {path: path.stat().st_mtime_ns for path in (pdf, json_file, page)}

    text = MINIMAL.read_text(encoding="utf-8").replace("period: P2Y", "period: P3Y")
    project.publish("alpha", text, datetime.date(2026, 2, 1))
    project.assert_incremental_is_clean()
    assert {path: path.stat().st_mtime_ns for path in times} == times, "beta did not change"

    # someone edits a stored file (same size), drops files and a link into the site
    touched = site / "files" / "beta" / "1.0" / "nl" / "statement.html"
    stored = touched.read_bytes()
    touched.write_bytes(stored.replace(b"<", b"[", 1))
    (site / "files" / "beta" / "stray.txt").write_text("not ours", encoding="utf-8")
    (site / "data" / "extra").mkdir()
    (site / "data" / "extra" / "old.json").write_text("{}", encoding="utf-8")
    (site / "files" / "link").symlink_to(project.statements, target_is_directory=True)
    (site / "nl" / "beta" / "old").mkdir()
    (site / "nl" / "beta" / "old" / "index.html").write_text("<p>gone</p>", encoding="utf-8")
    (site / "en" / ".hidden").write_text("not ours", encoding="utf-8")
    page.write_text(page.read_text(encoding="utf-8").replace("<", "[", 1), encoding="utf-8")
    project.assert_incremental_is_clean()
    assert touched.read_bytes() == stored
    assert not (site / "data" / "extra").exists()
    assert not (site / "files" / "link").exists()
    assert any(project.statements.rglob("*.pdf")), "the link was removed, not followed"

    # a stored file and a page replaced by links into the archive: the build writes the
    # site's files, never through the links into what they point at
    archived = next(project.statements.rglob("statement.html"))
    archived_bytes = archived.read_bytes()
    touched.unlink()
    touched.symlink_to(archived)
    page.unlink()
    page.symlink_to(archived)
    text = MINIMAL.read_text(encoding="utf-8").replace("period: P2Y", "period: P4Y")
    project.publish("beta", text, datetime.date(2026, 3, 1))
    project.assert_incremental_is_clean()
    assert archived.read_bytes() == archived_bytes
    assert not touched.is_symlink() and not page.is_symlink()
