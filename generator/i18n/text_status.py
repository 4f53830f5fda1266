"""Where each text of a profile stands: which languages are missing, stale or unconfirmed.

A translation is *confirmed* when the lock holds the hash of its current wording and of the
current source text; *stale* when the source changed since it was confirmed (exactly what
`translation-stale` reports); *unconfirmed* otherwise: never confirmed, or edited since.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..profile.model import Text
from .profile_files import LoadedProfile
from .translation_lock import Lock, text_hash


@dataclass
class TextStatus:
    """One text: its path and position, current source, and its languages by state."""

    path: str
    line: int
    column: int
    source: str | None
    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    unconfirmed: list[str] = field(default_factory=list)
    confirmed: list[str] = field(default_factory=list)
    old_source: str | None = None  # the source text at the last confirmation, when recorded

    @property
    def complete(self) -> bool:
        return not self.missing


def text_status(text: Text, lock: Lock, languages: list[str]) -> TextStatus:
    source_language, *translations = languages
    path = text.where.path
    location = text.at(source_language)
    source = text.get(source_language)
    status = TextStatus(path, location.line, location.column, source)
    status.missing = [lang for lang in languages if lang not in text.values]
    recorded = lock.texts.get(path, {})
    recorded_source = recorded.get(source_language)
    source_changed = (source is not None and recorded_source is not None
                      and recorded_source != text_hash(source))
    if source_changed:
        status.old_source = lock.sources.get(path, {}).get(source_language)
    for lang in translations:
        value = text.get(lang)
        if value is None:
            continue
        if source_changed and lang in recorded:
            status.stale.append(lang)
        elif (source is not None and recorded_source == text_hash(source)
              and recorded.get(lang) == text_hash(value)):
            status.confirmed.append(lang)
        else:
            status.unconfirmed.append(lang)
    return status


@dataclass
class ProfileTexts:
    """The translation state of every text of one profile."""

    file: str
    id: str
    languages: list[str]
    texts: list[TextStatus]

    @property
    def missing(self) -> list[TextStatus]:
        return [text for text in self.texts if text.missing]

    @property
    def stale(self) -> list[TextStatus]:
        return [text for text in self.texts if text.stale]

    @property
    def unconfirmed(self) -> list[TextStatus]:
        return [text for text in self.texts if text.unconfirmed]

    @property
    def complete(self) -> bool:
        """Every text exists in every language, and every translation is confirmed against its
        current source: unconfirmed is not current (`publish` refuses both)."""
        return not self.missing and not self.stale and not self.unconfirmed


def profile_texts(loaded: LoadedProfile) -> ProfileTexts:
    statuses = [text_status(text, loaded.lock, loaded.languages)
                for text in loaded.profile.texts]
    return ProfileTexts(loaded.display, loaded.id, loaded.languages, statuses)
