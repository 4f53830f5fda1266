"""Recording in the lock that the translations of texts match their source.

A confirmation covers a whole text, every language at once, because the lock keeps one source
hash per text: confirming one translation against a new source would make another, unchecked
translation of the same text look current. So only complete texts can be confirmed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..catalogs import N_
from ..errors import PrivdocsError, UsageError
from .profile_files import LoadedProfile
from .translation_lock import write_lock

NO_SUCH_TEXTS = N_("{file} has no text at {paths}.")
INCOMPLETE_TEXTS = N_("{paths} cannot be confirmed: a translation is missing (see `privdocs i18n "
                      "status {file}`).")


@dataclass
class Confirmed:
    """What a confirmation did: the texts confirmed, those left out as incomplete, the lock."""

    confirmed: list[str] = field(default_factory=list)
    incomplete: list[str] = field(default_factory=list)
    lock: Path | None = None


def confirm_texts(loaded: LoadedProfile, paths: list[str] | None = None) -> Confirmed:
    """Confirm the texts at `paths`, or every complete text when `paths` is None, and write
    the lock. Confirming all texts also forgets confirmations of paths that no longer exist."""
    texts = loaded.texts_by_path()
    languages = loaded.languages
    if paths:
        unknown = [path for path in paths if path not in texts]
        if unknown:
            raise UsageError(NO_SUCH_TEXTS, file=loaded.display, paths=", ".join(unknown))
        incomplete = [path for path in paths
                      if any(lang not in texts[path].values for lang in languages)]
        if incomplete:
            raise PrivdocsError(INCOMPLETE_TEXTS, file=loaded.display,
                                paths=", ".join(incomplete))
        selected = list(dict.fromkeys(paths))
    else:
        selected = list(texts)
        for path in list(loaded.lock.texts):
            if path not in texts:
                loaded.lock.forget(path)
    result = Confirmed()
    for path in selected:
        values = texts[path].values
        if any(lang not in values for lang in languages):
            result.incomplete.append(path)
            continue
        loaded.lock.confirm(path, {lang: values[lang] for lang in languages},
                            loaded.source_language)
        result.confirmed.append(path)
    result.lock = write_lock(loaded.path, loaded.lock)
    return result
