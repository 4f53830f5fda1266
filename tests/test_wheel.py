"""privdocs as a user gets it: the sdist and the wheel that `python -m build` makes (the wheel
from the sdist, as a release does), the wheel installed into a fresh virtual environment, and
the commands run in a folder outside the checkout, with and without a `mkdocs.yml` there.

The fresh environment gets privdocs only from the wheel (`--no-deps`); its dependencies are the
ones this test environment already has, reached through a `.pth` file, so the test needs no
network. A `.pth` line adds a folder to `sys.path` without running the `.pth` files inside it,
so the editable install of this checkout stays invisible there (the test asserts it).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import sysconfig
import tarfile
import time
import urllib.error
import urllib.request
import venv
import zipfile
from pathlib import Path

import pytest
import yaml

from generator.render import DOCUMENTS

from .conftest import MINIMAL, ROOT, confirm_translations

PROFILE_ID = "minimal"
ORG_ID = "vereniging-voorbeeld"
ORG_NAME = "Vereniging Voorbeeld"  # the name in the minimal profile
ANYWHERE = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.mo", ".pytest_cache")
AT_THE_ROOT = {".git", ".venv", "build", "dist", "site", "node_modules", "test-artifacts",
               ".hypothesis"}
TEMPLATE_FOLDER = "generator/render/templates/"
# Files in the package folder that only maintainers use, from a checkout (`make catalogs`).
MAINTAINERS_ONLY = (".pot", ".mo")


def not_sources(folder: str, names: list[str]) -> set[str]:
    """What a copy of the checkout leaves out: what tools and builds wrote into it."""
    ignored = set(ANYWHERE(folder, names))
    if Path(folder) == ROOT:
        ignored |= AT_THE_ROOT.intersection(names)
    return ignored


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """The sdist and the wheel, built from a copy of the checkout (the checkout stays as it is:
    a build writes build/ and the egg-info next to the sources)."""
    folder = tmp_path_factory.mktemp("dist")
    source = folder / "source"
    shutil.copytree(ROOT, source, symlinks=True, ignore=not_sources)
    completed = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(folder / "out"),
         str(source)], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    return folder / "out"


def only(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    assert len(found) == 1, found
    return found[0]


@pytest.fixture(scope="module")
def wheel_names(dist) -> set[str]:
    with zipfile.ZipFile(only(dist, "privdocs-*.whl")) as wheel:
        return set(wheel.namelist())


@pytest.fixture(scope="module")
def installed(dist, tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel installed; its `bin` folder."""
    env = tmp_path_factory.mktemp("venv") / "env"
    venv.EnvBuilder(with_pip=False).create(env)
    where = "import sysconfig; print(sysconfig.get_path('purelib'))"
    purelib = Path(subprocess.run([str(env / "bin" / "python"), "-c", where],
                                  capture_output=True, text=True, check=True).stdout.strip())
    dependencies = dict.fromkeys([sysconfig.get_path("purelib"), sysconfig.get_path("platlib")])
    (purelib / "test-dependencies.pth").write_text("\n".join(dependencies) + "\n",
                                                   encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(env / "bin" / "python"), "install", "-q",
         "--no-deps", "--no-index", str(only(dist, "privdocs-*.whl"))],
        capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
    return env / "bin"


def clean_environment(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "PRIVDOCS_", "VIRTUAL_ENV"))}
    env.update(extra)
    return env


def privdocs(bin_dir: Path, folder: Path, *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(bin_dir / "privdocs"), *argv], cwd=folder, capture_output=True,
                          text=True, env=clean_environment(PRIVDOCS_TODAY="2026-02-01"),
                          timeout=300)


def start_project(folder: Path) -> None:
    """A project with the minimal profile, which checks clean."""
    (folder / "org_profiles").mkdir(parents=True)
    shutil.copy(MINIMAL, folder / "org_profiles" / f"{PROFILE_ID}.yaml")
    confirm_translations(folder / "org_profiles" / f"{PROFILE_ID}.yaml")


# -- the package ----------------------------------------------------------------------------
def test_the_wheel_is_what_runs_in_the_fresh_environment(installed, tmp_path):
    completed = subprocess.run(
        [str(installed / "python"), "-c", "import generator; print(generator.__file__)"],
        cwd=tmp_path, capture_output=True, text=True, env=clean_environment(), check=True)
    module = Path(completed.stdout.strip())
    assert installed.parent in module.parents, module
    assert ROOT not in module.resolve().parents


def test_init_check_publish_build_in_a_folder_of_its_own(installed, tmp_path):
    project = tmp_path / "our-privacy"
    made = privdocs(installed, tmp_path, "init", str(project), "--org", ORG_ID, "--name",
                    ORG_NAME, "--jurisdiction", "NL", "--languages", "nl,en", "--lang", "en")
    assert made.returncode == 0, made.stderr
    profile = project / "org_profiles" / f"{ORG_ID}.yaml"
    assert profile.is_file() and (project / "mkdocs.yml").is_file()
    # the starter profile is a list of gaps, which check reports
    gaps = privdocs(installed, project, "check", "--lang", "en")
    assert gaps.returncode == 1 and f"org_profiles/{ORG_ID}.yaml:" in gaps.stdout
    # the privacy officer fills it in (here: the minimal profile) and confirms the English
    profile.write_text(MINIMAL.read_text(encoding="utf-8").replace(
        f"id: {PROFILE_ID}\n", f"id: {ORG_ID}\n"), encoding="utf-8")
    confirmed = privdocs(installed, project, "i18n", "confirm", ORG_ID)
    assert confirmed.returncode == 0, confirmed.stdout + confirmed.stderr
    checked = privdocs(installed, project, "check", "--strict")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    published = privdocs(installed, project, "publish", ORG_ID,
                         "--summary-nl", "Eerste versie.", "--summary-en", "First version.")
    assert published.returncode == 0, published.stderr
    assert (project / "statements" / ORG_ID / "1.0" / "nl" / "statement.md").is_file()
    built = privdocs(installed, project, "build", "--lang", "en")
    assert built.returncode == 0, built.stdout + built.stderr
    assert built.stdout.startswith("Built the site of 1 organisation into site/")
    # init's mkdocs.yml has the example address until the organisation changes it
    assert built.stderr == (
        "privdocs: warning: The site's address is still the example "
        "https://privacy.example.org/: set `site_url` in mkdocs.yml to the address where you "
        "publish the site, or give --site-url.\n")
    statement = (project / "site" / "nl" / ORG_ID / "statement" / "index.html").read_text(
        encoding="utf-8")
    assert ORG_NAME in statement and "Privacyverklaring" in statement
    assert 'href="../../assets/privdocs/site.css"' in statement
    assert (project / "site" / "nl" / "assets" / "privdocs" / "site.css").is_file()
    assert (project / "site" / "index.html").is_file()


def test_build_without_a_mkdocs_yml_uses_privdocs_defaults(installed, tmp_path):
    start_project(tmp_path)
    assert privdocs(installed, tmp_path, "publish", PROFILE_ID, "--summary-nl", "Eerste.",
                    "--summary-en", "First.").returncode == 0
    built = privdocs(installed, tmp_path, "build", "--site-url", "https://privacy.voorbeeld.nl/")
    assert (built.returncode, built.stderr) == (0, ""), built.stdout + built.stderr
    home = (tmp_path / "site" / "en" / "index.html").read_text(encoding="utf-8")
    assert "<title>Privacy statements - Privacy statements</title>" in home
    assert 'data-md-color-primary="indigo"' in home
    assert (tmp_path / "site" / "en" / PROFILE_ID / "statement" / "index.html").is_file()


def test_render_works_in_any_folder(installed, tmp_path):
    start_project(tmp_path)
    rendered = privdocs(installed, tmp_path, "render", PROFILE_ID, "--lang", "en")
    assert rendered.returncode == 0, rendered.stderr
    assert rendered.stdout.startswith("# Privacy statement")
    assert ORG_NAME in rendered.stdout


def test_the_page_formats_work_from_the_wheel(installed, tmp_path):
    """The PDF needs the Typst template, a data file of the package, and the typst wheel."""
    start_project(tmp_path)
    rendered = privdocs(installed, tmp_path, "render", PROFILE_ID, "--format", "pdf",
                        "--output", "out")
    assert rendered.returncode == 0, rendered.stderr
    pdf = (tmp_path / "out" / "en" / "statement.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and b"/StructTreeRoot" in pdf
    page = privdocs(installed, tmp_path, "render", PROFILE_ID, "--lang", "en", "--format", "html")
    assert page.returncode == 0, page.stderr
    assert page.stdout.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert ORG_NAME in page.stdout


def test_a_mkdocs_yml_of_the_project_sets_name_address_colours_and_logo(installed, tmp_path):
    start_project(tmp_path)
    assert privdocs(installed, tmp_path, "publish", PROFILE_ID, "--summary-nl", "Eerste.",
                    "--summary-en", "First.").returncode == 0
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/>'
        "</svg>\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump({
        "site_name": "Privacy bij Voorbeeld", "site_url": "https://privacy.voorbeeld.nl/",
        "theme": {"palette": {"primary": "teal", "accent": "deep orange"},
                  "logo": "images/logo.svg"}}), encoding="utf-8")
    built = privdocs(installed, tmp_path, "build")
    assert (built.returncode, built.stderr) == (0, ""), built.stdout + built.stderr
    page = (tmp_path / "site" / "en" / PROFILE_ID / "statement" / "index.html").read_text(
        encoding="utf-8")
    assert "Privacy bij Voorbeeld" in page
    assert 'data-md-color-primary="teal"' in page and 'data-md-color-accent="deep-orange"' in page
    assert '<link rel="canonical" href="https://privacy.voorbeeld.nl/en/minimal/statement/">' \
        in page
    assert 'src="../../assets/privdocs/logo.svg"' in page
    assert (tmp_path / "site" / "en" / "assets" / "privdocs" / "logo.svg").is_file()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_works_in_any_folder(installed, tmp_path):
    start_project(tmp_path)
    assert privdocs(installed, tmp_path, "publish", PROFILE_ID, "--summary-nl", "Eerste.",
                    "--summary-en", "First.").returncode == 0
    port = free_port()
    server = subprocess.Popen([str(installed / "privdocs"), "serve", "--dev-addr",
                               f"127.0.0.1:{port}"], cwd=tmp_path, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True,
                              env=clean_environment(PRIVDOCS_TODAY="2026-02-01"))
    try:
        page = None
        deadline = time.monotonic() + 60
        while page is None and time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(
                        f"http://127.0.0.1:{port}/nl/{PROFILE_ID}/statement/", timeout=5) as answer:
                    page = answer.read().decode("utf-8")
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.3)
    finally:
        server.terminate()
        out, err = server.communicate(timeout=30)
    assert page is not None, out + err
    assert ORG_NAME in page


# -- what the distributions hold ------------------------------------------------------------
def package_files_of_the_checkout() -> set[str]:
    """Every file the package folder holds in this checkout (through the templates link)."""
    package = ROOT / "generator"
    found = set()
    for folder, folders, files in os.walk(package, followlinks=True):
        folders[:] = [name for name in folders if name != "__pycache__"]
        for name in files:
            found.add((Path(folder) / name).relative_to(ROOT).as_posix())
    return found


def test_the_wheel_holds_every_file_of_the_package(wheel_names):
    expected = {name for name in package_files_of_the_checkout()
                if not name.endswith(MAINTAINERS_ONLY)}
    assert expected - wheel_names == set()
    assert {"generator/locales/nl/LC_MESSAGES/privdocs.po",
            "generator/locales/nl/LC_MESSAGES/statement.po",
            f"{TEMPLATE_FOLDER}site/mkdocs.yml",
            f"{TEMPLATE_FOLDER}site/overrides/assets/privdocs/site.css"} <= wheel_names
    assert "privdocs-0.1.0.dist-info/licenses/LICENSE" in wheel_names


def test_every_template_and_asset_the_code_names_is_in_the_wheel(dist, wheel_names):
    """Template names in the code and in the templates, and what the packaged MkDocs
    configuration loads, are files of the wheel."""
    templates = {name.removeprefix(TEMPLATE_FOLDER) for name in wheel_names
                 if name.startswith(TEMPLATE_FOLDER)}
    named: set[str] = set()
    with zipfile.ZipFile(only(dist, "privdocs-*.whl")) as wheel:
        for name in wheel_names:
            text = wheel.read(name).decode("utf-8") if name.endswith((".py", ".j2")) else ""
            named |= set(re.findall(r"""["']([\w/.-]+\.j2)["']""", text))
        config = yaml.safe_load(wheel.read(f"{TEMPLATE_FOLDER}site/mkdocs.yml"))
    named |= {f"{document}.md.j2" for document in DOCUMENTS}  # asked for as f"{document}.md.j2"
    assert {"statement.md.j2", "home.md.j2", "wording.md.j2", "macros.md.j2"} <= named
    missing = {name for name in named
               if name not in templates and f"site/{name}" not in templates}
    assert missing == set()
    overrides = f"site/{config['theme']['custom_dir']}/"
    for asset in [*config.get("extra_css", []), *config.get("extra_javascript", [])]:
        assert overrides + asset in templates


def git_files() -> list[str]:
    try:
        completed = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z"],
                                   capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout (an unpacked sdist, say): no list of committed files "
                    "to compare the sdist with")
    return [name for name in completed.stdout.decode("utf-8").split("\0") if name]


def test_the_sdist_holds_every_committed_file(dist):
    with tarfile.open(only(dist, "privdocs-*.tar.gz")) as sdist:
        members = {member.name.split("/", 1)[1]: member for member in sdist.getmembers()
                   if "/" in member.name}
    missing = []
    for name in git_files():
        member = members.get(name)
        if (ROOT / name).is_symlink() and (ROOT / name).is_dir():
            ok = member is not None and member.isdir()  # the link's files are copied in
        else:
            ok = member is not None and member.isfile()
        if not ok:
            missing.append(name)
    assert missing == []
    assert {"LICENSE", "tests/conftest.py", "statements", "site_templates/site/mkdocs.yml"} \
        <= set(members)
