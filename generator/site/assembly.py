"""Assembling the pages: every page of every language, checked for parity, written as Markdown
into the generated folder MkDocs builds from (`build/pages/<lang>/`).

No silent fallback: a page of the site must exist in every language, a page of an organisation
in each of the organisation's languages, and each version must have its summary in each of
them. Anything missing stops the build with the
list of what is missing, instead of a site that shows another language in its place.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ..catalogs import N_, Nn_, translator
from ..errors import PrivdocsError
from .archive import Organisation
from .pages import Page
from .site_files import remove_all_but

MISSING_PAGE = N_("{page}: in `{present}` but not in `{missing}`")
MISSING_SUMMARY = N_("{org} {version}: the summary of the changes has no `{missing}` text")
INCOMPLETE = Nn_("The site would lack {n} page or text in a language, and no page may fall back "
                 "on another language:\n{problems}",
                 "The site would lack {n} pages or texts in a language, and no page may fall "
                 "back on another language:\n{problems}")
SHOWN = 20


class SiteIncomplete(PrivdocsError):
    exit_code = 1

    def __init__(self, problems: list[tuple[str, dict[str, object]]]) -> None:
        super().__init__(INCOMPLETE, problems=problems)
        self.problems = problems


def render_incomplete(error: SiteIncomplete, lang: str) -> str:
    t = translator(lang)
    lines = [t.format(msgid, **args) for msgid, args in error.problems[:SHOWN]]
    if len(error.problems) > SHOWN:
        lines.append("…")
    return t.ngettext(*INCOMPLETE, len(error.problems)).format(
        n=len(error.problems), problems="\n".join("  " + line for line in lines))


def missing_in_a_language(pages: dict[str, list[Page]],
                          organisations: list[Organisation]) -> list[tuple[str, dict]]:
    """What exists in one language and not in another: pages, and version summaries.

    The site's own pages must be in every language; an organisation's pages in each of its own
    languages (the other languages' sites only point to them, with a stand-in page)."""
    languages = {org.id: org.languages for org in organisations}
    sources: dict[str, set[str]] = {lang: set() for lang in pages}
    owner: dict[str, str | None] = {}
    for lang, lang_pages in pages.items():
        for page in lang_pages:
            if not page.stand_in:
                sources[lang].add(page.source)
                owner[page.source] = page.org
    problems = []
    for source in sorted(owner):
        expected = languages.get(owner[source], tuple(pages)) if owner[source] else tuple(pages)
        present = [lang for lang in pages if source in sources[lang]]
        for lang in expected:
            if source not in sources[lang]:
                problems.append((MISSING_PAGE, {"page": source, "present": present[0],
                                                "missing": lang}))
    for org in organisations:
        for entry in org.versions:
            for lang in org.languages:
                if not entry.record.summary.get(lang, "").strip():
                    problems.append((MISSING_SUMMARY, {"org": org.id, "version": entry.number,
                                                       "missing": lang}))
    return problems


def check_parity(pages: dict[str, list[Page]], organisations: list[Organisation]) -> None:
    problems = missing_in_a_language(pages, organisations)
    if problems:
        raise SiteIncomplete(problems)


class PageWriter:
    """Makes `folder` hold exactly the pages given to `write` and the `extra` files (relative
    path -> bytes): a file is written only when it is new or its bytes changed, and, at
    `finish`, a file no page makes any more is removed. A page is written as soon as it is
    made, and the build keeps only what it needs to know of it afterwards (its body is let
    go), so the build's memory does not grow with the site's text."""

    def __init__(self, folder: Path, extra: dict[str, bytes]) -> None:
        self.folder = folder
        self.extra = extra
        self.sources: set[str] = set()
        self.written = 0
        self.unchanged = 0
        self._made: set[Path] = set()

    def _put(self, source: str, content: bytes) -> bool:
        """Write `content` at `source` unless it is there already; whether it was written."""
        path = self.folder / source
        if path.is_file() and not path.is_symlink() and _same(path, content):
            return False
        if path.parent not in self._made:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._made.add(path.parent)
        if path.is_symlink():
            path.unlink()
        path.write_bytes(content)
        return True

    def write(self, page: Page) -> Page:
        """Write `page`; the page without its body, for what the build does next."""
        self.sources.add(page.source)
        if self._put(page.source, page.text().encode("utf-8")):
            self.written += 1
        else:
            self.unchanged += 1
        return dataclasses.replace(page, body="")

    def finish(self) -> None:
        """Write the extra files, and remove every file and folder no page makes any more."""
        for source, content in self.extra.items():
            self._put(source, content)
        remove_all_but(self.folder, self.sources | set(self.extra))


def _same(path: Path, content: bytes) -> bool:
    return path.stat().st_size == len(content) and path.read_bytes() == content
