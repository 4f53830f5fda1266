"""`--jobs`: the languages built in parallel processes give the same site, byte for byte, as
one language after the other."""

from __future__ import annotations

import os

from generator.site.build import BuildRequest, build_site
from generator.site.engine import available_cores

from .conftest import ROOT
from .e2e.built_site import AFTER_1_1, archive_as_of, fixed_day
from .test_build_incremental import assert_same_site


def test_parallel_and_serial_builds_are_the_same_site(tmp_path):
    statements = archive_as_of(AFTER_1_1, tmp_path)
    reports = {}
    with fixed_day(AFTER_1_1):
        for jobs in (1, 2):
            reports[jobs] = build_site(BuildRequest(
                config=ROOT / "mkdocs.yml", statements=statements,
                profiles=ROOT / "org_profiles", site_dir=tmp_path / f"site-{jobs}",
                pages_dir=tmp_path / f"pages-{jobs}", docs=True, drafts=True, cache=False,
                jobs=jobs))
    assert_same_site(tmp_path / "site-1", tmp_path / "site-2")
    assert reports[1].pages == reports[2].pages
    assert set(reports[2].language_seconds) == {"nl", "en"}


def test_the_default_is_the_cores_this_process_may_use():
    assert 1 <= available_cores() <= (os.cpu_count() or 1)
