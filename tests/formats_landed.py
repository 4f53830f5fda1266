"""Which formats `render_output` has a branch for yet. Issue 13's formats land on main one
branch at a time; a test that needs one that has not landed skips, saying so, instead of
failing. Delete this module (and its uses) once html, fragment and pdf are on main."""

from __future__ import annotations

from functools import cache

import pytest

from .conftest import MINIMAL


@cache
def landed(fmt: str) -> bool:
    from generator.checking import check_file
    from generator.render.outputs import render_output

    profile = check_file(MINIMAL).profile
    try:
        render_output(profile, "nl", "regulation" if fmt != "jsonld" else "statement", fmt)
    except NotImplementedError:
        return False
    return True


def needs(*formats: str) -> None:
    missing = [fmt for fmt in formats if not landed(fmt)]
    if missing:
        pytest.skip(f"format not on main yet: {', '.join(missing)}")
