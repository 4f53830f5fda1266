"""`privdocs diff`: what changed between two versions of an organisation's privacy documents.

The API the command and the site use:

- `diff_versions(org, from_version, to_version, root=STATEMENTS_DIR) -> VersionDiff`: two
  published versions, or (`to_version` None) the latest published version, or `from_version`,
  against the current profile as an unpublished draft;
- `diff_to_markdown(diff, lang) -> str`: Markdown with inline `<del>`/`<ins>`, no `#` heading,
  to embed in a page;
- `diff_to_html(diff, lang) -> str`: one self-contained, printable HTML page;
- `diff_to_json(diff) -> dict`: the diff for tools (the shape is in `json_report`);
- `diff_to_text(diff, lang, colour=False) -> str`: the diff for a terminal.

The flow: snapshots (profile and document bodies of each side) -> `compare` -> `VersionDiff`
(the substantive changes from `substance`, and the changed sections with their redline) ->
one of the reports. Computing the diff is pure and deterministic: the same two versions give
the same diff, and the same diff the same bytes in every form.
"""

from __future__ import annotations

from .comparison import compare, diff_versions
from .html_page import diff_to_html
from .json_report import diff_to_json
from .markdown_report import diff_to_markdown
from .model import DRAFT, Op, SectionDiff, Step, VersionDiff
from .text_report import diff_to_text

__all__ = ["DRAFT", "Op", "SectionDiff", "Step", "VersionDiff", "compare", "diff_to_html",
           "diff_to_json", "diff_to_markdown", "diff_to_text", "diff_versions"]
