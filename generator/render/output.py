"""Writing documents to a directory: `DIR/<lang>/<document>.md`, one file per language and
document, each written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from ..atomic_files import write_atomically
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
            write_atomically(path, text.encode("utf-8"))
        except OSError as error:
            raise PrivdocsError(CANNOT_WRITE, path=path.as_posix(),
                                reason=error.strerror or str(error)) from error
        written.append(path)
    return written
