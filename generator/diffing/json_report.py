"""The diff for tools, as JSON-ready data.

    {"organisation", "from", "to", "from_effective", "to_effective", "languages", "documents",
     "changes": [{"kind", "path", "from", "to", "material", "description": {lang: text}}],
     "sections": [{"document", "lang", "section", "parent", "level", "status", "ops"}]}

`to` is a version number or "draft". A section's `ops` are `{"op": "equal" | "delete" |
"insert", "text": ...}` over its whole Markdown, heading line included: the `equal` and
`delete` texts joined give the older section exactly, the `equal` and `insert` texts the newer.
Words are whole; `text` holds the paragraph breaks ("\\n", "\\n\\n") where they fall.
"""

from __future__ import annotations

from .model import VersionDiff
from .wording import describe_in


def diff_to_json(diff: VersionDiff) -> dict:
    """The diff as a dict of JSON types, in a fixed order."""
    return {
        "organisation": diff.organisation,
        "from": diff.from_version,
        "to": diff.to_version,
        "from_effective": diff.from_effective.isoformat() if diff.from_effective else None,
        "to_effective": diff.to_effective.isoformat() if diff.to_effective else None,
        "languages": list(diff.languages),
        "documents": list(diff.documents),
        "changes": [{"kind": change.kind, "path": change.path, "from": change.before,
                     "to": change.after, "material": change.material,
                     "description": {lang: describe_in(change, diff, lang)
                                     for lang in diff.languages}}
                    for change in diff.changes],
        "sections": [{"document": section.document, "lang": section.lang,
                      "section": section.title, "parent": section.parent,
                      "level": section.level, "status": section.status,
                      "ops": [op.to_json() for op in section.ops()]}
                     for section in diff.sections],
    }
