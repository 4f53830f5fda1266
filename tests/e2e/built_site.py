"""Building the example site for the tests: the repository's mkdocs.yml, statements/ and
org_profiles/, on a fixed day, into a folder of the test's own (the repository is only read)."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from generator.site.build import BuildReport, BuildRequest, build_site

from ..conftest import ROOT

# 1.1 of every example organisation took effect on 2026-10-01; 1.0 on 2026-03-02.
AFTER_1_1 = "2026-11-21"
BEFORE_1_1 = "2026-09-15"
ORGANISATIONS = ("hogeschool-kempen", "netwerk-vlaamse-ondernemers", "stichting-ons-onderwijs")
LANGUAGES = ("nl", "en")


@contextmanager
def fixed_day(day: str):
    before = os.environ.get("PRIVDOCS_TODAY")
    os.environ["PRIVDOCS_TODAY"] = day
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("PRIVDOCS_TODAY", None)
        else:
            os.environ["PRIVDOCS_TODAY"] = before


def build_example_site(folder: Path, day: str = AFTER_1_1, drafts: bool = False,
                       site_url: str | None = None, docs: bool | None = True,
                       statements: Path = ROOT / "statements",
                       profiles: Path = ROOT / "org_profiles") -> BuildReport:
    """The example site; with privdocs' documentation unless `docs` says otherwise (None: as
    the repository's mkdocs.yml says)."""
    with fixed_day(day):
        return build_site(BuildRequest(
            config=ROOT / "mkdocs.yml", statements=statements, profiles=profiles,
            site_dir=folder / "site", pages_dir=folder / "pages", drafts=drafts,
            site_url=site_url, docs=docs))
