"""A document's Markdown as a tree of safe elements: the one source of the HTML page, the
fragment and the PDF.

The Markdown is converted by Python-Markdown with the site's extensions (privdocs' own MkDocs
configuration) and the site's last guard (`render.safe_html`), so a document reads the same here
as on the site. Two things are stricter than on the site, because a document's Markdown holds no
HTML of its own (person-typed text arrives with `<` escaped, see `render.markup`): raw HTML is
not recognised at all, so any that got there stays visible text; and the result is read back
into elements of an allowlist (headings, paragraphs, lists, tables, quotes, emphasis, code,
links) with an allowlist of attributes, so whatever Python-Markdown made, nothing else leaves
this module. A link keeps its target only when it is an `https`, `http` or `mailto` address or a
place in the document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser

import markdown
import yaml

from ..render.environment import TEMPLATES_DIR
from ..render.safe_html import SafeHtmlExtension, allowed_target

SITE_CONFIG = TEMPLATES_DIR / "site" / "mkdocs.yml"

BLOCKS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table", "thead",
                    "tbody", "tr", "th", "td", "blockquote", "pre", "hr", "div"})
INLINES = frozenset({"strong", "em", "code", "a", "br", "span", "del", "ins"})
VOID = frozenset({"br", "hr"})
# Elements HTML never closes: the tree builder must not wait for their end.
HTML_VOID = VOID | {"area", "base", "col", "embed", "img", "input", "link", "meta", "source",
                    "track", "wbr"}
# Elements whose content is never text for a reader: dropped with everything inside.
DROPPED = frozenset({"script", "style", "template", "noscript", "iframe", "object", "embed",
                     "svg", "math", "head", "title"})
ATTRIBUTES = {"a": frozenset({"href"}), "ol": frozenset({"start"}),
              "th": frozenset({"scope"}), "*": frozenset({"id", "class"})}
SAFE_SCHEMES = ("https:", "http:", "mailto:")


@dataclass
class Element:
    """One element of the document: a tag from the allowlist, its allowed attributes (in a
    fixed order) and its children, elements and text."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Element | str] = field(default_factory=list)

    def text(self) -> str:
        """The element's text, as a reader sees it."""
        return "".join(child if isinstance(child, str) else child.text()
                       for child in self.children)

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()


def _site_extensions() -> tuple[list[str], dict]:
    """The site's Markdown extensions and their options. Heading permalinks (the `¶` after each
    heading) are for browsing the site; a document to read, print or paste has none."""
    config = yaml.safe_load(SITE_CONFIG.read_text(encoding="utf-8"))
    names, options = [], {}
    for item in config["markdown_extensions"]:
        name, settings = next(iter(item.items())) if isinstance(item, dict) else (item, None)
        names.append(name)
        options[name] = dict(settings or {})
    options.setdefault("toc", {})["permalink"] = False
    return names, options


@lru_cache(maxsize=1)
def _extensions() -> tuple[list[str], dict]:
    return _site_extensions()


def converter() -> markdown.Markdown:
    """Python-Markdown as the site has it, with the site's last guard, without raw HTML and
    without images."""
    names, options = _extensions()
    md = markdown.Markdown(extensions=[*names, SafeHtmlExtension()], extension_configs=options,
                           output_format="html")
    # Raw HTML would be stashed and passed through untouched: without these it is text.
    for registry, name in ((md.preprocessors, "html_block"), (md.inlinePatterns, "html"),
                           (md.inlinePatterns, "image_link"),
                           (md.inlinePatterns, "image_reference"),
                           (md.inlinePatterns, "short_image_ref")):
        if name in registry:
            registry.deregister(name)
    return md


def _kept_target(href: str) -> bool:
    if href.startswith("#"):
        return True
    lowered = href.lower()
    return allowed_target(href) and lowered.startswith(SAFE_SCHEMES)


class _TreeBuilder(HTMLParser):
    """Python-Markdown's HTML read back into `Element`s of the allowlist: other elements give
    their children to their parent, dropped ones vanish with their content."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("div")
        self._stack: list[Element | None] = [self.root]
        self._dropping = 0

    def _parent(self) -> Element:
        return next(element for element in reversed(self._stack) if element is not None)

    def handle_starttag(self, tag, attrs):
        if self._dropping or tag in DROPPED:
            self._dropping += tag not in HTML_VOID
            return
        if tag not in BLOCKS and tag not in INLINES:
            if tag not in HTML_VOID:
                self._stack.append(None)
            return
        allowed = ATTRIBUTES.get(tag, frozenset()) | ATTRIBUTES["*"]
        kept = {name: value or "" for name, value in sorted(attrs) if name in allowed}
        if "href" in kept and not _kept_target(kept["href"]):
            del kept["href"]
        element = Element(tag, kept)
        self._parent().children.append(element)
        if tag not in VOID:
            self._stack.append(element)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in HTML_VOID:
            return
        if self._dropping:
            self._dropping -= 1
            return
        if len(self._stack) > 1:
            self._stack.pop()

    def handle_data(self, data):
        if not self._dropping and data:
            self._parent().children.append(data)


def document_tree(source: str) -> Element:
    """The Markdown `source` of a document as a `div` of safe elements."""
    html = converter().convert(source)
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    root = builder.root
    # A header cell names its column: screen readers announce it with every cell below.
    for head in [element for element in root.iter() if element.tag == "thead"]:
        for cell in head.iter():
            if cell.tag == "th":
                cell.attrs["scope"] = "col"
    return root


def title_of(tree: Element) -> str:
    """The document's title: the text of its first top-level heading."""
    heading = next((element for element in tree.iter() if element.tag == "h1"), None)
    return " ".join(heading.text().split()) if heading is not None else ""
