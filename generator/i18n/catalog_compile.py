"""Checking every catalog and compiling it to a `.mo` file beside it.

The runtime reads the PO files themselves (`..catalogs`); the `.mo` files are for gettext tools
and are not committed. Nothing is written unless every catalog passes: Babel's checks (plural
forms, `%` placeholders) and ours (`{name}` placeholders, see `placeholders`). Fuzzy entries are
neither checked nor compiled, as with `msgfmt`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from babel.messages.mofile import write_mo

from ..atomic_files import write_atomically
from ..check.findings import Message
from .catalog_files import read_catalog
from .catalog_status import is_translated
from .domains import Project
from .placeholders import placeholder_problems


@dataclass(frozen=True)
class Problem:
    """A translation that must not be compiled: the catalog, the message id and why."""

    file: str
    msgid: str
    problem: Message | str


@dataclass(frozen=True)
class Compiled:
    file: str
    output: Path
    messages: int


def catalog_problems(catalog, display: str) -> list[Problem]:
    problems = []
    for entry in catalog:
        if not entry.id or entry.fuzzy or not is_translated(entry):
            continue
        msgid = entry.id[0] if isinstance(entry.id, (list, tuple)) else entry.id
        for error in entry.check(catalog):
            problems.append(Problem(display, msgid, str(error)))
        for problem in placeholder_problems(entry):
            problems.append(Problem(display, msgid, problem))
    return problems


def compile_catalogs(project: Project, domains: tuple[str, ...]) -> tuple[list[Compiled],
                                                                            list[Problem]]:
    """Check every existing catalog of `domains`; compile them all only if none has problems."""
    pending = []
    problems: list[Problem] = []
    for domain in domains:
        for lang in project.languages():
            path = project.catalog(domain, lang)
            if not path.is_file():
                continue
            display = project.display(path)
            catalog = read_catalog(path, display, locale=lang, domain=domain)
            problems.extend(catalog_problems(catalog, display))
            pending.append((catalog, display, project.compiled(domain, lang)))
    if problems:
        return [], problems
    compiled = []
    for catalog, display, output in pending:
        buffer = io.BytesIO()
        write_mo(buffer, catalog, use_fuzzy=False)
        write_atomically(output, buffer.getvalue())
        count = sum(1 for entry in catalog
                    if entry.id and not entry.fuzzy and is_translated(entry))
        compiled.append(Compiled(display, output, count))
    return compiled, problems
