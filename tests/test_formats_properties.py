"""Properties of the page formats over generated valid profiles (tests/strategies.py): the HTML
page, the fragment and the PDF are always written, are the same for the same profile, and the
HTML is inert whatever the texts hold."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings

from generator.check.checking import check_file
from generator.check.findings import Severity
from generator.render import DOCUMENTS, profile_languages
from generator.render.outputs import render_output

from .hostile_payloads import inert_problems
from .test_formats_html import BODY_TAGS, PAGE_TAGS

strategies = pytest.importorskip("tests.strategies")


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strategies.profiles())
def test_every_page_format_is_written_deterministically_and_inert(data):
    with tempfile.TemporaryDirectory() as directory:
        result = check_file(strategies.write_profile(data, Path(directory)))
    assume(result.profile is not None and not result.count(Severity.ERROR))
    profile = result.profile
    for lang in profile_languages(profile):
        for document in DOCUMENTS:
            for fmt in ("html", "fragment", "pdf"):
                output = render_output(profile, lang, document, fmt)
                assert output == render_output(profile, lang, document, fmt)
                if fmt == "pdf":
                    assert output.startswith(b"%PDF-")
                else:
                    assert inert_problems(output.decode("utf-8"), BODY_TAGS | PAGE_TAGS) == []
