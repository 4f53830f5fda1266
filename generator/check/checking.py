"""Checking profiles: from a file to the sorted list of its findings.

load the YAML (with positions) → build the typed profile, collecting reading problems → check
references and ids → run every content rule. Each step only reads what the previous one made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from ..catalogs import N_
from ..errors import PrivdocsError, UsageError
from ..i18n.translation_lock import LockError, read_confirmations
from ..profile.builder import build_profile
from ..profile.loading import load_document
from ..profile.model import INVALID, Profile
from ..profile.references import check_references
from .findings import Finding, Location, Severity, finding, sorted_findings
from .rules import id_mismatch, run_rules, translation_stale

PROFILE_SUFFIXES = (".yaml", ".yml")
LOCK_UNREADABLE = N_("The translation lock {file} cannot be read ({problem}): confirm the "
                     "translations again to rewrite it.")
NO_SUCH_PATH = N_("{path}: no such file or directory.")
UNREADABLE_FOLDER = N_("The folder {folder} cannot be read ({reason}).")


@dataclass
class CheckedProfile:
    """One file's result: the profile (None when the file could not be read) and findings."""

    file: str
    profile: Profile | None
    findings: list[Finding] = field(default_factory=list)

    @property
    def id(self) -> str:
        if self.profile is not None and isinstance(self.profile.id, str):
            return self.profile.id
        return Path(self.file).stem

    @property
    def language(self) -> str | None:
        """The profile's first language, when it could be read."""
        languages = self.profile.languages if self.profile is not None else None
        if isinstance(languages, list) and languages and isinstance(languages[0], str):
            return languages[0]
        return None

    def count(self, severity: Severity) -> int:
        return sum(1 for found in self.findings if found.severity is severity)

    def reported(self) -> CheckedFile:
        """What a report needs of this result, without the profile."""
        return CheckedFile(self.file, self.id, self.language, self.findings)


@dataclass
class CheckedFile:
    """A checked file as the reports see it: its name, id, first language and findings. A
    check of many files keeps these, not the profiles, so that what stays alive (and what the
    garbage collector walks again and again) does not grow with every profile read."""

    file: str
    id: str
    language: str | None
    findings: list[Finding]

    def count(self, severity: Severity) -> int:
        return sum(1 for found in self.findings if found.severity is severity)


def check_file(path: Path, display: str | None = None, expected_id: str | None = None,
               rules: bool = True) -> CheckedProfile:
    """Check one profile file. Never raises for bad input: every problem becomes a finding.

    The profile's id must equal `expected_id`, by default the file name without `.yaml` (a
    published snapshot, `statements/<org>/<version>/profile.yaml`, passes its organisation).
    With `rules` false only reading problems are reported: a published snapshot was checked
    by the rules in force when it was published, and stays readable when rules are added or
    made stricter later (a frozen version must still build, diff and verify).
    """
    display = display or path.as_posix()
    expected_id = expected_id or path.stem
    document = load_document(path)
    if document.root is None:
        return CheckedProfile(display, None, [document.problem])
    profile, findings = build_profile(document.root)
    findings.extend(check_references(profile))
    if isinstance(profile.id, str) and profile.id != expected_id:
        findings.append(finding(id_mismatch.ID, profile.at("id"), id_mismatch.MESSAGE,
                                id=profile.id, file_id=expected_id))
    if not rules:
        return CheckedProfile(display, profile, list(sorted_findings(findings)))
    try:
        profile.confirmations = read_confirmations(path)
    except LockError as error:
        profile.confirmations = INVALID  # unknown, not empty: no rule guesses what it held
        findings.append(finding(translation_stale.ID, Location("", 1, 1), LOCK_UNREADABLE,
                                file=path.stem, problem=str(error)))
    findings.extend(run_rules(profile))
    return CheckedProfile(display, profile, list(sorted_findings(findings)))


def profile_files(arguments: list[str]) -> list[tuple[Path, str]]:
    """The profile files named by `arguments` (files, or directories of `*.yaml`), each with
    the name to show for it. A path that does not exist is a usage error; an empty directory
    simply holds no profiles (the summary then says "0 profiles checked")."""
    files: list[tuple[Path, str]] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            try:
                found = sorted(child for child in path.iterdir()
                               if child.suffix in PROFILE_SUFFIXES and child.is_file())
            except OSError as error:
                raise PrivdocsError(UNREADABLE_FOLDER, folder=argument,
                                    reason=error.strerror or str(error)) from None
            files.extend((child, (path / child.name).as_posix()) for child in found)
        elif path.exists():
            files.append((path, path.as_posix()))
        else:
            raise UsageError(NO_SUCH_PATH, path=argument)
    return files


def check_paths(arguments: list[str]) -> list[CheckedProfile]:
    return [check_file(path, display) for path, display in profile_files(arguments)]


def check_each(arguments: list[str]) -> Iterator[CheckedFile]:
    """The files named by `arguments`, checked one at a time; each profile is let go as soon
    as its findings are known."""
    for path, display in profile_files(arguments):
        yield check_file(path, display).reported()
