"""The privacy statement's machine-readable twin in W3C DPV 2.x (`render --format jsonld`).

`statement.py` writes the graph from the profile; `vocabulary.py` says which DPV and EU-GDPR
terms stand for which profile values; `terms.py` checks every term written against the term
lists of DPV 2.2 shipped in `terms/`, so a misspelt or retired term is a failure, never a file.
"""

from __future__ import annotations

from .statement import statement_jsonld

__all__ = ["statement_jsonld"]
