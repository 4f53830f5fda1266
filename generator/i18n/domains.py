"""Where the gettext catalogs of a source checkout are, per domain.

A domain has a Babel mapping file at the project root that says which source files hold its
messages (`babel.cfg` for the tool's own messages, `babel-statement.cfg` for the wording of the
documents), a template `generator/locales/<domain>.pot`, and one catalog per translation language,
`generator/locales/<lang>/LC_MESSAGES/<domain>.po`, with its compiled `.mo` beside it. Any part may
be missing while a domain is being set up; the commands then say so and go on with the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from babel.messages.extract import DEFAULT_KEYWORDS

from ..catalogs import DOCUMENT_DOMAIN, DOMAIN, LANGUAGES, LOCALES_DIR, SOURCE_LANGUAGE

MAPPING_FILES = {
    DOMAIN: "babel.cfg",
    DOCUMENT_DOMAIN: "babel-statement.cfg",
}
# The functions that mark message ids, per domain. Both domains read Python sources, so each
# must see only its own marker: `N_` and `Nn_` (a singular and plural pair) mark the tool's
# messages, `statement_msgid` the wording of the documents (`generator/render/gaps.py`); the
# gettext functions that templates call are common to both.
_GETTEXT = {name: spec for name, spec in DEFAULT_KEYWORDS.items() if name != "N_"}
KEYWORDS = {
    DOMAIN: {**_GETTEXT, "N_": None, "Nn_": (1, 2)},
    DOCUMENT_DOMAIN: {**_GETTEXT, "statement_msgid": None},
}
# The widths the committed files were written with (pybabel's default for templates, the
# project's line length for catalogs), so that rewriting them never rewraps a line.
TEMPLATE_WIDTH = 76
CATALOG_WIDTH = 100


@dataclass(frozen=True)
class Project:
    """A source checkout: mapping files at `root`, catalogs under `root/generator/locales`."""

    root: Path

    @classmethod
    def installed(cls) -> "Project":
        """The checkout privdocs runs from (the parent of the `generator` package)."""
        return cls(LOCALES_DIR.parent.parent)

    @property
    def locales(self) -> Path:
        return self.root / "generator" / "locales"

    @property
    def domains(self) -> tuple[str, ...]:
        return tuple(MAPPING_FILES)

    def mapping(self, domain: str) -> Path:
        return self.root / MAPPING_FILES[domain]

    def template(self, domain: str) -> Path:
        return self.locales / f"{domain}.pot"

    def catalog(self, domain: str, lang: str) -> Path:
        return self.locales / lang / "LC_MESSAGES" / f"{domain}.po"

    def compiled(self, domain: str, lang: str) -> Path:
        return self.catalog(domain, lang).with_suffix(".mo")

    def languages(self) -> tuple[str, ...]:
        """The translation languages: privdocs' own, and any other with a catalog directory."""
        wanted = [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]
        if self.locales.is_dir():
            wanted.extend(sorted(child.name for child in self.locales.iterdir()
                                 if (child / "LC_MESSAGES").is_dir()
                                 and child.name not in wanted and child.name != SOURCE_LANGUAGE))
        return tuple(wanted)

    def display(self, path: Path) -> str:
        """`path` relative to the root where it lies inside it, for messages."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()
