"""The last guard where Markdown becomes HTML (the site's pages, the HTML diff): the elements
Python-Markdown makes from Markdown carry no event handler, no style, no image and no link to
anything but a web address, an e-mail address or a place in the site, whatever the source says.

Texts are made safe long before (`generator.profile.safe_text`, `render.markup`); this guard is
for what did not pass through them, such as a version published before they existed. It works on the
element tree after the tree processors that make elements and attributes (inline patterns,
attr_list, toc) and before MkDocs resolves links (`relpath`, whose urllib raises on a host such
as `[x]` and would stop the build). Raw HTML in the source is not in that tree (Python-
Markdown stashes it, and the site's own templates need it): that is the checker's to refuse and
the renderer's to escape.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from urllib.parse import urlsplit

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from ..profile.safe_text import SCHEMES

URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "data",
                            "poster", "srcset", "background", "ping", "cite"})
_NEVER = frozenset({"style", "srcdoc"})
# After inline (20), attr_list (8) and toc (5); before MkDocs' relpath and unescape (0).
_PRIORITY = 2
# Python-Markdown holds a backslash-escaped character as STX, its code point, ETX until
# "unescape" runs.
_ESCAPED = re.compile("\x02(\\d+)\x03")


def allowed_target(url: str) -> bool:
    """A relative address, or one whose scheme is https, http or mailto, as a browser reads it
    (it drops control characters and spaces, and decodes entities in an attribute)."""
    unescaped = _ESCAPED.sub(lambda match: chr(int(match.group(1))), url)
    cleaned = "".join(char for char in html.unescape(unescaped) if ord(char) > 0x20).lower()
    try:
        urlsplit(unescaped)
    except ValueError:
        return False
    before, colon, _rest = cleaned.partition(":")
    if not colon or any(char in before for char in "/?#"):
        return True
    return any(cleaned.startswith(scheme) for scheme in SCHEMES)


class _Guard(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.tag == "img":  # an image from elsewhere is a tracker: its text stays
                alt = element.get("alt", "")
                element.attrib.clear()
                element.tag = "span"
                element.text = alt
                continue
            for name in list(element.attrib):
                lowered = name.lower()
                if lowered.startswith("on") or lowered in _NEVER \
                        or lowered in URL_ATTRIBUTES and not allowed_target(element.get(name)):
                    del element.attrib[name]


class SafeHtmlExtension(Extension):
    """Registers the guard; add it last to a Markdown instance (MkDocs: its extension list)."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 -- Python-Markdown's name
        md.treeprocessors.register(_Guard(md), "privdocs-safe-html", _PRIORITY)
