"""The build's check of the current profiles, one file at a time.

Every profile in `org_profiles/` is checked before a build, and any error stops it. The build
needs little of each: its id, the organisation's name, its file (the profile guide borrows
examples from the first few) and, for a preview with drafts, the draft rendered from it. So
each profile is let go as soon as that is taken from it (`checking.check_file`, then
`CheckedProfile.reported`), and only the findings of failing files are kept, for the report:
what the build holds does not grow with the profiles' size, as `privdocs check` does not.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..catalogs import N_
from ..check.checking import PROFILE_SUFFIXES, CheckedFile, check_file
from ..check.findings import Severity
from ..clock import today
from ..errors import PrivdocsError
from ..i18n.translation_lock import lock_path
from .archive import organisation_name
from .build_cache import BuildCache, key
from .drafts import Draft, render_draft

HAS_ERRORS = N_("{count} of the profiles in {folder} have check errors; the site was not built. "
                "Fix them first (`privdocs check {folder}`).")


class ProfilesHaveErrors(PrivdocsError):
    exit_code = 1

    def __init__(self, checked: list[CheckedFile], folder: str, count: int) -> None:
        super().__init__(HAS_ERRORS, folder=folder, count=count)
        self.checked = checked


@dataclass(frozen=True)
class SiteProfile:
    """What the build keeps of a checked profile."""

    file: str
    id: str
    name: str


def check_profiles(folder: Path, drafts: bool = False, cache: BuildCache | None = None
                   ) -> tuple[list[SiteProfile], dict[str, Draft]]:
    """Check every profile in `folder` (none when it does not exist) and refuse on errors;
    with `drafts`, render each readable profile as a draft on the way. A profile that passed
    before, with the same bytes, translation lock and day, is not checked again (`cache`)."""
    cache = cache or BuildCache(None)
    if not folder.is_dir():
        return [], {}
    files = sorted(path for path in folder.iterdir()
                   if path.suffix in PROFILE_SUFFIXES and path.is_file())
    kept: list[SiteProfile] = []
    rendered: dict[str, Draft] = {}
    failing: list[CheckedFile] = []
    for path in files:
        entry = _entry(path)
        passed = cache.get_json(entry) if not drafts and not failing else None
        if isinstance(passed, dict) and isinstance(passed.get("id"), str) \
                and isinstance(passed.get("name"), str):
            kept.append(SiteProfile((folder / path.name).as_posix(), passed["id"],
                                    passed["name"]))
            continue
        result = check_file(path, (folder / path.name).as_posix())
        if not result.count(Severity.ERROR):
            cache.put_json(entry, {"id": result.id,
                                   "name": organisation_name(result.profile, result.id)})
        if result.count(Severity.ERROR):
            failing.append(result.reported())
        elif not failing:
            kept.append(SiteProfile(result.file, result.id,
                                    organisation_name(result.profile, result.id)))
        if drafts and not failing and result.profile is not None:
            rendered[result.id] = render_draft(result)
    if failing:
        raise ProfilesHaveErrors(failing, folder.as_posix(), len(failing))
    return kept, rendered


def _entry(path: Path) -> str:
    """The cache key of a check of `path`: its bytes, its translation lock and the day (a rule
    may depend on it)."""
    lock = lock_path(path)
    return key("check", path.name, hashlib.sha256(path.read_bytes()).hexdigest(),
               hashlib.sha256(lock.read_bytes()).hexdigest() if lock.is_file() else None,
               today().isoformat())
