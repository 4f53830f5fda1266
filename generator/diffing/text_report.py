"""The diff for a terminal: the substantive changes, then the redline of each changed section.

In colour (a terminal, NO_COLOR unset) deletions are red and struck through and insertions
green and underlined; without colour they are written `[-deleted-]` and `{+inserted+}`.
"""

from __future__ import annotations

from . import labels
from .context import visible
from .labels import gettext
from .marking import Marks, marked_body, marked_heading
from .model import VersionDiff
from .wording import describe_in

RESET = "\x1b[0m"
COLOURS = Marks(deleted=lambda text: f"\x1b[9;31m{text}{RESET}",
                inserted=lambda text: f"\x1b[4;32m{text}{RESET}")
MARKERS = Marks(deleted=lambda text: f"[-{text}-]", inserted=lambda text: f"{{+{text}+}}")


def _changes(diff: VersionDiff, lang: str) -> list[str]:
    lines = [gettext(lang, labels.SUBSTANTIVE)]
    if not diff.changes:
        return lines + [gettext(lang, labels.NO_SUBSTANTIVE)]
    lines.append(labels.counts(diff, lang) + " " + gettext(lang, labels.MATERIAL_MEANS))
    tags = [f"[{labels.materiality(change.material, lang)}]" for change in diff.changes]
    tag_width = max(len(tag) for tag in tags)
    path_width = max(len(change.path) for change in diff.changes)
    for tag, change in zip(tags, diff.changes, strict=True):
        lines.append(f"  {tag.ljust(tag_width)}  {change.path.ljust(path_width)}  "
                     f"{describe_in(change, diff, lang)}")
    return lines


def _sections(diff: VersionDiff, lang: str, marks: Marks) -> list[str]:
    lines = [gettext(lang, labels.TEXT_CHANGES)]
    if not diff.sections:
        return lines + [gettext(lang, labels.NO_TEXT_CHANGES)]
    lines.append(gettext(lang, labels.LEGEND))
    for document in diff.documents:
        for document_lang in diff.languages:
            sections = diff.sections_of(document, document_lang)
            if not sections:
                continue
            lines += ["", "=== " + labels.document_heading(document, document_lang, lang)
                      + " ==="]
            for section in sections:
                heading = marked_heading(section, marks) or gettext(lang, labels.BEGINNING)
                status = labels.section_status(section, lang)
                lines += ["", "--- " + heading + (f" ({status})" if status else ""), ""]
                lines += marked_body(visible(section), marks).split("\n")
    return lines


def diff_to_text(diff: VersionDiff, lang: str, colour: bool = False) -> str:
    """The diff as plain text for a terminal, labels in `lang`."""
    marks = COLOURS if colour else MARKERS
    lines = [labels.title(diff, lang), *labels.effective_dates(diff, lang), ""]
    lines += _changes(diff, lang)
    lines.append("")
    lines += _sections(diff, lang, marks)
    return "\n".join(lines) + "\n"
