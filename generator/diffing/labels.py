"""The words around a diff (titles, headings, legends), shared by its text, Markdown and HTML
forms, in the reader's language."""

from __future__ import annotations

from functools import cache

from babel import Locale

from ..catalogs import N_, Nn_, translator
from ..formatting import format_date, locale_for
from .model import SectionDiff, VersionDiff

TITLE = N_("Changes in {organisation}: version {before} -> version {after}")
TITLE_DRAFT = N_("Changes in {organisation}: version {before} -> the unpublished draft")
EFFECTIVE = N_("Version {version}: in effect from {date}.")
SUBSTANTIVE = N_("Substantive changes")
NO_SUBSTANTIVE = N_("No substantive changes.")
COUNTS = Nn_("{count} change, {material} of them material.",
             "{count} changes, {material} of them material.")
MATERIAL = N_("material")
NOT_MATERIAL = N_("not material")
MATERIAL_MEANS = N_("A material change must be announced to the people concerned before it "
                    "takes effect.")
TEXT_CHANGES = N_("Changes in the text")
NO_TEXT_CHANGES = N_("The text of the documents is the same.")
LEGEND = N_("Only the sections that changed are shown, with a little of the text around the "
            "changes; an ellipsis (…) stands for text left out. Deleted text is struck "
            "through, inserted text is underlined.")
DOCUMENTS = {"statement": N_("Privacy statement"), "regulation": N_("Privacy regulation")}
DOCUMENT_HEADING = N_("{document} ({language})")
SECTION_ADDED = N_("New section")
SECTION_REMOVED = N_("Section removed")
BEGINNING = N_("Before the first heading")
DELETED = N_("deleted:")
INSERTED = N_("inserted:")
ELLIPSIS = "…"


def gettext(lang: str, msgid: str, **args: object) -> str:
    return translator(lang).format(msgid, **args) if args else translator(lang).gettext(msgid)


@cache
def language_name(code: str, lang: str) -> str:
    """The name of language `code` in language `lang`: "Engels", "Dutch"."""
    return Locale.parse(lang).languages.get(code, code)


def title(diff: VersionDiff, lang: str) -> str:
    if diff.is_draft:
        return gettext(lang, TITLE_DRAFT, organisation=diff.organisation,
                       before=diff.from_version)
    return gettext(lang, TITLE, organisation=diff.organisation, before=diff.from_version,
                   after=diff.to_version)


def effective_dates(diff: VersionDiff, lang: str) -> list[str]:
    """When the compared versions take effect, one sentence each."""
    locale = locale_for(lang, diff.new_profile.jurisdiction)
    lines = []
    sides = [(diff.from_version, diff.from_effective), (diff.to_version, diff.to_effective)]
    for version, day in dict(sides).items():  # once when a version is compared with itself
        if day is not None:
            lines.append(gettext(lang, EFFECTIVE, version=version,
                                 date=format_date(day, locale)))
    return lines


def counts(diff: VersionDiff, lang: str) -> str:
    count = len(diff.changes)
    return translator(lang).ngettext(*COUNTS, count).format(count=count,
                                                           material=len(diff.material))


def materiality(material: bool, lang: str) -> str:
    return gettext(lang, MATERIAL if material else NOT_MATERIAL)


def document_heading(document: str, document_lang: str, lang: str) -> str:
    return gettext(lang, DOCUMENT_HEADING, document=gettext(lang, DOCUMENTS[document]),
                   language=language_name(document_lang, lang))


def section_status(section: SectionDiff, lang: str) -> str | None:
    if section.status == "added":
        return gettext(lang, SECTION_ADDED)
    if section.status == "removed":
        return gettext(lang, SECTION_REMOVED)
    return None
