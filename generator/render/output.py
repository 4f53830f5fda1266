"""Writing documents to a directory: `DIR/<lang>/<document>.<ext>`, one file per language and
document, each written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from ..atomic_files import write_atomically
from ..catalogs import N_
from ..documents import DOCUMENTS, file_name
from ..errors import PrivdocsError
from ..profile.model import Profile
from .outputs import Selection, render_output
from .version import Version

CANNOT_WRITE = N_("{path}: cannot write the document ({reason}).")


def document_path(directory: Path, lang: str, document: str, fmt: str = "markdown") -> Path:
    """`DIR/<lang>/<document>.<ext>`, also for a notice or an audience's statement: the
    folder holds what was asked for, under the name the document always has. (The archive,
    which holds every purpose and audience side by side, names them; see `publishing`.)"""
    return directory / lang / file_name(document, fmt)


def write_outputs(profile: Profile, directory: Path, languages: list[str],
                  documents: tuple[str, ...] = DOCUMENTS, fmt: str = "markdown",
                  version: Version | None = None, draft: bool = False,
                  selection: Selection = Selection(), *,
                  site_url: str | None = None) -> list[Path]:
    """Render every language x document in `fmt` and write each to its file. Everything is
    rendered before anything is written, so a profile that cannot be rendered leaves no files
    behind."""
    rendered = {(lang, document): render_output(profile, lang, document, fmt, version, draft,
                                                selection, site_url=site_url)
                for lang in languages for document in documents}
    written = []
    for (lang, document), data in rendered.items():
        path = document_path(directory, lang, document, fmt)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, data)
        except OSError as error:
            raise PrivdocsError(CANNOT_WRITE, path=path.as_posix(),
                                reason=error.strerror or str(error)) from error
        written.append(path)
    return written

