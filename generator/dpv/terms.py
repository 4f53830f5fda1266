"""The DPV terms privdocs may write, and the check that it writes no other.

The lists in `terms/` are the term names of DPV 2.2 (`https://w3id.org/dpv#`) and of its
EU-GDPR extension (`https://w3id.org/dpv/legal/eu/gdpr#`), one a line, taken from the
vocabulary's own CSV files. A term outside them in a rendered document is a bug in privdocs:
`check_terms` raises, so it never reaches an archive.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

NAMESPACES = {"dpv": "https://w3id.org/dpv#", "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#"}
TERMS_DIR = Path(__file__).resolve().parent / "terms"


class UnknownTerm(ValueError):
    """A term that the vocabulary does not define."""


@cache
def vocabulary(prefix: str) -> frozenset[str]:
    lines = (TERMS_DIR / f"{prefix}.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_term(name: str) -> bool:
    """Whether `name` (`dpv:Purpose`, `eu-gdpr:A6-1-a`) is a term of DPV or EU-GDPR."""
    prefix, _, term = name.partition(":")
    return prefix in NAMESPACES and term in vocabulary(prefix)


def used_terms(node: object) -> set[str]:
    """Every prefixed DPV or EU-GDPR name in a JSON-LD document: as a property, as a type,
    or as the `@id` of a node."""
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key.partition(":")[0] in NAMESPACES:
                found.add(key)
            if key in ("@type", "@id"):
                for name in value if isinstance(value, list) else [value]:
                    if isinstance(name, str) and name.partition(":")[0] in NAMESPACES:
                        found.add(name)
            elif key != "@context":
                found |= used_terms(value)
    elif isinstance(node, list):
        for value in node:
            found |= used_terms(value)
    return found


def check_terms(document: dict) -> None:
    unknown = sorted(name for name in used_terms(document) if not is_term(name))
    if unknown:
        raise UnknownTerm(f"not in DPV 2.2: {', '.join(unknown)}")
