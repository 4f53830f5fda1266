"""How far each catalog is translated: translated, fuzzy, untranslated and obsolete entries."""

from __future__ import annotations

from dataclasses import dataclass

from babel.messages.catalog import Catalog, Message

from .catalog_files import read_catalog
from .domains import Project


@dataclass(frozen=True)
class CatalogCounts:
    """The counts of one catalog. `exists` is False for a catalog not created yet: every
    message of the template then counts as untranslated."""

    domain: str
    language: str
    file: str
    translated: int
    fuzzy: int
    untranslated: int
    obsolete: int
    exists: bool = True

    @property
    def complete(self) -> bool:
        return self.exists and not self.fuzzy and not self.untranslated

    def to_json(self) -> dict:
        return {"domain": self.domain, "language": self.language, "file": self.file,
                "exists": self.exists, "translated": self.translated, "fuzzy": self.fuzzy,
                "untranslated": self.untranslated, "obsolete": self.obsolete,
                "complete": self.complete}


@dataclass(frozen=True)
class DomainStatus:
    """A domain's template (`extracted` is False while it does not exist yet) and the counts
    of its catalogs."""

    domain: str
    template: str
    extracted: bool
    catalogs: tuple[CatalogCounts, ...]

    @property
    def complete(self) -> bool:
        return all(counts.complete for counts in self.catalogs)


def is_translated(message: Message) -> bool:
    strings = message.string if isinstance(message.string, (list, tuple)) else (message.string,)
    return all(strings)


def count_messages(catalog: Catalog, domain: str, lang: str, display: str) -> CatalogCounts:
    translated = fuzzy = untranslated = 0
    for message in catalog:
        if not message.id:
            continue  # the header
        if message.fuzzy:
            fuzzy += 1
        elif is_translated(message):
            translated += 1
        else:
            untranslated += 1
    return CatalogCounts(domain, lang, display, translated, fuzzy, untranslated,
                         len(catalog.obsolete))


def domain_status(project: Project, domain: str) -> DomainStatus:
    template_path = project.template(domain)
    if not template_path.is_file():
        return DomainStatus(domain, project.display(template_path), False, ())
    template = read_catalog(template_path, project.display(template_path))
    catalogs = []
    for lang in project.languages():
        path = project.catalog(domain, lang)
        display = project.display(path)
        if path.is_file():
            catalog = read_catalog(path, display, locale=lang, domain=domain)
            catalogs.append(count_messages(catalog, domain, lang, display))
        else:
            catalogs.append(CatalogCounts(domain, lang, display, 0, 0, len(template), 0,
                                          exists=False))
    return DomainStatus(domain, project.display(template_path), True, tuple(catalogs))
