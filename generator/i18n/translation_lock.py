"""The translation lock: which translations were confirmed against which source text.

`org_profiles/<id>.translations.json` sits next to the profile and is committed with it::

    {
      "format": 1,
      "sources": {
        "purposes[0].name": {"nl": "De nieuwsbrief versturen"}
      },
      "texts": {
        "purposes[0].name": {"en": "<hash of the English>", "nl": "<hash of the Dutch>"}
      }
    }

`texts` records, per profile path and per language, a hash (`text_hash`) of each language's text as
it was when a translator confirmed that the translations match the source. When the authoritative
text changes later, its hash no longer matches and `translation-stale` reports the translations as
out of date.

`sources` keeps, per path, the authoritative text itself (keyed by its language) as it was at that
confirmation, so `privdocs i18n status` can show the old wording next to the new, and an export can
give translators the previous source of a fuzzy entry. It was added after `texts`: a lock without it
is still valid (the old wording is then unknown), and readers that only know `texts` ignore it.

Keys are profile paths in the one notation used everywhere (`purposes[0].retention.from`). The file
is written atomically as deterministic JSON: keys sorted, two-space indentation, UTF-8 characters
as they are, and a newline at the end, so an unchanged lock never shows up in a diff.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..atomic_files import write_atomically

LOCK_SUFFIX = ".translations.json"
LOCK_FORMAT = 1

Confirmations = dict[str, dict[str, str]]


def lock_path(profile_path: Path) -> Path:
    return profile_path.with_name(profile_path.stem + LOCK_SUFFIX)


def text_hash(string: str) -> str:
    return hashlib.sha256(string.encode("utf-8")).hexdigest()[:16]


class LockError(Exception):
    """The lock file exists but cannot be read."""


@dataclass
class Lock:
    """The confirmations of one profile: hashes per path and language, and the source texts."""

    texts: Confirmations = field(default_factory=dict)
    sources: dict[str, dict[str, str]] = field(default_factory=dict)

    def confirm(self, path: str, values: dict[str, str], source_language: str) -> None:
        """Record that the translations in `values` ({lang: text}) match its source text."""
        self.texts[path] = {lang: text_hash(value) for lang, value in values.items()}
        self.sources[path] = {source_language: values[source_language]}

    def forget(self, path: str) -> None:
        self.texts.pop(path, None)
        self.sources.pop(path, None)

    def to_json(self) -> str:
        data = {"format": LOCK_FORMAT, "texts": self.texts, "sources": self.sources}
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _is_table(value: object) -> bool:
    """A mapping from paths to mappings from language codes to strings."""
    return isinstance(value, dict) and all(
        isinstance(entry, dict) and all(isinstance(lang, str) and isinstance(string, str)
                                        for lang, string in entry.items())
        for entry in value.values())


def read_lock(profile_path: Path) -> Lock:
    """The lock recorded for the profile; an empty one when there is no lock file."""
    path = lock_path(profile_path)
    if path.exists() and not path.is_file():  # a pipe would block, a device never end
        raise LockError(f"{path.name}: not a regular file")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Lock()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise LockError(f"{path.name}: {error}") from error
    if not isinstance(data, dict) or not _is_table(data.get("texts")) \
            or not _is_table(data.get("sources", {})):
        raise LockError(f"{path.name}: expected {{\"format\": 1, \"texts\": "
                        f"{{path: {{lang: hash}}}}, \"sources\": {{path: {{lang: text}}}}}}")
    if data.get("format", LOCK_FORMAT) != LOCK_FORMAT:
        raise LockError(f"{path.name}: format {data.get('format')!r} is not supported "
                        f"(expected {LOCK_FORMAT})")
    return Lock(data["texts"], data.get("sources", {}))


def read_confirmations(profile_path: Path) -> Confirmations:
    """The confirmations recorded for the profile; none when there is no lock file."""
    return read_lock(profile_path).texts


def write_lock(profile_path: Path, lock: Lock) -> Path:
    """Write the lock next to the profile, atomically; returns the lock file's path."""
    path = lock_path(profile_path)
    write_atomically(path, lock.to_json().encode("utf-8"))
    return path
