"""One document of a profile in one format, as bytes: the single way `render` and `publish`
turn a profile into files.

Markdown is the source of every page format: `html`, `fragment` and `pdf` are made from the
rendered Markdown, so they can never say something else. `csv` (the tables of the register and
the cookie statement), `jsonld` (the statement's W3C DPV twin) and `text` (the notice for an
e-mail footer) are written from the profile by their own modules.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..documents import FORMATS_OF
from ..profile.model import Profile
from .version import Version


@dataclass(frozen=True, slots=True)
class Selection:
    """What part of the profile a document covers: one purpose (a notice), one audience (a
    statement for those readers), or everything."""

    purpose: str | None = None
    audience: str | None = None


def render_output(profile: Profile, lang: str, document: str, fmt: str = "markdown",
                  version: Version | None = None, draft: bool = False,
                  selection: Selection = Selection(), *, site_url: str | None = None,
                  markdown: str | None = None) -> bytes:
    """`document` of `profile` in `lang` and `fmt`. Pure: the same arguments give the same
    bytes. `site_url` (the address the site is published at) gives a notice and an audience's
    statement a link to the full statement; without it they say where to ask for it.
    `markdown` is the document's Markdown when the caller rendered it already for the same
    arguments (publish renders each document once for all its formats)."""
    if fmt not in FORMATS_OF.get(document, ()):
        raise ValueError(f"{document} has no {fmt} format")
    if fmt == "jsonld":  # written from the profile: no Markdown needed
        from ..dpv import statement_jsonld

        return statement_jsonld(profile, lang, version, selection.audience)
    if markdown is None:
        from . import render_document

        markdown = render_document(profile, lang, document, version, draft,
                                   purpose=selection.purpose, audience=selection.audience,
                                   site_url=site_url)
    if fmt == "markdown":
        return markdown.encode("utf-8")
    if fmt == "csv":
        from .csv_tables import csv_of

        return csv_of(document, markdown)
    if fmt == "text":
        from .plain_text import plain_text

        return plain_text(markdown).encode("utf-8")
    from ..formats import render_format  # html, fragment, pdf

    return render_format(profile, lang, fmt, markdown, version)
