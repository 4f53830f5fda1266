"""Publishing a version: the checked profile, frozen with its rendered documents.

A version appears whole or not at all. The whole publish holds the archive's lock
(`archive_lock.py`), so two publishes never interleave, and refuses an archive that is not as it
was published (`verification.check_archive`). Everything is rendered and written into a hidden
folder of this process's own beside the archive first; that folder is renamed into place, and
only then is the sealed manifest replaced, which is the commit point. Any failure before that
removes what was written, so the archive stays as it was.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import os
import shutil
import tempfile
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from ..atomic_files import _mode_for as mode_for
from ..catalogs import DOCUMENT_DOMAIN, LOCALES_DIR, N_, SOURCE_LANGUAGE
from ..check.checking import CheckedProfile, check_file
from ..check.findings import Severity
from ..check.rules import translation_stale, translation_unconfirmed
from ..errors import PrivdocsError, UsageError
from ..i18n.catalog_files import read_catalog
from ..i18n.catalog_status import count_messages
from ..law.durations import add_duration, parse_duration
from ..render import Version, profile_languages
from ..render.outputs import render_output
from .lock import archive_lock
from .manifest import (SNAPSHOT, Manifest, VersionRecord, parse_version, read_manifest)
from .sealing import SEAL, seal_text, sealed
from .substance import Change, is_substantive, substantive_changes
from .verification import check_archive
from .version_files import history, render_files, rerender

HAS_ERRORS = N_("{file} has {count} check errors; fix them before publishing "
                "(`privdocs check {file}`).")
STALE = N_("{file} has translations that are out of date with their source; update and "
           "confirm them before publishing (`privdocs i18n status {org}`).")
UNCONFIRMED = N_("{file} has translations nobody has confirmed; check them and confirm them "
                 "before publishing (`privdocs i18n status {org}`, then `privdocs i18n confirm "
                 "{org}`).")
CATALOG_INCOMPLETE = N_("The document wording is not completely translated into {lang} "
                        "({file}); publishing would mix languages.")
VERSION_EXISTS = N_("Version {version} of {org} exists already; published versions never change.")
VERSION_NOT_HIGHER = N_("Version {version} is not higher than the latest, {latest}.")
LEFTOVER = N_("{path} exists but the manifest does not list it: it is left over from an "
              "interrupted publish. Remove it, then publish again.")
BEFORE_LAST = N_("The effective date {effective} is before that of version {latest} "
                 "({latest_effective}).")
BEFORE_TODAY = N_("The effective date {effective} is in the past: a version cannot take effect "
                  "before it is published ({today}).")
NOTICE_PERIOD = N_("This version changes the substance ({changes}), and the profile promises "
                   "{notice} notice: it can take effect on {earliest} at the earliest. Give a "
                   "later --effective date, or --no-notice-period with the reason.")
NO_SUMMARY = N_("Give a summary of the changes in {languages} (--summary-{first} TEXT, or "
                "--summary TEXT for every language).")
NOTHING_CHANGED = N_("Nothing changed since version {latest}: the profile and every document "
                     "are the same.")
CANNOT_WRITE = N_("The version cannot be written ({reason}); the archive is unchanged.")


class PublishRefused(PrivdocsError):
    """The version cannot be published; nothing was written. `checked` holds the check
    result when the profile's findings are the reason."""

    exit_code = 1

    def __init__(self, msgid: str, checked: CheckedProfile | None = None, **args: object):
        super().__init__(msgid, **args)
        self.checked = checked


@dataclass(frozen=True)
class PublishRequest:
    profile: Path
    summaries: dict[str, str]
    author: str
    today: datetime.date
    version: str | None = None
    effective: datetime.date | None = None
    waive_notice_reason: str | None = None


@dataclass(frozen=True)
class Published:
    record: VersionRecord
    directory: Path
    changes: list[Change]
    pending: tuple[VersionRecord, ...] = ()  # versions that had yet to take effect


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _checked(path: Path) -> CheckedProfile:
    result = check_file(path)
    errors = result.count(Severity.ERROR)
    if errors:
        raise PublishRefused(HAS_ERRORS, checked=result, file=path.as_posix(), count=errors)
    if any(found.rule == translation_stale.ID for found in result.findings):
        raise PublishRefused(STALE, checked=result, file=path.as_posix(), org=result.id)
    if any(found.rule == translation_unconfirmed.ID for found in result.findings):
        raise PublishRefused(UNCONFIRMED, checked=result, file=path.as_posix(), org=result.id)
    return result


def _check_catalogs(languages: list[str]) -> None:
    for lang in languages:
        if lang == SOURCE_LANGUAGE:
            continue
        path = LOCALES_DIR / lang / "LC_MESSAGES" / f"{DOCUMENT_DOMAIN}.po"
        counts = (count_messages(read_catalog(path, path.name, locale=lang,
                                              domain=DOCUMENT_DOMAIN),
                                 DOCUMENT_DOMAIN, lang, path.name)
                  if path.is_file() else None)
        if counts is None or not counts.complete:
            raise PublishRefused(CATALOG_INCOMPLETE, lang=lang, file=path.name)


def _version_number(request: PublishRequest, manifest: Manifest, org: str) -> str:
    latest = manifest.latest
    if request.version is None:
        if latest is None:
            return "1.0"
        major, minor = latest.key
        return f"{major}.{minor + 1}"
    parse_version(request.version)
    if manifest.record(request.version) is not None:
        raise PublishRefused(VERSION_EXISTS, version=request.version, org=org)
    if latest is not None and parse_version(request.version) <= latest.key:
        raise PublishRefused(VERSION_NOT_HIGHER, version=request.version, latest=latest.version)
    return request.version


def _effective_date(request: PublishRequest, manifest: Manifest, profile, material: list[Change]
                    ) -> tuple[datetime.date, str | None]:
    notice = profile.changes.notice_period if profile.changes is not None else None
    earliest = request.today
    if material and isinstance(notice, str):
        earliest = add_duration(request.today, parse_duration(notice))
    latest = manifest.latest
    if request.effective is None and latest is not None:
        earliest = max(earliest, latest.effective)  # after a version still to take effect
    effective = request.effective or earliest
    if effective < request.today:
        raise PublishRefused(BEFORE_TODAY, effective=effective.isoformat(),
                             today=request.today.isoformat())
    if latest is not None and effective < latest.effective:
        raise PublishRefused(BEFORE_LAST, effective=effective.isoformat(),
                             latest=latest.version, latest_effective=latest.effective.isoformat())
    waived = None
    if effective < earliest:
        if not request.waive_notice_reason:
            raise PublishRefused(NOTICE_PERIOD, notice=notice, earliest=earliest.isoformat(),
                                 changes=", ".join(sorted({change.kind for change in material})))
        waived = request.waive_notice_reason
    return effective, waived


def _summaries(request: PublishRequest, languages: list[str]) -> dict[str, str]:
    missing = [lang for lang in languages if not request.summaries.get(lang, "").strip()]
    if missing:
        raise UsageError(NO_SUMMARY, languages=", ".join(missing), first=missing[0])
    return {lang: " ".join(request.summaries[lang].split()) for lang in languages}


def render_version(profile, org: str, version: Version, languages: list[str],
                   only: set[str] | None = None) -> dict[str, bytes]:
    """The documents of a version in every format, by their path inside the version folder
    (only those named in `only`, when given)."""
    return render_files(profile, org, version, languages, render_output, only)


def _previous(manifest: Manifest, org: str):
    """The profile and documents of the latest version, or (None, {}) for a first version."""
    latest = manifest.latest
    if latest is None:
        return None, {}
    folder = manifest.directory / latest.version
    snapshot = check_file(folder / SNAPSHOT, expected_id=org, rules=False)
    documents = {name: (folder / name).read_bytes() for name in latest.files
                 if (folder / name).is_file()}
    return snapshot.profile, documents


def publish(request: PublishRequest, root: Path) -> Published:
    """Publish the profile as a new version under `root` (`statements/`), or refuse with
    nothing written."""
    checked = _checked(request.profile)
    languages = profile_languages(checked.profile)
    _check_catalogs(languages)
    summaries = _summaries(request, languages)
    with archive_lock(root):
        return _publish_locked(request, root, checked, summaries)


def _publish_locked(request: PublishRequest, root: Path, checked: CheckedProfile,
                    summaries: dict[str, str]) -> Published:
    profile, org = checked.profile, checked.id
    languages = profile_languages(profile)
    manifest = read_manifest(org, root, required=False)
    number = _version_number(request, manifest, org)
    target = manifest.directory / number
    if target.exists() or target.is_symlink():
        raise PublishRefused(LEFTOVER, path=target.as_posix())
    if manifest.path.is_file() or manifest.directory.is_dir():
        try:
            check_archive(root, org)
        except UsageError:
            pass  # an organisation folder without any version yet: nothing to check
    pending = tuple(record for record in manifest.versions if record.effective > request.today)

    old_profile, old_documents = _previous(manifest, org)
    changes = substantive_changes(old_profile, profile) if old_profile is not None else []
    material = [change for change in changes if change.material]
    first = old_profile is None
    kind = "substantive" if first or is_substantive(changes) else "editorial"
    effective, waived = _effective_date(request, manifest, profile,
                                        material if not first else [])

    snapshot = request.profile.read_bytes()
    if not first and snapshot == old_documents.get(SNAPSHOT) \
            and rerender(manifest, manifest.latest, profile) == old_documents:
        # the same files, byte for byte (a version published before every format was stored
        # lacks some, so the next one is never "nothing changed")
        raise PublishRefused(NOTHING_CHANGED, latest=manifest.latest.version)

    author = request.author.strip() or profile.controller.name
    record = VersionRecord(
        version=number, published=request.today, effective=effective, author=author,
        kind=kind, summary=summaries, profile_sha256=sha256(snapshot), files={},
        changes=tuple(sorted({change.kind for change in changes})),
        notice_period_waived=waived)
    version = Version(number, effective, history([*manifest.versions, record]))
    files = render_version(profile, org, version, languages)
    files[SNAPSHOT] = snapshot
    record = dataclasses.replace(record, files={name: sha256(data)
                                                for name, data in files.items()})
    manifest.versions.append(record)
    manifest = sealed(manifest)
    files[SEAL] = seal_text(manifest)
    _write_version(target, files, manifest)
    return Published(manifest.record(number), target, changes, pending)


def _write_file(path: Path, data: bytes) -> None:
    with path.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _write_version(target: Path, files: dict[str, bytes], manifest: Manifest) -> None:
    """Write the version folder and the new manifest, or nothing at all.

    The temporary names are this process's own (tempfile), so even a writer that ignored the
    lock could not write into another's files."""
    folder = target.parent
    created_folder = not folder.exists()
    staging = manifest_temporary = None
    moved = committed = False
    try:
        folder.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".publishing-{target.name}-", dir=folder))
        os.chmod(staging, mode_for(staging / "new") | 0o111)  # mkdtemp makes it private
        for name, data in sorted(files.items()):
            path = staging / name
            path.parent.mkdir(parents=True, exist_ok=True)
            _write_file(path, data)
        descriptor, temporary = tempfile.mkstemp(prefix=f".{manifest.path.name}.",
                                                 suffix=".publishing", dir=folder)
        os.close(descriptor)
        manifest_temporary = Path(temporary)
        _write_file(manifest_temporary, manifest.to_yaml().encode("utf-8"))
        os.chmod(manifest_temporary, mode_for(manifest.path))
        os.rename(staging, target)
        moved = True
        os.replace(manifest_temporary, manifest.path)  # the commit point
        committed = True
    except OSError as error:
        raise PrivdocsError(CANNOT_WRITE, reason=error.strerror or str(error)) from None
    finally:
        if not committed:
            if moved:
                shutil.rmtree(target, ignore_errors=True)
            if staging is not None:
                shutil.rmtree(staging, ignore_errors=True)
            if manifest_temporary is not None:
                with suppress(OSError):
                    manifest_temporary.unlink(missing_ok=True)
            if created_folder:
                shutil.rmtree(folder, ignore_errors=True)
