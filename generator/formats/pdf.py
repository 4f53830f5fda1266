"""A document as a tagged, searchable PDF, typeset by Typst (the `typst` package: the Typst
compiler in a wheel, no system libraries).

Typst (0.14 and later) writes a tagged PDF, and checks PDF/UA-1 where asked: a structure tree of headings, paragraphs, lists,
tables and quotes, `/MarkInfo` marked, the document's language and title, with the running
header (organisation, version and the date it takes effect, or "draft") and footer (title,
page number) marked as artifacts. The text is text, so it can be searched and copied.

The document reaches Typst as JSON data read by a fixed template (`document.typ`), never as
Typst markup: a profile's text cannot be read as Typst code, whatever it holds. The bytes are
the same on every machine and every run: no creation date, an identifier derived from the
content, and only the fonts built into Typst (system fonts differ between machines).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .body import BLOCKS, Element
from .labels import Labels

TEMPLATE = Path(__file__).with_name("document.typ")
_WHITESPACE = re.compile(r"\s+")
# Elements whose text is shown as it is written (code) rather than as markup children.
_VERBATIM = frozenset({"code", "pre"})


def _data(node: Element | str) -> dict | str:
    if isinstance(node, str):
        return _WHITESPACE.sub(" ", node)
    data: dict = {"t": node.tag}
    if node.tag in _VERBATIM:
        data["text"] = node.text() if node.tag == "pre" else _WHITESPACE.sub(" ", node.text())
        return data
    if "href" in node.attrs and not node.attrs["href"].startswith("#"):
        data["href"] = node.attrs["href"]
    if node.tag == "ol" and node.attrs.get("start", "").isdigit():
        data["start"] = int(node.attrs["start"])
    data["c"] = _trimmed([_data(child) for child in node.children])
    return data


def _is_block(child: dict | str) -> bool:
    return isinstance(child, dict) and child["t"] in BLOCKS


def _trimmed(children: list) -> list:
    """Children without the HTML's line breaks around blocks (after an opening tag, before a
    nested list): in Typst a space there would be a line of its own."""
    out = []
    for index, child in enumerate(children):
        if isinstance(child, str):
            if index == 0 or _is_block(children[index - 1]):
                child = child.lstrip()
            if index == len(children) - 1 or _is_block(children[index + 1]):
                child = child.rstrip()
            if not child:
                continue
        out.append(child)
    return out


def _page_pieces(label: str) -> dict[str, str]:
    before, _, rest = label.partition("%(page)s")
    between, _, after = rest.partition("%(total)s")
    return {"before": before, "between": between, "after": after}


def typst_inputs(tree: Element, labels: Labels) -> dict[str, str]:
    """What the template reads: the labels and the document's tree, as JSON."""
    document = {"lang": labels.lang, "region": labels.region, "title": labels.title,
                "organisation": labels.organisation, "status": labels.status,
                "page": _page_pieces(labels.page), "body": _data(tree)}
    return {"document": json.dumps(document, ensure_ascii=False)}


def pdf_document(tree: Element, labels: Labels) -> bytes:
    """The PDF of the document `tree`: PDF/UA-1 where Typst can vouch for it (it checks what
    the standard asks of the content), else the same tagged PDF without that claim."""
    import typst

    options = {"ignore_system_fonts": True, "font_paths": [], "pdf_tags": True,
               "sys_inputs": typst_inputs(tree, labels)}
    source = TEMPLATE.read_bytes()
    try:
        return typst.compile(source, pdf_standards=["ua-1"], **options)
    except typst.TypstError:
        return typst.compile(source, **options)
