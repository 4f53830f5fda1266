"""The diff as one self-contained HTML page, to read, print or save as PDF from a browser.

Everything is inline: the style sheet (with print rules), no scripts, no fonts, no images, so
the page makes no request of its own. Each changed section's Markdown is converted with
Python-Markdown (the engine of the site); raw HTML other than our own marks is escaped and
images are not rendered. Deletions and insertions carry a visually hidden "deleted:" and
"inserted:" for screen readers, in the language of the text around them.
"""

from __future__ import annotations

import html
import re

import markdown

from ..render.safe_html import SafeHtmlExtension
from . import labels
from .labels import gettext
from .markdown_report import chosen_languages, section_markdown, shown_documents
from .marking import Marks
from .model import VersionDiff
from .wording import describe_in

HIDDEN = '<span class="visually-hidden">{label} </span>'
OUR_TAGS = ("<del>", "</del>", "<ins>", "</ins>", '<span class="visually-hidden">', "</span>")
_ANGLE = re.compile(r"<(?!(?:https?://|mailto:)[^<>\s]+>|[^<>\s@]+@[^<>\s@]+>)")
STYLE = """
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 48rem; padding: 1.5rem; background: #ffffff; color: #1b1b1b;
       font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
h1 { font-size: 1.6rem; line-height: 1.25; }
h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 2px solid #1b1b1b; }
h3 { font-size: 1.1rem; margin-top: 2rem; }
a { color: #0b4f8a; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
del { color: #8f1414; background: #fdecec; text-decoration: line-through 2px; }
ins { color: #0b5227; background: #e4f4e9; text-decoration: underline 2px; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #6b6b6b; padding: .3rem .5rem; text-align: left; vertical-align: top; }
.changes li { margin: .4rem 0; }
.material { font-weight: bold; color: #8f1414; }
.status { font-style: italic; }
.legend { border-left: 4px solid #6b6b6b; padding-left: .75rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
                   overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%);
                   white-space: nowrap; border: 0; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2, h3 { break-after: avoid; break-inside: avoid; }
  tr, li { break-inside: avoid; }
  del, ins, .material { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; }
}
"""


def _marks(lang: str) -> Marks:
    deleted = HIDDEN.format(label=html.escape(gettext(lang, labels.DELETED)))
    inserted = HIDDEN.format(label=html.escape(gettext(lang, labels.INSERTED)))
    return Marks(deleted=lambda text: f"<del>{deleted}{text}</del>",
                 inserted=lambda text: f"<ins>{inserted}{text}</ins>")


def _escape_raw_html(source: str) -> str:
    """Markdown with every `<` escaped but those of our marks and of autolinks."""
    pieces = re.split("(" + "|".join(re.escape(tag) for tag in OUR_TAGS) + ")", source)
    return "".join(piece if piece in OUR_TAGS else _ANGLE.sub("&lt;", piece)
                   for piece in pieces)


def _converter() -> markdown.Markdown:
    converter = markdown.Markdown(extensions=["tables", SafeHtmlExtension()],
                                  output_format="xhtml")
    for pattern in ("image_link", "image_reference", "short_image_ref"):
        if pattern in converter.inlinePatterns:
            converter.inlinePatterns.deregister(pattern)
    return converter


def _changes(diff: VersionDiff, lang: str) -> list[str]:
    out = [f"<h2>{html.escape(gettext(lang, labels.SUBSTANTIVE))}</h2>"]
    if not diff.changes:
        return out + [f"<p>{html.escape(gettext(lang, labels.NO_SUBSTANTIVE))}</p>"]
    out.append(f"<p>{html.escape(labels.counts(diff, lang))} "
               f"{html.escape(gettext(lang, labels.MATERIAL_MEANS))}</p>")
    out.append('<ul class="changes">')
    for change in diff.changes:
        badge = html.escape(labels.materiality(change.material, lang))
        badge = (f'<strong class="material">{badge}</strong>' if change.material
                 else f"<em>{badge}</em>")
        out.append(f"<li>{html.escape(describe_in(change, diff, lang))} ({badge}; "
                   f"<code>{html.escape(change.path)}</code>)</li>")
    return out + ["</ul>"]


def diff_to_html(diff: VersionDiff, lang: str, languages: tuple[str, ...] | None = None) -> str:
    """The diff as a complete HTML page, labels in `lang`, showing the documents in
    `languages` (default: `lang` alone when the diff has it, else every language)."""
    shown = shown_documents(diff, chosen_languages(diff, lang, languages))
    title = html.escape(labels.title(diff, lang))
    out = ["<!DOCTYPE html>", f'<html lang="{html.escape(lang)}">', "<head>",
           '<meta charset="utf-8" />',
           '<meta name="viewport" content="width=device-width, initial-scale=1" />',
           f"<title>{title}</title>", f"<style>{STYLE}</style>", "</head>", "<body>", "<main>",
           f"<h1>{title}</h1>"]
    out += [f"<p>{html.escape(line)}</p>" for line in labels.effective_dates(diff, lang)]
    if shown:
        out.append(f'<p class="legend">{html.escape(gettext(lang, labels.LEGEND))}</p>')
    out += _changes(diff, lang)
    if not shown:
        out += [f"<h2>{html.escape(gettext(lang, labels.TEXT_CHANGES))}</h2>",
                f"<p>{html.escape(gettext(lang, labels.NO_TEXT_CHANGES))}</p>"]
    converter = _converter()
    for document, document_lang in shown:
        heading = html.escape(labels.document_heading(document, document_lang, lang))
        out += ["<section>", f"<h2>{heading}</h2>",
                f'<div lang="{html.escape(document_lang)}">']
        for section in diff.sections_of(document, document_lang):
            source = section_markdown(section, document_lang, _marks(document_lang))
            converter.reset()
            out += ["<section>", converter.convert(_escape_raw_html(source)), "</section>"]
        out += ["</div>", "</section>"]
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"
