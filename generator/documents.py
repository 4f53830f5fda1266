"""The documents privdocs writes for each profile, by name, in the order they are shown.

Kept apart from `render` so that a command can offer them as choices without loading Jinja2.
"""

from __future__ import annotations

DOCUMENTS = ("statement", "regulation")
