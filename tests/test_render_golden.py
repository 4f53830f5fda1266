"""Golden files: every example profile, both documents, every language, as committed Markdown.

A change to the templates, the catalog or the renderer shows up as a diff of these files;
review it like code. Regenerate them with:

    UPDATE_GOLDEN=1 python3 -m pytest tests/test_render_golden.py
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.checking import check_file
from generator.check.findings import Severity
from generator.render import DOCUMENTS, profile_languages, render_document

from .conftest import ROOT, assert_matches_golden

EXAMPLES = sorted((ROOT / "org_profiles").glob("*.yaml"))
GOLDEN = Path(__file__).resolve().parent / "golden"


def example_profile(path: Path):
    result = check_file(path)
    assert result.profile is not None and not result.count(Severity.ERROR), result.findings
    return result.profile


def cases():
    for path in EXAMPLES:
        profile = example_profile(path)
        for lang in profile_languages(profile):
            for document in DOCUMENTS:
                yield pytest.param(path, lang, document, id=f"{path.stem}-{lang}-{document}")


@pytest.mark.parametrize(("path", "lang", "document"), list(cases()))
def test_rendering_matches_the_golden_file(path, lang, document):
    rendered = render_document(example_profile(path), lang, document)
    assert_matches_golden(rendered, GOLDEN / path.stem / lang / f"{document}.md",
                          "tests/test_render_golden.py")


def test_every_example_profile_has_golden_files():
    expected = {GOLDEN / path.stem for path in EXAMPLES}
    # diffs/, shapes/ and second-edition/ belong to test_diff_golden and test_render_shapes.
    present = {directory for directory in GOLDEN.iterdir()
               if directory.is_dir() and directory.name not in ("diffs", "shapes",
                                                                "second-edition")}
    assert present == expected, "golden files of a removed example are left over"
