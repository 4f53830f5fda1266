"""Where the translations of an organisation's profile stand, per language, for its page.

The profile is the one in `org_profiles/` (the source of the next version), read with its lock
as `privdocs i18n status` reads it. A language is *complete* when no text lacks it and
*current* when every translation is confirmed against its current source: neither stale (its
source changed after it was confirmed) nor unconfirmed (never confirmed as it reads now). The
two are counted apart, as `status` does; `publish` refuses either.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..i18n.profile_files import load_profile
from ..i18n.text_status import ProfileTexts, profile_texts
from ..i18n.translation_lock import lock_path
from .build_cache import BuildCache, key


@dataclass(frozen=True)
class LanguageState:
    lang: str
    authoritative: bool
    texts: int
    missing: int
    stale: int
    unconfirmed: int

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def current(self) -> bool:
        return not self.stale and not self.unconfirmed


@dataclass(frozen=True)
class TranslationState:
    """The translation state of one profile file."""

    file: str
    languages: tuple[LanguageState, ...]

    @property
    def complete_and_current(self) -> bool:
        """Every language complete and current, and every translation confirmed: a text nobody
        confirmed is not called up to date."""
        return all(state.complete and state.current and not state.unconfirmed
                   for state in self.languages)


def profile_file(profiles: Path, org: str) -> Path | None:
    for suffix in (".yaml", ".yml"):
        path = profiles / f"{org}{suffix}"
        if path.is_file():
            return path
    return None


def language_states(texts: ProfileTexts) -> tuple[LanguageState, ...]:
    return tuple(
        LanguageState(
            lang, index == 0, len(texts.texts),
            missing=sum(1 for text in texts.texts if lang in text.missing),
            stale=sum(1 for text in texts.texts if lang in text.stale),
            unconfirmed=sum(1 for text in texts.texts if lang in text.unconfirmed))
        for index, lang in enumerate(texts.languages))


def translation_state(profiles: Path, org: str) -> TranslationState | None:
    """The state of `org`'s profile in `profiles`, or None when the site has no profile of it."""
    path = profile_file(profiles, org)
    if path is None:
        return None
    texts = profile_texts(load_profile(path))
    return TranslationState(path.as_posix(), language_states(texts))


def cached_translation_state(profiles: Path, org: str,
                             cache: BuildCache) -> TranslationState | None:
    """`translation_state`, read from the build cache when the profile and its lock are the
    same bytes as when it was last counted."""
    path = profile_file(profiles, org)
    if path is None:
        return None
    lock = lock_path(path)
    entry = key("translations", path.as_posix(), hashlib.sha256(path.read_bytes()).hexdigest(),
                hashlib.sha256(lock.read_bytes()).hexdigest() if lock.is_file() else None)
    stored = cache.get_json(entry)
    if isinstance(stored, dict):
        try:
            return TranslationState(str(stored["file"]), tuple(
                LanguageState(**state) for state in stored["languages"]))
        except (KeyError, TypeError):
            pass  # of another shape: never trusted
    state = translation_state(profiles, org)
    if state is not None:
        cache.put_json(entry, {"file": state.file, "languages": [
            dataclasses.asdict(language) for language in state.languages]})
    return state
