"""Writing a translator's PO file back into its profile, then confirming what it translated.

The PO file must still match the profile: every entry's msgid must be the current source text
at its msgctxt path, or nothing is written. Fuzzy and empty entries are left out (they are not
translated yet). A PO file comes from outside, so it is hostile until checked: every
translation must be safe text (`generator.profile.safe_text`), and the profile its header names
must be one in `org_profiles/` (another one needs `--org`). The new YAML is checked before it replaces
the old: parsed again, it must equal the old document with exactly the imported values changed,
every imported value must read back as the translator wrote it, and it must still fit in a
profile's size limit. It replaces the old file atomically, and the old file comes back when the
written one does not read back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from babel.messages.pofile import PoFileError

from ..atomic_files import write_atomically
from ..catalogs import N_
from ..check.findings import Message
from ..errors import PrivdocsError, UsageError
from ..profile.files import PROFILES_DIR, SUFFIXES, find_profile
from ..profile.loading import MAX_BYTES
from ..profile.safe_text import shown, unsafe_pieces
from ..profile.values import SLUG
from .catalog_files import PO_UNREADABLE
from .po_export import check_translation_language
from .profile_catalog import PROFILE_HEADER, SOURCE_LANGUAGE_HEADER, ProfileCatalog, \
    read_profile_catalog
from .profile_files import BOM, LoadedProfile, load_profile, parse_profile
from .text_status import text_status
from .translation_lock import write_lock
from .yaml_patch import Patcher, apply_edits

NO_LANGUAGE = N_("{file} has no `Language` header, so it does not say which language it holds.")
NO_PROFILE = N_("{file} does not name its profile (it has no `X-Privdocs-Profile` header): give "
                "--org.")
WRONG_SOURCE = N_("{file} translates from `{po_source}`, but the authoritative language of "
                  "{profile} is `{source}`.")
OUT_OF_DATE = N_("{file} no longer matches {profile}: the source text differs at {paths}. Export "
                 "the texts again and translate those.")
NOT_READ_BACK = N_("The translations of {paths} would not read back from {file} as written, so "
                   "nothing was written (please report this).")
UNSAFE = N_("{file}:{line}: the translation at {path} is not safe text: {problem} Nothing was "
            "written.")
UNSAFE_MORE = N_("{file}:{line}: the translation at {path} is not safe text: {problem} Neither "
                 "are the translations at {others}. Nothing was written.")
FOREIGN_PROFILE = N_("{file} names the profile `{org}` in its `X-Privdocs-Profile` header, which "
                     "is not a profile in {directory}/: give --org to choose the profile.")
TOO_LARGE = N_("With these translations {file} would be {size} bytes, more than the {limit} bytes "
               "a profile may have, so nothing was written.")
_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


@dataclass
class Imported:
    """What an import did, by profile path."""

    profile: str
    language: str
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    confirmed: list[str] = field(default_factory=list)
    not_confirmed: list[str] = field(default_factory=list)
    fuzzy: list[str] = field(default_factory=list)
    untranslated: list[str] = field(default_factory=list)


def read_translation_file(path: Path) -> ProfileCatalog:
    try:
        with path.open("rb") as handle:
            return read_profile_catalog(handle)
    except PoFileError as error:
        raise PrivdocsError(PO_UNREADABLE, file=path.as_posix(), problem=str(error)) from error
    except FileNotFoundError as error:
        raise UsageError(PO_UNREADABLE, file=path.as_posix(),
                         problem=error.strerror or str(error)) from error
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise PrivdocsError(PO_UNREADABLE, file=path.as_posix(),
                            problem=getattr(error, "strerror", None) or str(error)) from error


def _translations(catalog: ProfileCatalog, loaded: LoadedProfile, po_display: str,
                  result: Imported) -> dict[str, str]:
    """The translated entries by path; refuses a file that no longer matches the profile."""
    texts = loaded.texts_by_path()
    source_language = loaded.source_language
    mismatched: list[str] = []
    translations: dict[str, str] = {}
    lines: dict[str, int] = {}
    for entry in catalog:
        if not entry.id:
            continue  # the header
        path = entry.context
        text = texts.get(path) if path else None
        if text is None or not isinstance(entry.id, str) \
                or text.get(source_language) != entry.id:
            mismatched.append(shown(path) if path else shown(repr(entry.id)))
        elif entry.fuzzy:
            result.fuzzy.append(path)
        elif not isinstance(entry.string, str) or not entry.string.strip():
            result.untranslated.append(path)
        else:
            translations[path] = entry.string.strip()
            lines[path] = entry.lineno
    if mismatched:
        raise PrivdocsError(OUT_OF_DATE, file=po_display, profile=loaded.display,
                            paths=", ".join(mismatched))
    _refuse_unsafe(translations, lines, po_display)
    return translations


def _refuse_unsafe(translations: dict[str, str], lines: dict[str, int], po_display: str) -> None:
    """Every translation must be safe text, like the texts it stands beside."""
    unsafe = {path: pieces for path, value in translations.items()
              if (pieces := unsafe_pieces(value))}
    if not unsafe:
        return
    path, pieces = next(iter(unsafe.items()))
    problem = Message(pieces[0].msgid, pieces[0].args)
    others = [other for other in unsafe if other != path]
    if others:
        raise PrivdocsError(UNSAFE_MORE, file=po_display, line=lines[path], path=path,
                            problem=problem, others=", ".join(others))
    raise PrivdocsError(UNSAFE, file=po_display, line=lines[path], path=path, problem=problem)


def _named_profile(org: str, po_display: str) -> Path:
    """The profile a PO file's header names: only an id, or a file, in `org_profiles/`. A file
    from a translator must not choose which file on this machine gets rewritten."""
    directory = PROFILES_DIR.resolve()
    path = Path(org)
    candidates = [PROFILES_DIR / f"{org}{suffix}" for suffix in SUFFIXES] \
        if SLUG.fullmatch(org) else [path]
    for candidate in candidates:
        resolved = candidate.resolve()
        if resolved.parent == directory and resolved.suffix in SUFFIXES and resolved.is_file():
            return candidate
    raise UsageError(FOREIGN_PROFILE, file=po_display, org=shown(org),
                     directory=PROFILES_DIR.as_posix())


def _set_text(document, path: str, source_language: str, lang: str, value: str) -> None:
    """In plain loaded YAML, give the text at `path` the `lang` translation `value`."""
    parts = [int(index) if index else key for key, index in _PATH_PART.findall(path)]
    container = document
    for part in parts[:-1]:
        container = container[part]
    current = container[parts[-1]]
    if isinstance(current, dict):
        current[lang] = value
    else:
        container[parts[-1]] = {source_language: current, lang: value}


def patched_text(loaded: LoadedProfile, lang: str, changes: dict[str, str]) -> str:
    """The profile's YAML text with `changes` ({path: translation}) written in, checked."""
    patcher = Patcher(loaded.text, loaded.root, loaded.display)
    edits = [patcher.edit(path, loaded.source_language, lang, value)
             for path, value in changes.items()]
    new_text = apply_edits(loaded.text, edits)
    expected = yaml.safe_load(loaded.text)
    for path, value in changes.items():
        _set_text(expected, path, loaded.source_language, lang, value)
    try:
        same = yaml.safe_load(new_text) == expected
    except yaml.YAMLError:
        same = False
    if same:
        _root, profile = parse_profile(loaded.path, new_text)
        texts = {text.where.path: text for text in profile.texts}
        wrong = [path for path, value in changes.items()
                 if path not in texts or texts[path].get(lang) != value]
    else:
        wrong = list(changes)
    if wrong:
        raise PrivdocsError(NOT_READ_BACK, paths=", ".join(wrong), file=loaded.display)
    size = len(((BOM if loaded.bom else "") + new_text).encode("utf-8"))
    if size > MAX_BYTES:  # the loader would refuse it: no command could read the profile
        raise PrivdocsError(TOO_LARGE, file=loaded.display, size=size, limit=MAX_BYTES)
    return new_text


def _write_profile(loaded: LoadedProfile, new_text: str, changes: dict[str, str],
                   lang: str) -> None:
    """Replace the profile file, then read it again: if a translation does not read back
    (the file changed under us, say), put the old file back."""
    old_data = loaded.path.read_bytes()
    write_atomically(loaded.path, ((BOM if loaded.bom else "") + new_text).encode("utf-8"))
    try:
        texts = load_profile(loaded.path, lock_required=False).texts_by_path()
        wrong = [path for path, value in changes.items()
                 if path not in texts or texts[path].get(lang) != value]
        if wrong:
            raise PrivdocsError(NOT_READ_BACK, paths=", ".join(wrong), file=loaded.display)
    except BaseException:
        write_atomically(loaded.path, old_data)
        raise


def _confirm(loaded: LoadedProfile, lang: str, paths: list[str], result: Imported) -> None:
    """Confirm the imported texts whose other translations are confirmed and current: a
    confirmation covers every language of a text (see `confirming`)."""
    texts = loaded.texts_by_path()
    for path in paths:
        text = texts[path]
        status = text_status(text, loaded.lock, loaded.languages)
        others = [other for other in loaded.translation_languages if other != lang]
        if status.missing or any(other not in status.confirmed for other in others):
            result.not_confirmed.append(path)
            continue
        loaded.lock.confirm(path, dict(text.values), loaded.source_language)
        result.confirmed.append(path)
    if result.confirmed:
        write_lock(loaded.path, loaded.lock)


def import_translations(po_path: Path, org: str | None = None) -> Imported:
    """Write the translations in the PO file at `po_path` into their profile and confirm them."""
    po_display = po_path.as_posix()
    catalog = read_translation_file(po_path)
    lang = catalog.locale_identifier
    if not lang:
        raise PrivdocsError(NO_LANGUAGE, file=po_display)
    if org:
        profile_path = find_profile(org)
    else:
        named = catalog.header(PROFILE_HEADER)
        if not named:
            raise UsageError(NO_PROFILE, file=po_display)
        profile_path = _named_profile(named, po_display)
    loaded = load_profile(profile_path)
    check_translation_language(loaded, lang)
    po_source = catalog.header(SOURCE_LANGUAGE_HEADER)
    if po_source and po_source != loaded.source_language:
        raise PrivdocsError(WRONG_SOURCE, file=po_display, po_source=po_source,
                            profile=loaded.display, source=loaded.source_language)
    result = Imported(loaded.display, lang)
    translations = _translations(catalog, loaded, po_display, result)
    texts = loaded.texts_by_path()
    changes = {path: value for path, value in translations.items()
               if texts[path].get(lang) != value}
    result.written = list(changes)
    result.unchanged = [path for path in translations if path not in changes]
    if changes:
        _write_profile(loaded, patched_text(loaded, lang, changes), changes, lang)
        loaded = load_profile(loaded.path)
    _confirm(loaded, lang, list(translations), result)
    return result
