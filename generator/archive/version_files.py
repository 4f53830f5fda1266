"""The files of a published version: every document of the profile in every format it comes
in, in every language, under the name it keeps for good.

    <lang>/statement.md, .html, .fragment.html, .pdf, .jsonld   the privacy statement
    <lang>/statement.<audience>.<ext>                            the statement for one audience
    <lang>/regulation.<ext>, register.<ext>                      the regulation, the register
    <lang>/cookies.<ext>                                         only when there are cookies
    <lang>/notice.<purpose>.<ext>                                the notice of each purpose

Markdown files start with front matter (organisation, version, language, document, effective
date, and the audience or purpose of a variant); the other formats are made from the same
Markdown or the same profile by `render.outputs.render_output`, the one dispatch `render` uses.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Callable, Iterator

import yaml

from ..documents import ALL_DOCUMENTS, FORMATS_OF, file_name
from ..profile.model import Audience, Profile
from ..render import profile_languages
from ..render.outputs import Selection, render_output
from ..render.version import HistoryEntry, Version
from .manifest import SNAPSHOT, Manifest, VersionRecord

Render = Callable[..., bytes]  # the signature of render_output


@dataclass(frozen=True)
class VersionFile:
    name: str  # inside the version folder, e.g. "nl/notice.newsletter.md"
    lang: str
    document: str
    fmt: str
    selection: Selection
    variant: str | None  # the audience or purpose in the file name


def front_matter(org: str, version: str, lang: str, document: str,
                 effective: datetime.date, selection: Selection = Selection()) -> str:
    data = {"organisation": org, "version": version, "language": lang, "document": document,
            "effective": effective.isoformat()}
    if selection.audience is not None:
        data["audience"] = selection.audience
    if selection.purpose is not None:
        data["purpose"] = selection.purpose
    return "---\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True) + "---\n\n"


def _selections(profile: Profile, document: str) -> Iterator[tuple[Selection, str | None]]:
    """The variants of `document` this profile has: one, none, or one per audience or
    purpose."""
    if document == "notice":
        for purpose in profile.purpose_list:
            if isinstance(purpose.id, str):
                yield Selection(purpose=purpose.id), purpose.id
        return
    if document == "cookies" and not profile.cookies:
        return
    yield Selection(), None
    if document == "statement":
        for audience in profile.audiences or ():
            if isinstance(audience, Audience) and isinstance(audience.id, str):
                yield Selection(audience=audience.id), audience.id


def planned_files(profile: Profile, languages: list[str]) -> list[VersionFile]:
    """Every file a version of `profile` holds besides the snapshot and the seal."""
    return [VersionFile(f"{lang}/{file_name(document, fmt, variant)}", lang, document, fmt,
                        selection, variant)
            for lang in languages for document in ALL_DOCUMENTS
            for selection, variant in _selections(profile, document)
            for fmt in FORMATS_OF[document]]


def render_files(profile: Profile, org: str, version: Version, languages: list[str],
                 render: Render, only: set[str] | None = None) -> dict[str, bytes]:
    """The planned files rendered with `render` (those named in `only`, when given)."""
    files = {}
    markdown: dict[tuple, str] = {}  # each document's Markdown, rendered once for its formats
    for planned in planned_files(profile, languages):
        if only is not None and planned.name not in only:
            continue
        key = (planned.lang, planned.document, planned.selection)
        if key not in markdown:
            markdown[key] = render(profile, planned.lang, planned.document, "markdown", version,
                                   selection=planned.selection).decode("utf-8")
        data = render(profile, planned.lang, planned.document, planned.fmt, version,
                      selection=planned.selection, markdown=markdown[key])
        if planned.fmt == "markdown":
            data = front_matter(org, version.number, planned.lang, planned.document,
                                version.effective, planned.selection).encode("utf-8") + data
        files[planned.name] = data
    return files


def history(records: list[VersionRecord]) -> tuple[HistoryEntry, ...]:
    """The regulation's version table for a version whose predecessors and itself are
    `records`."""
    return tuple(HistoryEntry(record.version, record.status, record.effective, record.author,
                              tuple(sorted(record.summary.items())))
                 for record in sorted(records, key=lambda record: record.key))


def rerender(manifest: Manifest, record: VersionRecord, profile,
             only: set[str] | None = None) -> dict[str, bytes]:
    """What today's generator writes for `record` from `profile` (its snapshot), with the
    version table as it stood when the version was published (only the files named in
    `only`, when given: a version published before every format was stored has Markdown
    alone)."""
    earlier = [other for other in manifest.versions if other.key <= record.key]
    version = Version(record.version, record.effective, history(earlier))
    files = render_files(profile, manifest.organisation, version, profile_languages(profile),
                         render_output, only)
    files[SNAPSHOT] = (manifest.directory / record.version / SNAPSHOT).read_bytes()
    return files
