"""Merging a domain's template into its catalogs, one per translation language.

Babel's `Catalog.update` keeps every translation whose message id is unchanged; a changed id
gets the translation of the closest old id, marked fuzzy with the old id as `#| msgid`, so the
translator sees what changed and the runtime shows English until it is checked. The `#| msgid`
stays on that entry, through later updates, until it is no longer fuzzy (Babel reads it back as
a comment and would move it around; `catalog_files` reads it as a previous id again). Ids no longer
in the template stay as obsolete `#~` entries (for when they come back) unless dropped. A
missing catalog is created from the template, as `pybabel init` would.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog

from .. import __version__

from .catalog_files import catalog_bytes, read_catalog, write_if_changed
from .catalog_status import CatalogCounts, count_messages
from .domains import Project
from .extraction import CONTACT, COPYRIGHT_HOLDER, PROJECT


@dataclass(frozen=True)
class Updated:
    """One catalog after the update: whether it was created or changed, and its counts."""

    path: Path
    created: bool
    changed: bool
    counts: CatalogCounts


def _new_catalog(lang: str, domain: str) -> Catalog:
    catalog = Catalog(locale=lang, domain=domain, project=PROJECT,
                      copyright_holder=COPYRIGHT_HOLDER, charset="utf-8", fuzzy=False)
    catalog.revision_date = datetime.now(timezone.utc)
    return catalog


def _stamp(catalog: Catalog, lang: str) -> None:
    """The header of a privdocs catalog: this project's name, version and contact, and a team
    instead of Babel's placeholders (which `msgfmt --check-header` refuses)."""
    catalog.project = PROJECT
    catalog.header_comment = "\n".join(line for line in catalog.header_comment.splitlines()
                                       if "FIRST AUTHOR <EMAIL@ADDRESS>" not in line)
    catalog.version = __version__
    catalog.msgid_bugs_address = CONTACT
    team = f"{Locale.parse(lang).english_name} <{CONTACT}>"
    if catalog.last_translator in ("", "FULL NAME <EMAIL@ADDRESS>"):
        catalog.last_translator = f"{COPYRIGHT_HOLDER} <{CONTACT}>"
    if catalog.language_team in ("", "LANGUAGE <LL@li.org>", f"{lang} <LL@li.org>"):
        catalog.language_team = team


def update(project: Project, domain: str, *, drop_obsolete: bool = False) -> list[Updated] | None:
    """Merge the template of `domain` into its catalogs; None while it has no template."""
    template_path = project.template(domain)
    if not template_path.is_file():
        return None
    template = read_catalog(template_path, project.display(template_path))
    results = []
    for lang in project.languages():
        path = project.catalog(domain, lang)
        created = not path.exists()
        if created:
            catalog = _new_catalog(lang, domain)
        else:
            catalog = read_catalog(path, project.display(path), locale=lang, domain=domain)
        # Babel's update forgets the previous id of an entry that was fuzzy already.
        previous = {message.id: message.previous_id for message in catalog
                    if message.fuzzy and message.previous_id}
        catalog.update(template)
        for message in catalog:
            if message.fuzzy and not message.previous_id and message.id in previous:
                message.previous_id = previous[message.id]
        _stamp(catalog, lang)
        if drop_obsolete:
            catalog.obsolete.clear()
        changed = write_if_changed(path, catalog_bytes(catalog))
        counts = count_messages(catalog, domain, lang, project.display(path))
        results.append(Updated(path, created, changed, counts))
    return results
