"""A language's folder of the site, kept from one build to the next (with the build cache).

MkDocs empties a language's folder and writes every page again, though most pages of a
federation's site are the same as in the last build. With the build cache, each language is
built "dirty" (MkDocs' own mode that does not empty the folder), and a page taken from the
cache is not written again when its file is still the one the last build wrote: the same
page (its entry in the cache) and the same size and time of last change as the last build
recorded. Everything else is written as always. At the end the folder is made to hold
exactly what this build made: a file no page or asset of this build stands for (a page of a
removed draft, anything put there by hand) is removed. Without a cache, MkDocs empties the
folder and writes everything: a clean build.
"""

from __future__ import annotations

from pathlib import Path

from ..build_cache import BuildCache, key
from ..site_files import file_status, remove_all_but, remove_links

RECORD = "written-pages"


class WrittenPages:
    """The pages of one language's folder: as the last build left them, and as this one
    writes them (page's file -> its entry in the cache)."""

    def __init__(self, cache: BuildCache, site_dir: Path, lang: str) -> None:
        self.cache = cache
        self.site_dir = site_dir
        self.entry = key(RECORD, lang, str(site_dir.resolve()))
        stored = cache.get_json(self.entry) if cache.folder is not None else None
        self.last: dict = stored if isinstance(stored, dict) else {}
        self.now: dict[str, str] = {}

    def prepare(self) -> None:
        """Before MkDocs writes anything: no link in the folder to write through."""
        remove_links(self.site_dir)

    def unchanged(self, path: str, entry: str) -> bool:
        """Whether the page stored under `entry` is at `path` (relative to the language's
        folder) as the last build left it, so that it need not be written."""
        self.now[path] = entry
        before = self.last.get(path)
        return (isinstance(before, list) and len(before) == 3 and before[0] == entry
                and file_status(self.site_dir / path) == before[1:])

    def written(self, path: str, entry: str) -> None:
        self.now[path] = entry

    def finish(self, made: set[str]) -> None:
        """Remove every file but the pages and `made` (the engine's other files); remember
        what each page's file is now."""
        remove_all_but(self.site_dir, set(self.now) | made)
        self.cache.put_json(self.entry, {
            path: [entry, *(file_status(self.site_dir / path) or [])]
            for path, entry in self.now.items()})
