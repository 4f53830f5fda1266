"""Golden redlines: each example organisation's version 1.0 against 1.1, as committed text.

A change to the diff, the templates or the archive shows up as a diff of these files; review it
like code. Regenerate them with:

    UPDATE_GOLDEN=1 python3 -m pytest tests/test_diff_golden.py

The Markdown (labels in Dutch) is what the site embeds; the text (labels in English) is what
`privdocs diff ORG 1.0 1.1` prints without colour.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diffing import diff_to_markdown, diff_to_text, diff_versions

from .conftest import ROOT, assert_matches_golden

# Under tests/golden/diffs/; test_render_golden.py leaves that folder out of its own count.
GOLDEN = Path(__file__).resolve().parent / "golden" / "diffs"
ORGS = sorted(path.name for path in (ROOT / "statements").iterdir()
              if (path / "versions.yaml").is_file())
FORMS = {"md": lambda diff: diff_to_markdown(diff, "nl", languages=diff.languages),
         "txt": lambda diff: diff_to_text(diff, "en")}


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("org", ORGS)
def test_redline_matches_the_golden_file(org, form):
    produced = FORMS[form](diff_versions(org, "1.0", "1.1", ROOT / "statements"))
    assert_matches_golden(produced, GOLDEN / org / f"1.0-1.1.{form}",
                          "tests/test_diff_golden.py")


def test_every_example_organisation_has_golden_redlines():
    present = {directory.name for directory in GOLDEN.iterdir() if directory.is_dir()}
    assert present == set(ORGS), "golden redlines of a removed example are left over"
