"""The language of a command's messages, chosen the same way by every command: `--lang` when
given, else the language of the profile the command works on (its first, authoritative one),
else the user's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, in POSIX order), else English.

A command learns its profile's language only once it has read the profile; it tells this module
(`note_profile_language`), so that a later error message, printed by the CLI, speaks the same
language as the command's other output.
"""

from __future__ import annotations

import os

from .catalogs import LANGUAGES, SOURCE_LANGUAGE

_profile_language: str | None = None


def environment_language(environ: os._Environ | dict | None = None) -> str | None:
    """The language of the user's locale, when privdocs speaks it: `nl_BE.UTF-8` -> `nl`.
    The first variable that is set decides, as in POSIX; `C` and `POSIX` mean English."""
    environ = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable)
        if value:
            code = value.split(".")[0].split("@")[0].split("_")[0].lower()
            return code if code in LANGUAGES else None
    return None


def reset() -> None:
    """Forget the profile's language: each command run starts afresh."""
    global _profile_language
    _profile_language = None


def note_profile_language(lang: str | None) -> None:
    """The command works on a profile in `lang` (the first one noted counts)."""
    global _profile_language
    if _profile_language is None and lang in LANGUAGES:
        _profile_language = lang


def message_language(explicit: str | None = None, profile: str | None = None) -> str:
    """`explicit` (`--lang`), else `profile` or the noted profile language, else the locale's,
    else English."""
    for candidate in (explicit, profile, _profile_language, environment_language()):
        if candidate in LANGUAGES:
            return candidate
    return SOURCE_LANGUAGE
