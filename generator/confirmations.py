"""The translation lock: which translations were confirmed against which source text.

`org_profiles/<id>.translations.json` sits next to the profile and is committed with it::

    {"format": 1,
     "texts": {"purposes[0].name": {"nl": "<hash of the Dutch text>", "en": "<hash of the English>"}}}

Each entry records, per language, a hash of the text as it was when a translator confirmed that
the translations match the source. When the authoritative text changes later, its hash no longer
matches and `translation-stale` reports the translations as out of date.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

LOCK_SUFFIX = ".translations.json"

Confirmations = dict[str, dict[str, str]]


def lock_path(profile_path: Path) -> Path:
    return profile_path.with_name(profile_path.stem + LOCK_SUFFIX)


def text_hash(string: str) -> str:
    return hashlib.sha256(string.encode("utf-8")).hexdigest()[:16]


class LockError(Exception):
    """The lock file exists but cannot be read."""


def read_confirmations(profile_path: Path) -> Confirmations:
    """The confirmations recorded for the profile; none when there is no lock file."""
    path = lock_path(profile_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise LockError(f"{path.name}: {error}") from error
    texts = data.get("texts") if isinstance(data, dict) else None
    if not isinstance(texts, dict) or not all(
            isinstance(entry, dict) and all(isinstance(h, str) for h in entry.values())
            for entry in texts.values()):
        raise LockError(f"{path.name}: expected {{\"format\": 1, \"texts\": {{path: {{lang: hash}}}}}}")
    return texts
