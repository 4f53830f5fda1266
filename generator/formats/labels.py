"""What every page format says about the document besides its text: the organisation, the
title, and the version with the date it takes effect, or that it is a draft.

The wording is document wording (domain `statement`), in the document's language and the
profile's address form; a date is written out in the document's locale.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..formatting import format_date, locale_for
from ..profile.model import Profile
from ..render.environment import register
from ..render.gaps import statement_msgid
from ..render.register import FORMAL
from ..render.version import Version

VERSION = statement_msgid("Version %(number)s, in effect from %(date)s.")
DRAFT = statement_msgid("Draft, not published")
PAGE = statement_msgid("Page %(page)s of %(total)s")


@dataclass(frozen=True)
class Labels:
    """The words around a document, ready to show."""

    lang: str
    locale: str  # nl_NL, nl_BE, en_GB: the region counts for hyphenation and quotes in a PDF
    organisation: str
    title: str
    status: str
    draft: bool
    page: str  # with `%(page)s` and `%(total)s` still in it

    @property
    def region(self) -> str:
        return self.locale.partition("_")[2]


def labels(profile: Profile, lang: str, title: str, version: Version | None) -> Labels:
    """The labels of a document of `profile` in `lang` whose title is `title`."""
    locale = locale_for(lang, profile.jurisdiction)
    gettext = register(lang, profile.address_form == FORMAL).gettext
    if version is None:
        status = gettext(DRAFT)
    else:
        status = gettext(VERSION) % {"number": version.number,
                                     "date": format_date(version.effective, locale)}
    name = getattr(profile.controller, "name", None)
    organisation = name if isinstance(name, str) else ""
    # A page and a PDF need a title; a document without a heading is called after its author.
    return Labels(lang=lang, locale=locale, organisation=organisation,
                  title=title or organisation, status=status, draft=version is None,
                  page=gettext(PAGE))
