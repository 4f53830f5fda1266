"""Drafts: the current profiles rendered as they would be published, for the preview.

`privdocs serve --drafts` (and `build --drafts`) shows them next to what is published, each
clearly marked as a draft. A draft marks what the profile still lacks instead of failing.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..check.checking import CheckedProfile
from ..render import DOCUMENTS, profile_languages, render_document
from .archive import organisation_name


@dataclass(frozen=True)
class Draft:
    org: str
    name: str
    documents: dict[tuple[str, str], str]  # (language, document) -> Markdown

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted({lang for lang, _document in self.documents}))


def render_draft(checked: CheckedProfile) -> Draft:
    profile = checked.profile
    documents = {(lang, document): render_document(profile, lang, document, None, draft=True)
                 for lang in profile_languages(profile) for document in DOCUMENTS}
    return Draft(checked.id, organisation_name(profile, checked.id), documents)


def render_drafts(checked: list[CheckedProfile]) -> dict[str, Draft]:
    """The drafts of every profile that could be read, by organisation id."""
    return {result.id: render_draft(result) for result in checked if result.profile is not None}
