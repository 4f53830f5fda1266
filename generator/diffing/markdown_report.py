"""The diff as Markdown, to embed in a page of the site (MkDocs) or to read as it is.

No `#` heading: the page that embeds it has its own. `##` for the substantive changes and for
each document, `###` for each changed section. Deletions and insertions are inline `<del>` and
`<ins>`, which Python-Markdown and CommonMark both pass through with the Markdown inside them
still rendered.
"""

from __future__ import annotations

from ..render.markup import plain
from . import labels
from .context import visible
from .labels import gettext
from .marking import Marks, marked_body, marked_heading
from .model import SectionDiff, VersionDiff
from .wording import describe_in

TAGS = Marks(deleted=lambda text: f"<del>{text}</del>", inserted=lambda text: f"<ins>{text}</ins>")


def changes_markdown(diff: VersionDiff, lang: str) -> str:
    """The substantive changes: a count and one list item per change."""
    lines = ["## " + gettext(lang, labels.SUBSTANTIVE), ""]
    if not diff.changes:
        return "\n".join(lines + [gettext(lang, labels.NO_SUBSTANTIVE)])
    lines += [labels.counts(diff, lang) + " " + gettext(lang, labels.MATERIAL_MEANS), ""]
    for change in diff.changes:
        badge = labels.materiality(change.material, lang)
        badge = f"**{badge}**" if change.material else f"*{badge}*"
        lines.append(f"- {plain(describe_in(change, diff, lang))} ({badge}; `{change.path}`)")
    return "\n".join(lines)


def section_markdown(section: SectionDiff, lang: str, marks: Marks = TAGS,
                     level: int = 3) -> str:
    """One changed section: its heading (changes marked), whether it is new or removed, and
    its visible paragraphs."""
    heading = marked_heading(section, marks) or gettext(lang, labels.BEGINNING)
    parts = ["#" * level + " " + heading]
    status = labels.section_status(section, lang)
    if status:
        parts.append(f"*{status}*")
    body = marked_body(visible(section), marks)
    if body:
        parts.append(body)
    return "\n\n".join(parts)


def diff_to_markdown(diff: VersionDiff, lang: str,
                     languages: tuple[str, ...] | None = None, *, heading: bool = True,
                     substantive: bool = True) -> str:
    """The diff as Markdown with labels in `lang`, showing the documents in `languages`
    (default: `lang` alone when the diff has it, else every language of the diff).

    Without `heading`, the title and the effective dates are left out, for a page that shows
    them itself; without `substantive`, the list of substantive changes (with the profile's
    paths, for reviewers) is left out, for a page that tells readers itself."""
    chosen = chosen_languages(diff, lang, languages)
    blocks = []
    if heading:
        blocks.append(f"**{plain(labels.title(diff, lang))}**")
        dates = labels.effective_dates(diff, lang)
        if dates:
            blocks.append(" ".join(dates))
    shown = shown_documents(diff, chosen)
    if shown:
        blocks.append(gettext(lang, labels.LEGEND))
    if substantive:
        blocks.append(changes_markdown(diff, lang))
    if not shown:
        blocks.append("## " + gettext(lang, labels.TEXT_CHANGES))
        blocks.append(gettext(lang, labels.NO_TEXT_CHANGES))
    for document, document_lang in shown:
        blocks.append("## " + labels.document_heading(document, document_lang, lang))
        blocks.extend(section_markdown(section, lang)
                      for section in diff.sections_of(document, document_lang))
    return "\n\n".join(blocks) + "\n"


def chosen_languages(diff: VersionDiff, lang: str,
                     languages: tuple[str, ...] | None) -> tuple[str, ...]:
    if languages is not None:
        return tuple(code for code in diff.languages if code in languages)
    return (lang,) if lang in diff.languages else diff.languages


def shown_documents(diff: VersionDiff, languages: tuple[str, ...]) -> list[tuple[str, str]]:
    """(document, language) of every document with a changed section, in the diff's order."""
    return [(document, document_lang) for document in diff.documents
            for document_lang in languages if diff.sections_of(document, document_lang)]
