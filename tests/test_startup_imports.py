"""`privdocs check` and `--version` start at once: they import no site, rendering, diffing or
translation-workflow code, and none of MkDocs, Jinja2, Markdown or Babel (issue 14). Each case
runs in a fresh Python, as a pre-commit hook would, and lists what got imported."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

VALID = Path(__file__).parent / "profiles" / "valid" / "minimal.yaml"
LIBRARIES = ("mkdocs", "material", "jinja2", "markupsafe", "markdown", "pymdownx", "babel",
             "watchdog", "click")
OUR_HEAVY_PARTS = ("generator.site", "generator.render", "generator.diffing", "generator.i18n",
                   "generator.archive.publishing", "generator.templating",
                   "generator.archive.verification")
RUN = """
import json, sys
from generator.cli import main
try:
    code = main(sys.argv[2:])
except SystemExit as exit:
    code = exit.code
with open(sys.argv[1], "w") as out:
    json.dump({"code": code, "modules": sorted(sys.modules)}, out)
"""


def imported_by(tmp_path: Path, *argv: str) -> tuple[int, list[str]]:
    record = tmp_path / "modules.json"
    subprocess.run([sys.executable, "-c", RUN, str(record), *argv], check=False,
                   capture_output=True, cwd=tmp_path)
    data = json.loads(record.read_text())
    return data["code"], data["modules"]


# The translation lock lives with the rest of i18n; a check reads it, and it is light.
LIGHT = ("generator.i18n", "generator.i18n.translation_lock")


def heavy(modules: list[str]) -> list[str]:
    return [name for name in modules
            if name.split(".")[0] in LIBRARIES
            or (name not in LIGHT
                and any(name == part or name.startswith(part + ".") for part in OUR_HEAVY_PARTS))]


@pytest.mark.parametrize("argv", [
    ("check", str(VALID)),
    ("check", str(VALID), "--lang", "nl"),
    ("check", str(VALID), "--format", "json"),
    ("check", str(VALID), "--format", "sarif", "--lang", "nl"),
], ids=["text", "text-nl", "json", "sarif-nl"])
def test_check_imports_nothing_it_does_not_use(tmp_path, argv):
    code, modules = imported_by(tmp_path, *argv)
    assert code == 0
    assert "generator.check.checking" in modules  # the check did run
    assert heavy(modules) == []


def test_version_imports_no_command(tmp_path):
    code, modules = imported_by(tmp_path, "--version")
    assert code == 0
    assert [name for name in modules if name.startswith("generator.commands.")] == []
    assert "yaml" not in modules and heavy(modules) == []


def test_a_mistyped_command_still_lists_every_command(tmp_path):
    """The lazy table registers every command when the message has to list them."""
    done = subprocess.run([sys.executable, "-m", "generator", "chek"], capture_output=True,
                          text=True, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == ("privdocs: error: `chek` is not a command of `privdocs`. Did you mean "
                           "`check`?\n")
    done = subprocess.run([sys.executable, "-m", "generator", "--help"], capture_output=True,
                          text=True, cwd=tmp_path)
    assert all(f"    {name} " in done.stdout for name in ("check", "build", "serve", "diff"))
