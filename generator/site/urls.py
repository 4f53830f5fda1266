"""The site's URL scheme: where every page and data file lives (docs/site.md).

Each language is a site of its own under `/<lang>/`; inside it, every page has the same path in
every language, so the language switcher and the `hreflang` alternates only swap the first
segment. Pages are Markdown sources (`hogeschool-kempen/1.1/statement.md`) that MkDocs serves
as directories (`/nl/hogeschool-kempen/1.1/statement/`). Data for machines is language-free,
under `/data/`.

    /                                   choose a language
    /<lang>/                            the organisations
    /<lang>/<org>/                      what is in force, the archive, the translations
    /<lang>/<org>/statement/            the statement in force ("current": moves with time)
    /<lang>/<org>/<version>/statement/  a version (permanent: never changes once published)
    /<lang>/<org>/<version>/changes/    what changed from the previous version (permanent)
    /<lang>/<org>/draft/statement/      the current profile, unpublished (`--drafts` only)
    /<lang>/docs/...                    the documentation of privdocs
    /data/<org>/<version>/profile.json  a version's profile snapshot (permanent)
    /data/<org>/<version>/changes.json  the changes from the previous version (permanent)
    /data/<org>/versions.json           the archive of an organisation
    /files/<org>/<version>/<lang>/<file> a version's stored document in another format: PDF,
                                        web page, fragment, JSON-LD, ... (permanent, the bytes
                                        the archive holds; never a MkDocs page)
"""

from __future__ import annotations

import posixpath

DOCUMENT_PAGES = ("statement", "regulation")
DRAFT = "draft"
DOCS = "docs"
DATA = "data"
FILES = "files"
# Folders of each language's site that an organisation id must not take.
RESERVED = frozenset({DOCS, "assets", "search"})


def home() -> str:
    return "index.md"


def organisation(org: str) -> str:
    return f"{org}/index.md"


def current(org: str, document: str) -> str:
    return f"{org}/{document}.md"


def version(org: str, number: str, document: str) -> str:
    return f"{org}/{number}/{document}.md"


def changes(org: str, number: str) -> str:
    return f"{org}/{number}/changes.md"


def draft(org: str, document: str) -> str:
    return f"{org}/{DRAFT}/{document}.md"


def docs(name: str = "index") -> str:
    return f"{DOCS}/{name}.md"


def rule(rule_id: str) -> str:
    return f"{DOCS}/rules/{rule_id}.md"


def rules() -> str:
    return f"{DOCS}/rules/index.md"


def snapshot(org: str, number: str) -> str:
    return f"{DATA}/{org}/{number}/profile.json"


def changes_data(org: str, number: str) -> str:
    return f"{DATA}/{org}/{number}/changes.json"


def versions_data(org: str) -> str:
    return f"{DATA}/{org}/versions.json"


def stored_file(org: str, number: str, name: str) -> str:
    """A file of a version as the archive stores it; `name` is its path inside the version
    folder (`nl/statement.pdf`)."""
    return f"{FILES}/{org}/{number}/{name}"


def organisations_data() -> str:
    return f"{DATA}/index.json"


def link(here: str, target: str) -> str:
    """A Markdown link from the page source `here` to the page source `target`; MkDocs checks
    it and turns it into the page's URL."""
    return posixpath.relpath(target, posixpath.dirname(here) or ".")


def url(source: str) -> str:
    """The URL of a page source within its language, as MkDocs makes it: `a/b.md` -> `a/b/`,
    `a/index.md` -> `a/`, `index.md` -> ``."""
    stem = source.removesuffix(".md")
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def to_site_root(source: str) -> str:
    """The relative URL from the page `source` (in a language folder) to the site's root."""
    return "../" * (url(source).count("/") + 1)
