"""The pages about organisations, in one language: the home page listing them, and per
organisation its overview (what is in force, the archive, the translations), the documents in
force at their stable address, every version's documents at their permanent address, the
changes between consecutive versions and, on request, the drafts.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from ..commands.show import body as without_front_matter
from . import urls
from .archive import Organisation, PublishedVersion
from .drafts import Draft
from .pages import Page, heading_text, split_heading
from .templates import environment, render
from .translations import TranslationState

DOCUMENTS = urls.DOCUMENT_PAGES

# (organisation, from version, to version, language) -> the changes as embeddable Markdown
ChangesWriter = Callable[[Organisation, PublishedVersion, PublishedVersion, str], str]


@dataclass(frozen=True)
class SiteContent:
    """Everything the organisation pages are made from."""

    templates: Path
    organisations: list[Organisation]
    translations: dict[str, TranslationState | None]
    today: datetime.date
    changes: ChangesWriter
    reader_changes: Callable[..., list]
    drafts: dict[str, Draft] = field(default_factory=dict)
    docs: bool = False  # privdocs' documentation and the translation bookkeeping are shown


def _wording(content: SiteContent, lang: str):
    return environment(content.templates, lang).get_template("wording.md.j2").module


def home_page(content: SiteContent, lang: str, site_name: str) -> Page:
    here = urls.home()
    body = render(content.templates, lang, "home.md.j2", here=here, site_name=site_name,
                  organisations=content.organisations, translations=content.translations,
                  today=content.today, docs=content.docs, bookkeeping=content.docs)
    return Page(here, site_name, body)


def _document_page(content: SiteContent, lang: str, org: Organisation,
                   entry: PublishedVersion, document: str, page: str) -> Page:
    published = entry.document_path(lang, document).read_text(encoding="utf-8")
    heading, rest = split_heading(without_front_matter(published))
    title = heading_text(heading)
    if page == "current":
        here = urls.current(org.id, document)
    else:
        here = urls.version(org.id, entry.number, document)
        title = str(_wording(content, lang).version_title(title, entry.number)).strip()
    body = render(content.templates, lang, "document.md.j2", here=here, heading=heading,
                  body=rest, org=org, entry=entry, document=document, page=page)
    description = str(_wording(content, lang).document_description(
        heading_text(heading), entry.number, entry.record.effective,
        page == "current")).strip()
    return Page(here, title, body, searchable=page == "current", org=org.id,
                description=description)


def _current_pages(content: SiteContent, lang: str, org: Organisation) -> Iterator[Page]:
    for document in DOCUMENTS:
        if org.in_force is not None:
            if org.in_force.has_document(lang, document):
                yield _document_page(content, lang, org, org.in_force, document, "current")
        else:
            here = urls.current(org.id, document)
            body = render(content.templates, lang, "no_version.md.j2", here=here, org=org,
                          document=document)
            yield Page(here, heading_text(split_heading(body)[0]), body, org=org.id)


def _changes_page(content: SiteContent, lang: str, org: Organisation,
                  entry: PublishedVersion) -> Page:
    previous = org.version(entry.previous)
    here = urls.changes(org.id, entry.number)
    body = render(content.templates, lang, "changes.md.j2", here=here, org=org, entry=entry,
                  previous=previous, diff=content.changes(org, previous, entry, lang),
                  changes=content.reader_changes(org, previous, entry, lang))
    return Page(here, heading_text(split_heading(body)[0]), body, searchable=False,
                org=org.id)


def _draft_pages(content: SiteContent, lang: str, org_id: str, name: str,
                 in_force: str | None) -> Iterator[Page]:
    draft = content.drafts[org_id]
    for document in DOCUMENTS:
        if (lang, document) not in draft.documents:
            continue  # reported as a page missing in this language
        here = urls.draft(org_id, document)
        heading, rest = split_heading(draft.documents[(lang, document)])
        title = str(_wording(content, lang).draft_title(heading_text(heading))).strip()
        body = render(content.templates, lang, "draft.md.j2", here=here, heading=heading,
                      body=rest, org_id=org_id, org_name=name, in_force=in_force,
                      document=document)
        yield Page(here, title, body, searchable=False, org=org_id)


def elsewhere_page(content: SiteContent, lang: str, org: Organisation) -> Page:
    """The organisation on the site of a language it does not publish in."""
    here = urls.organisation(org.id)
    body = render(content.templates, lang, "elsewhere.md.j2", here=here, org=org,
                  documents=DOCUMENTS)
    return Page(here, org.name, body, searchable=False, org=org.id, stand_in=True)


def organisation_pages(content: SiteContent, lang: str, org: Organisation) -> Iterator[Page]:
    if lang not in org.languages:
        yield elsewhere_page(content, lang, org)
        return
    here = urls.organisation(org.id)
    body = render(content.templates, lang, "organisation.md.j2", here=here, org=org,
                  documents=DOCUMENTS, today=content.today, drafts=org.id in content.drafts,
                  translation=content.translations.get(org.id) if content.docs else None,
                  bookkeeping=content.docs)
    yield Page(here, org.name, body, org=org.id)
    yield from _current_pages(content, lang, org)
    for entry in org.versions:
        for document in DOCUMENTS:
            if entry.has_document(lang, document):  # else reported as missing in `lang`
                yield _document_page(content, lang, org, entry, document, "version")
        if entry.previous is not None:
            yield _changes_page(content, lang, org, entry)
    if org.id in content.drafts:
        in_force = org.in_force.number if org.in_force else None
        yield from _draft_pages(content, lang, org.id, org.name, in_force)

