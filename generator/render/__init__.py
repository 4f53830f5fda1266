"""Rendering: a checked profile becomes the privacy statement and the privacy regulation, in
Markdown, in each of its languages.

`render_document` is a pure function: no clock, no randomness, no reliance on dict order. The
same profile and version give the same bytes.
"""

from __future__ import annotations

import re

from jinja2 import Template

from ..documents import ALL_DOCUMENTS, DOCUMENTS
from ..formatting import locale_for
from ..profile.model import Profile
from .audiences import for_audience, for_purpose
from .environment import environment, register
from .gaps import Gap, Gaps, IncompleteProfile
from .notice import add_selection
from .register import FORMAL
from .values import Reader
from .version import HistoryEntry, Version
from .view import DocumentView, document_view

LANGUAGES = ("nl", "en")

__all__ = ["DOCUMENTS", "LANGUAGES", "Gap", "HistoryEntry", "IncompleteProfile", "Version",
           "prepare_document", "profile_languages", "render_document"]

_BLANK_LINES = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


def render_document(profile: Profile, lang: str, document: str, version: Version | None = None,
                    draft: bool = False, *, purpose: str | None = None,
                    audience: str | None = None, site_url: str | None = None) -> str:
    """The document (one of `ALL_DOCUMENTS`) of `profile` in `lang`, as Markdown.

    `version` is the published version the document belongs to; None means unpublished, and
    the document says it is a draft. With `draft`, what the profile lacks is marked in the
    text; without it a lacking value raises `IncompleteProfile`. `purpose` chooses the purpose
    of a notice; `audience` limits a statement to the purposes that concern that audience.
    `site_url`, the address the site is published at, gives a notice and an audience's
    statement their link to the full statement.
    """
    template, view = prepare_document(profile, lang, document, version, draft,
                                      purpose=purpose, audience=audience, site_url=site_url)
    return _tidy(template.render(doc=view))


def prepare_document(profile: Profile, lang: str, document: str,
                     version: Version | None = None, draft: bool = False, *,
                     purpose: str | None = None, audience: str | None = None,
                     site_url: str | None = None) -> tuple[Template, DocumentView]:
    """The compiled template of `document` and the view of `profile` it is rendered with."""
    if document not in ALL_DOCUMENTS:
        raise ValueError(f"document must be one of {', '.join(ALL_DOCUMENTS)}: {document!r}")
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}: {lang!r}")
    formal = profile.address_form == FORMAL
    catalog = register(lang, formal)
    gaps = Gaps(catalog.gettext, draft)
    reader = Reader(lang, locale_for(lang, profile.jurisdiction), catalog.gettext, gaps)
    if document == "notice" and purpose is None:
        raise ValueError("a notice is written for one purpose: give its id")
    selected = profile
    if purpose is not None:
        selected = for_purpose(selected, purpose)
    if audience is not None:
        selected = for_audience(selected, audience)
    view = add_selection(document_view(selected, reader, version), reader, profile,
                         notice=document == "notice", audience=audience, site_url=site_url,
                         version=version)
    return environment(lang, formal).get_template(f"{document}.md.j2"), view


def profile_languages(profile: Profile) -> list[str]:
    """The languages the profile is written in, first (authoritative) first."""
    languages = profile.languages if isinstance(profile.languages, list) else []
    return [lang for lang in languages if lang in LANGUAGES]


def _tidy(text: str) -> str:
    """One blank line between blocks, no trailing spaces, one final newline: templates can
    then be laid out for the reader of the template."""
    text = _TRAILING_SPACE.sub("\n", text)
    return _BLANK_LINES.sub("\n\n", text).strip("\n") + "\n"
