"""MkDocs' half of the incremental build: a page rendered before is not rendered again.

Most of a build's time is MkDocs turning each page's Markdown into HTML and rendering the
theme around it (about 11 ms a page), and most pages of a federation's site are permanent
versions that never change. This plugin, the last of each language's build, keeps what MkDocs
made of a page in the build cache (`build_cache`), in two entries: its table of contents and
its entries in the search index (read when MkDocs reads the page), and the page as written
(read only when it is written: the first pass checks that it is there and whole). A later
build that has the same page gives MkDocs those back instead of rendering (the page's HTML body stays empty: nothing reads it once the output
and the search entries are stored, and MkDocs holds every page between its two passes), so
the search index, the sitemap and every other page come out byte for byte as from a clean
build.

"The same page" is the key (`PageCachePlugin.page_key`): the language's configuration and
theme (`engine_key`, which includes every file of the templates and the versions of MkDocs,
Material and Markdown), the page's source path, its front matter and Markdown, its language
links, and whether each relative link in it finds its target (a link that breaks must warn,
and strict mode stop the build, as in a clean build). The nav every page carries is part of
`engine_key`.

MkDocs has no hook to skip rendering, so a hit replaces the page's `render` with one that
sets what rendering would have set, and lets the theme render a one-line template
(`overrides/privdocs-cached.html`) whose output `on_post_page` replaces with the stored page.
"""

from __future__ import annotations

import json
import posixpath
import re
from importlib import metadata

from mkdocs.plugins import BasePlugin
from mkdocs.structure.toc import AnchorLink, TableOfContents

from ...catalogs import N_
from ...errors import PrivdocsError
from ..build_cache import BuildCache, key
from .written_pages import WrittenPages

CACHED_TEMPLATE = "privdocs-cached.html"
CACHE_CHANGED = N_("The build cache {folder} changed while the site was built ({page}); build "
                   "again.")
# Two patterns with a literal start each: much faster over long pages than one alternation.
_LINK_TARGETS = (re.compile(r"\]\(\s*<?([^)\s>]+)"), re.compile(r'href="([^"]+)"'))
_ENGINE_PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "pygments")


def engine_versions() -> dict[str, str]:
    found = {}
    for name in _ENGINE_PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = ""
    return found


def _toc_data(items) -> list:
    return [[item.title, item.id, item.level, _toc_data(item.children)] for item in items]


def _toc_items(data: list) -> list[AnchorLink]:
    items = []
    for title, anchor, level, children in data:
        item = AnchorLink(title, anchor, level)
        item.children = _toc_items(children)
        items.append(item)
    return items


def _usable(stored: object) -> dict | None:
    """A stored page with every part of the right kind, else None (never trusted blindly)."""
    kinds = {"toc": list, "anchors": list, "search": list}
    if not isinstance(stored, dict) or not all(isinstance(stored.get(name), kind)
                                               for name, kind in kinds.items()):
        return None
    if stored.get("title") is not None and not isinstance(stored["title"], str):
        return None
    try:
        _toc_items(stored["toc"])
    except (TypeError, ValueError):
        return None
    return stored


def _text(stored: bytes | None) -> str | None:
    try:
        return stored.decode("utf-8") if stored is not None else None
    except UnicodeDecodeError:
        return None


def _always() -> bool:
    return True


def _output_key(page_key: str) -> str:
    """The entry of the page as written, beside the entry of its parts (`page_key`)."""
    return key("page-output", page_key)


def _relative_targets(markdown: str) -> list[str]:
    """The relative link targets of a page (without fragment or query), as written."""
    targets = set()
    for pattern in _LINK_TARGETS:
        for found in pattern.findall(markdown):
            target = found.split("#")[0].split("?")[0]
            if target and ":" not in target and not target.startswith("/"):
                targets.add(target)
    return sorted(targets)


class PageCachePlugin(BasePlugin):
    def __init__(self, cache: BuildCache, engine_key: str, alternates,
                 folder: WrittenPages | None = None) -> None:
        super().__init__()
        self.cache = cache
        self.folder = folder  # the language's folder as the last build left it; None: emptied
        self._files = None
        self.engine_key = engine_key
        self.alternates = alternates  # page URL -> the language links of the page
        self.rendered = 0
        self.reused = 0
        self._keys: dict[str, str] = {}
        self._hits: set[str] = set()  # pages taken from the cache
        self._rendered_parts: dict[str, dict] = {}
        self._search: dict[str, list] = {}  # page -> the search entries made of it
        # The stored page being written: MkDocs reads every page before it writes any, so a
        # hit keeps nothing between the two (the site's HTML never sits in memory at once).
        self._current: tuple[str, dict] | None = None

    def page_key(self, page, markdown: str, files) -> str:
        here = posixpath.dirname(page.file.src_uri)
        links = [[target, files.get_file_from_path(
                  posixpath.normpath(posixpath.join(here, target))) is not None]
                 for target in _relative_targets(markdown)]
        return key("page", self.engine_key, page.file.src_uri, page.meta, markdown,
                   self.alternates(page.url), links)

    def on_page_markdown(self, markdown, page, config, files):
        source = page.file.src_uri
        page_key = self.page_key(page, markdown, files)
        self._keys[source] = page_key
        stored = _usable(self.cache.get_json(page_key))
        if stored is not None and self.cache.holds(_output_key(page_key)):
            self._hits.add(source)
            parts = {name: stored[name] for name in ("toc", "title", "anchors")}
            page.render = lambda config, files: self._restore(page, parts)
            page.meta["template"] = CACHED_TEMPLATE
        else:
            original = page.render

            def render(config, files):
                original(config, files)
                page.__dict__.pop("render", None)
                self._rendered_parts[source] = {
                    "toc": _toc_data(page.toc),
                    "title": page._title_from_render,
                    "anchors": sorted(page.present_anchor_ids or ())}

            page.render = render
        return markdown

    def _stored(self, source: str) -> dict:
        """The stored parts of the page being written (read again: see `_current`)."""
        if self._current is None or self._current[0] != source:
            stored = _usable(self.cache.get_json(self._keys[source]))
            if stored is None:  # it was there when the page was read
                raise PrivdocsError(CACHE_CHANGED, folder=str(self.cache.folder), page=source)
            self._current = (source, stored)
        return self._current[1]

    def on_config(self, config):
        """Material's search reads every searchable page's HTML again to index it; a page
        taken from the cache brings its entries of the index along instead."""
        for plugin in config.plugins.values():
            index = getattr(plugin, "search_index", None)
            if index is not None and hasattr(index, "add_entry_from_context"):
                self._index_from_cache(index)
        return config

    def _index_from_cache(self, index) -> None:
        original = index.add_entry_from_context

        def add_entry_from_context(page):
            source = page.file.src_uri
            if source in self._hits:
                index.entries.extend(self._stored(source)["search"])
                return
            before = len(index.entries)
            original(page)
            self._search[source] = json.loads(json.dumps(index.entries[before:], default=str))

        index.add_entry_from_context = add_entry_from_context

    @staticmethod
    def _restore(page, parts: dict) -> None:
        page.__dict__.pop("render", None)  # lets go of `parts` once they are in the page
        # Nothing reads a reused page's HTML: the theme's output and the search entries are
        # stored. Leaving it out keeps the pages MkDocs holds between its two passes small.
        page.content = ""
        page.toc = TableOfContents(_toc_items(parts["toc"]))
        page._title_from_render = parts["title"]
        page.present_anchor_ids = set(parts["anchors"])

    def on_files(self, files, config):
        self._files = files
        if self.folder is not None:
            self.folder.prepare()
            # MkDocs' dirty mode skips a page or asset whose output is newer than its source;
            # here every one is read and built, and on_post_page leaves unwritten only a
            # page whose file is known to be the same.
            for file in files:
                file.is_modified = _always
        return files

    def on_post_page(self, output, page, config):
        source = page.file.src_uri
        output_key = _output_key(self._keys.get(source, ""))
        if source in self._hits:
            self.reused += 1
            self._current = None
            if self.folder is not None and self.folder.unchanged(page.file.dest_uri, output_key):
                return ""  # its file is as the last build wrote it: MkDocs writes nothing
            written = _text(self.cache.get(output_key))
            if written is None:  # it was there when the page was read
                raise PrivdocsError(CACHE_CHANGED, folder=str(self.cache.folder), page=source)
            if self.folder is not None:
                self.folder.written(page.file.dest_uri, output_key)
            return written
        parts = self._rendered_parts.pop(source, None)
        if parts is not None and source in self._keys:
            search = self._search.pop(source, [])
            self.cache.put(output_key, output.encode("utf-8"))
            self.cache.put(self._keys[source], json.dumps(
                {**parts, "search": search}, ensure_ascii=False, default=str).encode("utf-8"))
        if self.folder is not None:
            self.folder.written(page.file.dest_uri, output_key)
        self.rendered += 1
        return output

    def on_post_build(self, config):
        """The language's folder holds what this build made, and nothing else."""
        if self.folder is not None and self._files is not None:
            # MkDocs' pages and assets, the theme's own pages (404.html, sitemap.xml and its
            # gzip copy) and Material's search index
            made = {file.dest_uri for file in self._files}
            made |= {*config.theme.static_templates, *config.extra_templates}
            made |= {"sitemap.xml.gz", "search/search_index.json"}
            self.folder.finish(made)
