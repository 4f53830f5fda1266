"""Building the example site for the tests: the repository's mkdocs.yml, statements/ and
org_profiles/, on a fixed day, into a folder of the test's own (the repository is only read).

The tests see the example archive as it stood on their day (`archive_as_of`): versions 1.0 and
1.1, published before manifests were sealed. Version 1.2, published on 2026-12-01, is left out,
so that a later editorial version of the examples changes no test of the site."""

from __future__ import annotations

import datetime
import os
import re
import shutil
from contextlib import contextmanager
from pathlib import Path

import yaml

from generator.archive.publishing import PublishRequest, publish
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


def archive_as_of(day: str, folder: Path) -> Path:
    """A copy of the example archive in `folder`/statements without the versions published
    after `day`. Leaving out a version also leaves out the seal it wrote, so the manifest goes
    back to format 1 (no chain), as it was committed before sealing existed."""
    statements = folder / "statements"
    shutil.copytree(ROOT / "statements", statements)
    cutoff = datetime.date.fromisoformat(day)
    for manifest_path in sorted(statements.glob("*/versions.yaml")):
        manifest = yaml.safe_load(manifest_path.read_text(encoding="utf-8"))
        kept = [entry for entry in manifest["versions"]
                if datetime.date.fromisoformat(str(entry["published"])) <= cutoff]
        if len(kept) == len(manifest["versions"]):
            continue
        for entry in manifest["versions"][len(kept):]:
            shutil.rmtree(manifest_path.parent / entry["version"])
        manifest_path.write_text(yaml.safe_dump(
            {"format": 1, "organisation": manifest["organisation"],
             "versions": [{key: value for key, value in entry.items() if key != "chain"}
                          for entry in kept]},
            sort_keys=False, allow_unicode=True), encoding="utf-8")
    return statements


def mixed_archive(folder: Path) -> tuple[Path, Path]:
    """A copy of the example archive and profiles with DUTCH_ONLY added: (statements,
    profiles)."""
    statements, profiles = archive_as_of(AFTER_1_1, folder), folder / "org_profiles"
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
                       statements: Path | None = None,
                       profiles: Path = ROOT / "org_profiles") -> BuildReport:
    """The example site; with privdocs' documentation unless `docs` says otherwise (None: as
    the repository's mkdocs.yml says)."""
    if statements is None:
        statements = archive_as_of(day, folder)
    with fixed_day(day):
        return build_site(BuildRequest(
            config=ROOT / "mkdocs.yml", statements=statements, profiles=profiles,
            site_dir=folder / "site", pages_dir=folder / "pages", drafts=drafts,
            site_url=site_url, docs=docs))
