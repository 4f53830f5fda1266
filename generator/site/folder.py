"""The folder `privdocs build` writes the site into, and the only one it ever empties.

A build empties its site folder first. So that a mistyped `--site-dir` can never cost a
repository, privdocs

- refuses the project root (the folder of mkdocs.yml) and every folder above it, `.git`,
  `statements/`, the profiles' folder and any folder holding or inside one of them, and
  anything outside the project;
- empties only a folder that holds its marker file, `.privdocs-site`, written into every folder
  it builds into (MkDocs leaves hidden files alone). An existing folder without the marker is
  used only when it is empty.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ..catalogs import N_
from ..errors import UsageError

MARKER = ".privdocs-site"
MARKER_TEXT = b"privdocs builds the site into this folder and empties it before each build.\n"

OUTSIDE = N_("--site-dir {site_dir} is outside the project ({project}): privdocs empties the "
             "site folder before a build, so it only writes inside the project. Choose a folder "
             "such as site/.")
PROTECTED = N_("--site-dir {site_dir} is {what}: privdocs empties the site folder before a "
               "build, so it must be a folder of its own, such as site/.")
NOT_OURS = N_("{site_dir} is not empty and was not made by privdocs (it has no {marker} file): "
              "privdocs empties the site folder before a build, so it does not touch it. Remove "
              "it yourself, or choose another folder.")
NOT_A_FOLDER = N_("{site_dir} exists and is not a folder; choose another site folder.")
WHAT = {
    "root": N_("the project folder, or a folder above it"),
    ".git": N_("the repository's .git folder, or inside it"),
    "statements": N_("the archive of published versions, inside it, or a folder holding it"),
    "profiles": N_("the profiles' folder, inside it, or a folder holding it"),
}


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def guard_site_dir(site_dir: Path, project: Path, statements: Path, profiles: Path) -> None:
    """Refuse a site folder that is, holds or lies in something a build must not delete."""
    target = site_dir.resolve()
    root = project.resolve()
    shown = site_dir.as_posix()
    if _within(root, target):
        raise UsageError(PROTECTED, site_dir=shown, what=WHAT["root"])
    if not _within(target, root):
        raise UsageError(OUTSIDE, site_dir=shown, project=project.as_posix() or ".")
    protected = (("statements", statements.resolve()), ("profiles", profiles.resolve()))
    if any(part == ".git" for part in target.relative_to(root).parts):
        raise UsageError(PROTECTED, site_dir=shown, what=WHAT[".git"])
    for name, folder in protected:
        if _within(target, folder) or _within(folder, target):
            raise UsageError(PROTECTED, site_dir=shown, what=WHAT[name])


def clear_site_dir(site_dir: Path, empty: bool = True) -> None:
    """Empty the site folder when privdocs made it (`empty` False: only check that it did, for
    a build that replaces what changed, `site_files`); then mark it as privdocs'."""
    if site_dir.is_symlink() or (site_dir.exists() and not site_dir.is_dir()):
        raise UsageError(NOT_A_FOLDER, site_dir=site_dir.as_posix())
    if site_dir.exists():
        marker = site_dir / MARKER
        if marker.is_file() and not marker.is_symlink():
            if empty:
                shutil.rmtree(site_dir)
        elif any(site_dir.iterdir()):
            raise UsageError(NOT_OURS, site_dir=site_dir.as_posix(), marker=MARKER)
    site_dir.mkdir(parents=True, exist_ok=True)
    (site_dir / MARKER).write_bytes(MARKER_TEXT)
