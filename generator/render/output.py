"""Writing documents to a directory: `DIR/<lang>/<document>.md`, one file per language and
document, each written whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..catalogs import N_
from ..errors import PrivdocsError
from ..model import Profile
from . import DOCUMENTS, render_document
from .version import Version

CANNOT_WRITE = N_("{path}: cannot write the document ({reason}).")


def document_path(directory: Path, lang: str, document: str) -> Path:
    return directory / lang / f"{document}.md"


def write_documents(profile: Profile, directory: Path, languages: list[str],
                    documents: tuple[str, ...] = DOCUMENTS, version: Version | None = None,
                    draft: bool = False) -> list[Path]:
    """Render every language x document and write each to its file. Everything is rendered
    before anything is written, so a profile that cannot be rendered leaves no files behind."""
    rendered = {(lang, document): render_document(profile, lang, document, version, draft)
                for lang in languages for document in documents}
    written = []
    for (lang, document), text in rendered.items():
        path = document_path(directory, lang, document)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(path, text)
        except OSError as error:
            raise PrivdocsError(CANNOT_WRITE, path=path.as_posix(),
                                reason=error.strerror or str(error)) from error
        written.append(path)
    return written


def _write_atomically(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
