"""Drafts of broken profiles: whatever one key lacks or holds wrongly, `--draft` still renders
both documents in every language, and marks what is missing instead of printing None."""

from __future__ import annotations

from copy import deepcopy
from typing import Any, Iterator

import pytest
import yaml

from generator.render import DOCUMENTS, profile_languages, render_document

from .conftest import ROOT

DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
BROKEN_VALUE = {"unexpected": ["mapping"]}  # wrong for every scalar and list in the format


def key_paths(node: Any, steps: tuple = ()) -> Iterator[tuple]:
    """Every mapping key and list item of a loaded profile, parents before children."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*steps, key)
            yield from key_paths(value, (*steps, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*steps, index)
            yield from key_paths(value, (*steps, index))


def changed(document: dict, path: tuple, how: str) -> dict:
    copy = deepcopy(document)
    parent = copy
    for step in path[:-1]:
        parent = parent[step]
    if how == "delete":
        del parent[path[-1]]
    else:
        parent[path[-1]] = BROKEN_VALUE
    return copy


SOURCE = yaml.load((ROOT / "org_profiles" / "netwerk-vlaamse-ondernemers.yaml")
                   .read_text(encoding="utf-8"),
                   Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
# Skip repeated list entries: the first of each list shows every shape.
PATHS = [path for path in key_paths(SOURCE)
         if not any(isinstance(step, int) and step > 0 for step in path)
         and path[0] not in ("format", "id")]


@pytest.mark.parametrize("how", ["delete", "break"])
def test_a_draft_renders_whatever_one_key_lacks(how, check_text):
    for path in PATHS:
        text = yaml.dump(changed(SOURCE, path, how), Dumper=DUMPER, allow_unicode=True)
        result = check_text(text, "netwerk-vlaamse-ondernemers")
        if result.profile is None:
            continue
        # Gaps are found the same way in every language: the first one is enough here.
        for lang in profile_languages(result.profile)[:1]:
            for document in DOCUMENTS:
                text = render_document(result.profile, lang, document, draft=True)
                assert "None" not in text and "INVALID" not in text, (path, lang, document)
