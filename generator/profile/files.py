"""Finding an organisation's profile: a path to a file, or an id in `org_profiles/`."""

from __future__ import annotations

from pathlib import Path

from ..catalogs import N_
from ..errors import UsageError
from .values import SLUG

PROFILES_DIR = Path("org_profiles")
SUFFIXES = (".yaml", ".yml")

NO_SUCH_PROFILE = N_("{org}: no such profile (neither a file nor an id in {directory}/).")


def find_profile(org: str, directory: Path = PROFILES_DIR) -> Path:
    """The profile file `org` names: a path to a file, or an id in `directory`."""
    path = Path(org)
    if path.is_file():
        return path
    if SLUG.fullmatch(org):
        for suffix in SUFFIXES:
            candidate = directory / f"{org}{suffix}"
            if candidate.is_file():
                return candidate
    raise UsageError(NO_SUCH_PROFILE, org=org, directory=directory.as_posix())
