"""The page formats of a document, made from its rendered Markdown: `html` (a page of its own),
`fragment` (to paste into a website) and `pdf` (tagged, for print and signing).

All three start from the same safe element tree (`body`), so they say exactly what the Markdown
says, and person-typed text reaches them only as text or a plain link.
"""

from __future__ import annotations

from ..profile.model import Profile
from ..render.version import Version

PAGE_FORMATS = ("html", "fragment", "pdf")


def render_format(profile: Profile, lang: str, fmt: str, markdown: str,
                  version: Version | None) -> bytes:
    """The document whose Markdown is `markdown` in `fmt` (one of `PAGE_FORMATS`)."""
    from .body import document_tree, title_of
    from .labels import labels

    tree = document_tree(markdown)
    words = labels(profile, lang, title_of(tree), version)
    if fmt == "pdf":
        from .pdf import pdf_document

        return pdf_document(tree, words)
    from .html_pages import html_fragment, html_page

    page = html_page(tree, words) if fmt == "html" else html_fragment(tree, words)
    return page.encode("utf-8")
