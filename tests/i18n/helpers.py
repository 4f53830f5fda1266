"""Helpers for the translation tests: running the CLI, copying the project, and msgfmt."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.cli import main

from ..conftest import ROOT

I18N_DATA = Path(__file__).resolve().parent
MIXED = I18N_DATA / "mixed-styles.yaml"
MSGFMT_MISSING = ("msgfmt is not installed, so these tests cannot check that the PO files open in "
                  "the standard tools: install Debian's gettext package "
                  "(apt-get install -y gettext).")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def copy_project(destination: Path) -> Path:
    """A copy of the source checkout's catalogs, mapping files and the sources they read."""
    ignore = shutil.ignore_patterns("__pycache__", "*.mo")
    shutil.copytree(ROOT / "generator", destination / "generator", ignore=ignore)
    if (ROOT / "site_templates").is_dir():
        shutil.copytree(ROOT / "site_templates", destination / "site_templates", ignore=ignore)
    for name in ("babel.cfg", "babel-statement.cfg"):
        if (ROOT / name).is_file():
            shutil.copy(ROOT / name, destination / name)
    return destination


def msgfmt_check(path: Path) -> None:
    """`msgfmt --check` must accept the file. A missing msgfmt fails: it is a required tool."""
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.fail(MSGFMT_MISSING)
    completed = subprocess.run([msgfmt, "--check", "--output-file", os.devnull, str(path)],
                               capture_output=True, text=True)
    assert completed.returncode == 0, f"msgfmt --check {path}:\n{completed.stderr}"
