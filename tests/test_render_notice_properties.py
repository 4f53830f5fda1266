"""Properties of notices over generated valid profiles (tests/strategies.py): a notice renders
for every purpose, in every language, deterministically, and names its purpose; its plain text
keeps no control character. (The quarter of the statement's length is measured on the example
profiles, test_render_notice.py: a generated purpose may have a text longer than all the
statement's own wording.)"""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings

from generator.check.checking import check_file
from generator.check.findings import Severity
from generator.render import profile_languages
from generator.render.markup import inline
from generator.render.outputs import Selection, render_output

from .test_render_properties import text_in

strategies = pytest.importorskip("tests.strategies")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strategies.profiles())
def test_every_purpose_has_a_short_deterministic_notice(data):
    with tempfile.TemporaryDirectory() as directory:
        result = check_file(strategies.write_profile(data, Path(directory)))
    assume(result.profile is not None and not result.count(Severity.ERROR))
    profile = result.profile
    languages = profile_languages(profile)
    for lang in languages:
        for purpose in data["purposes"]:
            selection = Selection(purpose=purpose["id"])
            text = render_output(profile, lang, "notice", selection=selection).decode("utf-8")
            assert text == render_output(profile, lang, "notice",
                                         selection=selection).decode("utf-8")
            assert inline(text_in(purpose["name"], lang, languages[0])) in text
            plain = render_output(profile, lang, "notice", "text",
                                  selection=selection).decode("utf-8")
            assert not [char for char in plain
                        if unicodedata.category(char) == "Cc" and char != "\n"]
