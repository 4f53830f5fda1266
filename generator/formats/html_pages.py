"""A document as one self-contained HTML page, and as a fragment to paste into a website.

The page: `lang`, a title, the organisation and the version (or "draft") above the document, its
own headings and tables with header cells, a print style sheet; inline style allowed by hash in
a strict Content-Security-Policy, no script, nothing loaded from anywhere.

The fragment: the same document without `html`, `head` or `body`, in one wrapper with the
document's `lang`. Every class and id carries the `privdocs-` prefix (and a link to a place in
the document follows its id), so the fragment neither takes the host site's styles by accident
nor clashes with its anchors; its small style sheet is scoped under the wrapper.

Both are written from the safe element tree of `body`: every text and attribute value escaped
here, nothing else passes.
"""

from __future__ import annotations

import html

from .body import VOID, Element
from .labels import Labels
from .styles import CONTENT_SECURITY_POLICY, FRAGMENT_STYLE, PAGE_STYLE, PREFIX, WRAPPER


def _attributes(element: Element, prefix: str) -> str:
    out = []
    for name, value in element.attrs.items():
        if prefix and name == "class":
            value = " ".join(prefix + word for word in value.split())
        elif prefix and name == "id":
            value = prefix + value
        elif prefix and name == "href" and value.startswith("#"):
            value = "#" + prefix + value[1:]
        out.append(f' {name}="{html.escape(value, quote=True)}"')
    return "".join(out)


def serialise(node: Element | str, prefix: str = "") -> str:
    """`node` as HTML; with `prefix`, classes, ids and links to ids prefixed."""
    if isinstance(node, str):
        return html.escape(node, quote=False)
    opening = f"<{node.tag}{_attributes(node, prefix)}>"
    if node.tag in VOID:
        return opening
    inner = "".join(serialise(child, prefix) for child in node.children)
    return f"{opening}{inner}</{node.tag}>"


def _body(tree: Element, prefix: str) -> str:
    return "".join(serialise(child, prefix) for child in tree.children).strip("\n")


def _meta(labels: Labels, prefix: str) -> list[str]:
    status = f"{prefix}status" + (f" {prefix}draft" if labels.draft else "")
    lines = [f'<p class="{status}">{html.escape(labels.status)}</p>']
    if labels.organisation:
        lines.insert(0, f'<p class="{prefix}organisation">{html.escape(labels.organisation)}</p>')
    return lines


def html_page(tree: Element, labels: Labels) -> str:
    """The complete page of the document `tree`."""
    title = labels.title
    out = ["<!DOCTYPE html>", f'<html lang="{html.escape(labels.lang)}">', "<head>",
           '<meta charset="utf-8">',
           f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
           '<meta name="referrer" content="no-referrer">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{html.escape(title)}</title>", f"<style>{PAGE_STYLE}</style>", "</head>",
           "<body>", '<header class="meta">', *_meta(labels, ""), "</header>", "<main>",
           _body(tree, ""), "</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def html_fragment(tree: Element, labels: Labels) -> str:
    """The document `tree` to paste into another page: one prefixed, scoped wrapper."""
    out = [f'<div class="{WRAPPER}" lang="{html.escape(labels.lang)}">',
           f"<style>{FRAGMENT_STYLE}</style>", f'<div class="{PREFIX}meta">',
           *_meta(labels, PREFIX), "</div>", _body(tree, PREFIX), "</div>"]
    return "\n".join(out) + "\n"
