"""Extracting message ids from the sources into a domain's template (`<domain>.pot`).

The Python API of Babel does what `pybabel extract` did in the Makefile: the domain's mapping
file picks the source files and their extraction method, the domain's keywords (`domains`) pick
the calls that mark message ids, and `# Translators:` comments reach the translators.
"""

from __future__ import annotations

import configparser
from dataclasses import dataclass
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg

from .. import __version__
from ..addresses import REPOSITORY
from ..catalogs import N_
from ..errors import PrivdocsError
from .catalog_files import catalog_bytes, write_if_changed
from .domains import KEYWORDS, TEMPLATE_WIDTH, Project

COMMENT_TAGS = ("Translators:",)
PROJECT = "privdocs"
COPYRIGHT_HOLDER = "privdocs contributors"
CONTACT = f"{REPOSITORY}/issues"  # where translators report a message id that is wrong

MAPPING_UNREADABLE = N_("{file} cannot be read as a Babel mapping: {problem}.")
EXTRACTION_FAILED = N_("Extracting messages with {file} failed: {problem}.")


@dataclass(frozen=True)
class Extracted:
    """The outcome for one domain: its template and message count, or why there is none."""

    domain: str
    template: str | None  # as shown to the user; None while the domain has no mapping file
    mapping: str
    messages: int = 0
    changed: bool = False


def extract_catalog(project: Project, domain: str) -> Catalog | None:
    """The template catalog of `domain`, or None while it has no mapping file."""
    mapping = project.mapping(domain)
    if not mapping.is_file():
        return None
    display = project.display(mapping)
    try:
        with mapping.open(encoding="utf-8") as handle:
            method_map, options_map = parse_mapping_cfg(handle, display)
    except (OSError, UnicodeDecodeError, ValueError, configparser.Error) as error:
        raise PrivdocsError(MAPPING_UNREADABLE, file=display, problem=str(error)) from error
    catalog = Catalog(project=PROJECT, version=__version__, copyright_holder=COPYRIGHT_HOLDER,
                      msgid_bugs_address=CONTACT, charset="utf-8")
    try:
        for filename, lineno, message, comments, context in extract_from_dir(
                project.root, method_map, options_map, keywords=KEYWORDS[domain],
                comment_tags=COMMENT_TAGS, strip_comment_tags=True):
            catalog.add(message, None, [(filename, lineno)], auto_comments=comments,
                        context=context)
    except (ValueError, SyntaxError, ImportError, OSError) as error:
        # An unknown extraction method, or a source file the extractor cannot read.
        raise PrivdocsError(EXTRACTION_FAILED, file=display, problem=str(error)) from error
    return catalog


def extract(project: Project, domain: str) -> Extracted:
    """Write the template of `domain` when its messages changed."""
    catalog = extract_catalog(project, domain)
    mapping = project.display(project.mapping(domain))
    if catalog is None:
        return Extracted(domain, None, mapping)
    template = project.template(domain)
    changed = write_if_changed(template, catalog_bytes(catalog, sort=True, width=TEMPLATE_WIDTH))
    return Extracted(domain, project.display(template), mapping, len(catalog), changed)
