"""Building the example site for the tests: the repository's mkdocs.yml, statements/ and
org_profiles/, on a fixed day, into a folder of the test's own (the repository is only read)."""

from __future__ import annotations

import datetime
import os
import re
import shutil
from contextlib import contextmanager
from pathlib import Path

from generator.publishing import PublishRequest, publish
from generator.site.build import BuildReport, BuildRequest, build_site

from ..conftest import MINIMAL, ROOT

# 1.1 of every example organisation took effect on 2026-10-01; 1.0 on 2026-03-02.
AFTER_1_1 = "2026-11-21"
BEFORE_1_1 = "2026-09-15"
ORGANISATIONS = ("hogeschool-kempen", "netwerk-vlaamse-ondernemers", "stichting-ons-onderwijs")
LANGUAGES = ("nl", "en")
# An organisation that publishes in Dutch only: 1.0 in force since 2026-01-10, and 1.1
# published on 2026-11-01 to take effect on 2026-12-15 (scheduled on AFTER_1_1).
DUTCH_ONLY = "alleen-nl"
DUTCH_ONLY_NAME = "Vereniging Voorbeeld"
DUTCH_ONLY_1_1 = "2026-12-15"


def dutch_only_profile(text: str = "") -> str:
    """The minimal profile in Dutch only, as the organisation DUTCH_ONLY."""
    text = text or MINIMAL.read_text(encoding="utf-8")
    text = text.replace("languages: [nl, en]", "languages: [nl]").replace(
        "id: minimal", f"id: {DUTCH_ONLY}")
    return re.sub(r", en: [^}]*\}", "}", text)


def mixed_archive(folder: Path) -> tuple[Path, Path]:
    """A copy of the example archive and profiles with DUTCH_ONLY added: (statements,
    profiles)."""
    statements, profiles = folder / "statements", folder / "org_profiles"
    shutil.copytree(ROOT / "statements", statements)
    shutil.copytree(ROOT / "org_profiles", profiles)
    path = profiles / f"{DUTCH_ONLY}.yaml"
    path.write_text(dutch_only_profile(), encoding="utf-8")
    publish(PublishRequest(profile=path, summaries={"nl": "Eerste versie."}, author="",
                           today=datetime.date(2026, 1, 10)), statements)
    path.write_text(path.read_text(encoding="utf-8").replace("period: P2Y", "period: P3Y"),
                    encoding="utf-8")
    publish(PublishRequest(profile=path, author="", today=datetime.date(2026, 11, 1),
                           summaries={"nl": "We bewaren je gegevens een jaar langer."},
                           effective=datetime.date.fromisoformat(DUTCH_ONLY_1_1)), statements)
    return statements, profiles


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
