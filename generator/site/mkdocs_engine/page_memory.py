"""What MkDocs holds of each page while it builds a language, kept small (issue 14).

MkDocs 1.6 builds in two passes (`mkdocs.commands.build`): it reads and converts every page
(its Markdown, its HTML, its table of contents) before it writes any. Between the two passes
it holds every page's HTML, Markdown and table of contents at once, so a language's build
grew by about 140 KiB of memory a page: 1.7 GiB for a federation of 1,000 organisations.

This plugin, the last to see a page's HTML and the first to see it again, keeps those three
compressed between the passes and gives them back to the page just before MkDocs writes it;
once the page is written, it lets them go. Only the page being written is whole in memory.
What the other pages still read of a written page stays: its title (from its front matter,
its first heading or its file name; never from the HTML or the Markdown once converted), its
URL and front matter, and the anchors that MkDocs checks links against after the last page.

The page cache (`page_cache`) empties the HTML of a page it reuses before this plugin sees
it: such a page is held as an empty text, and its stored output is what gets written.
"""

from __future__ import annotations

import pickle
import zlib

from mkdocs.plugins import BasePlugin, event_priority

# Below and above every other plugin's event (MkDocs' own advice is -100 "last", 100 "first"):
# the HTML is held once every plugin has changed it, and whole again before any reads it.
LAST = -1000
FIRST = 1000
_LEVEL = 1  # fastest: a page's HTML still shrinks to about a fifth


def _pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), _LEVEL)


def _unpack(packed: bytes) -> str:
    return zlib.decompress(packed).decode("utf-8")


class PageMemoryPlugin(BasePlugin):
    def __init__(self) -> None:
        super().__init__()
        self._held: dict[str, tuple[bytes, bytes, bytes]] = {}  # source -> its parts, packed

    @event_priority(LAST)
    def on_page_content(self, html, page, config, files):
        self._held[page.file.src_uri] = (
            _pack(html), _pack(page.markdown),
            zlib.compress(pickle.dumps(page.toc, pickle.HIGHEST_PROTOCOL), _LEVEL))
        page.markdown = ""  # not None: MkDocs reads a title only from a page with Markdown
        page.toc = []  # as MkDocs starts a page
        return ""  # not None: MkDocs would take a page without HTML for one not yet converted

    @event_priority(FIRST)
    def on_page_context(self, context, page, config, nav):
        held = self._held.pop(page.file.src_uri, None)
        if held is not None:
            html, markdown, toc = held
            page.content, page.markdown = _unpack(html), _unpack(markdown)
            page.toc = pickle.loads(zlib.decompress(toc))
        return context

    @event_priority(LAST)
    def on_post_page(self, output, page, config):
        """The page is written: nothing reads its HTML, Markdown or table of contents again."""
        page.content, page.markdown, page.toc = "", "", []
        return output
