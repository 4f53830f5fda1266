"""Properties over generated valid profiles (tests/strategies.py): rendering never raises, is
deterministic, and every purpose appears by name in every language and document."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings

from generator.check.checking import check_file
from generator.check.findings import Severity
from generator.render import DOCUMENTS, profile_languages, render_document
from generator.render.markup import inline

# tests/strategies.py is another engineer's work in progress: skip until it is there.
strategies = pytest.importorskip("tests.strategies")


def text_in(value, lang: str, first_language: str) -> str:
    """A text of the profile dict in `lang` (a plain string counts as the first language)."""
    if isinstance(value, dict):
        return value[lang]
    assert lang == first_language
    return value


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strategies.profiles())
def test_render_never_raises_and_names_every_purpose(data):
    with tempfile.TemporaryDirectory() as directory:
        result = check_file(strategies.write_profile(data, Path(directory)))
    # Whether the strategy only makes valid profiles is test_properties.py's business.
    assume(result.profile is not None and not result.count(Severity.ERROR))
    profile = result.profile
    languages = profile_languages(profile)
    assert languages == data["languages"]
    for lang in languages:
        for document in DOCUMENTS:
            text = render_document(profile, lang, document)
            assert text == render_document(profile, lang, document)
            for purpose in data["purposes"]:
                assert inline(text_in(purpose["name"], lang, languages[0])) in text
