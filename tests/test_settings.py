"""The site's settings: privdocs' defaults, what a project's `mkdocs.yml` may change, and the
one clear line `build` prints when that file asks for something privdocs cannot do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.site.settings import (EXAMPLE_SITE_URL, SiteSettings, read_settings,
                                     settings_warnings)

from .conftest import ROOT
from .test_site_cli import project, run  # noqa: F401  (the fixture: a project of its own)


def write_config(folder: Path, text: str) -> Path:
    path = folder / "mkdocs.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_without_a_mkdocs_yml_privdocs_uses_its_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = read_settings()
    assert settings == SiteSettings()
    assert (settings.site_name, settings.site_url, settings.site_dir, settings.docs_dir) == (
        "Privacy statements", EXAMPLE_SITE_URL, Path("site"), Path("build/pages"))
    assert (settings.primary, settings.accent, settings.logo) == ("indigo", "indigo", None)


def test_a_mkdocs_yml_sets_name_address_folders_colours_and_logo(tmp_path):
    (tmp_path / "logo.PNG").write_bytes(b"\x89PNG\r\n\x1a\n")
    config = write_config(tmp_path, (
        "site_name: Privacy bij Voorbeeld\n"
        "site_url: https://privacy.voorbeeld.nl\n"  # the slash is added
        "site_dir: public\n"
        "theme:\n"
        "  palette: {primary: Blue Grey, accent: deep orange}\n"
        "  logo: logo.PNG\n"
        "extra:\n"
        "  privdocs: {docs: true}\n"))
    settings = read_settings(config)
    assert settings == SiteSettings(
        file=config, site_name="Privacy bij Voorbeeld", site_url="https://privacy.voorbeeld.nl/",
        docs_dir=tmp_path / "build/pages", site_dir=tmp_path / "public", primary="blue grey",
        accent="deep orange", logo=tmp_path / "logo.PNG", docs=True)
    assert settings.logo_name == "assets/privdocs/logo.png"
    assert settings_warnings(settings, settings.site_url) == []


def test_the_example_address_and_keys_privdocs_ignores_are_warned_about(
        capsys, project):  # noqa: F811
    write_config(project, "site_url: https://privacy.example.org/\nnav: [index.md]\n"
                          "theme: {name: readthedocs, palette: {scheme: slate}}\n"
                          "extra: {privdocs: {docs: false}}\n")
    code, _, err = run(capsys, "build", "--lang", "en")
    assert code == 0
    keys = ("site_name, site_url, site_dir, docs_dir, theme.palette.primary, "
            "theme.palette.accent, theme.logo, extra.privdocs.docs")
    assert err == (
        f"privdocs: warning: mkdocs.yml: privdocs ignores `nav`; the keys you can set are "
        f"{keys}.\n"
        f"privdocs: warning: mkdocs.yml: privdocs ignores `theme.name`; the keys you can set "
        f"are {keys}.\n"
        f"privdocs: warning: mkdocs.yml: privdocs ignores `theme.palette.scheme`; the keys you "
        f"can set are {keys}.\n"
        "privdocs: warning: The site's address is still the example "
        "https://privacy.example.org/: set `site_url` in mkdocs.yml to the address where you "
        "publish the site, or give --site-url.\n")


def test_the_warning_about_the_example_address_is_in_dutch_when_asked(
        capsys, project):  # noqa: F811
    (project / "mkdocs.yml").unlink()
    code, _, err = run(capsys, "build", "--lang", "nl")
    assert code == 0
    assert err.startswith("privdocs: waarschuwing: Het adres van de site is nog het voorbeeld "
                          "https://privacy.example.org/")


def test_an_address_on_the_command_line_silences_the_warning(capsys, project):  # noqa: F811
    (project / "mkdocs.yml").unlink()
    code, _, err = run(capsys, "build", "--site-url", "https://privacy.voorbeeld.nl/")
    assert (code, err) == (0, "")


@pytest.mark.parametrize("text, message", [
    ("theme:\n  palette:\n    primary: rainbow\n",
     "mkdocs.yml: `theme.palette.primary` is `rainbow`, which is not a colour of the theme; use "
     "one of red, pink, purple, deep purple, indigo, blue, light blue, cyan, teal, green, light "
     "green, lime, yellow, amber, orange, deep orange, brown, grey, blue grey, black, white."),
    ("theme:\n  palette:\n    accent: grey\n",
     "mkdocs.yml: `theme.palette.accent` is `grey`, which is not a colour of the theme; use one "
     "of red, pink, purple, deep purple, indigo, blue, light blue, cyan, teal, green, light "
     "green, lime, yellow, amber, orange, deep orange."),
    ("theme:\n  logo: images/missing.svg\n",
     "mkdocs.yml: `theme.logo` must name an image file (SVG, PNG, JPEG, WebP or GIF) in your "
     "project, relative to mkdocs.yml; `images/missing.svg` is not one."),
    ("theme:\n  logo: https://cdn.example.org/logo.svg\n",
     "mkdocs.yml: `theme.logo` must name an image file (SVG, PNG, JPEG, WebP or GIF) in your "
     "project, relative to mkdocs.yml; `https://cdn.example.org/logo.svg` is not one."),
    ("theme:\n  logo: mkdocs.yml\n",
     "mkdocs.yml: `theme.logo` must name an image file (SVG, PNG, JPEG, WebP or GIF) in your "
     "project, relative to mkdocs.yml; `mkdocs.yml` is not one."),
    ("site_url: [https://a.example/]\n",
     "mkdocs.yml: `site_url` must be a text, such as `https://privacy.example.nl/`."),
    ("theme: material\n", "mkdocs.yml: `theme` must be a mapping of settings."),
    ("extra:\n  privdocs:\n    docs: yes please\n",
     "mkdocs.yml: `extra.privdocs.docs` must be true or false."),
    ("- site_name\n", "mkdocs.yml: the MkDocs configuration cannot be read (not a mapping)."),
    ('site_name: "Privacy <img src=x onerror=alert(1)>"\n',
     "mkdocs.yml: `site_name`: Raw HTML (`<img src=x onerror=alert(1)>`) is not allowed in a "
     "text: use Markdown for emphasis and links."),
])
def test_a_setting_privdocs_cannot_use_is_one_clear_line(
        capsys, project, text, message):  # noqa: F811
    write_config(project, text)
    code, out, err = run(capsys, "build")
    assert (code, out) == (1, "")
    assert err == f"privdocs: error: {message}\n"
    assert not (project / "site").exists()


def test_a_mkdocs_yml_that_is_not_yaml_is_one_clear_line(capsys, project):  # noqa: F811
    write_config(project, "site_name: [unclosed\n")
    code, out, err = run(capsys, "build")
    assert (code, out) == (1, "")
    # the parser's own words follow, whatever they are in the installed version
    assert err.startswith("privdocs: error: mkdocs.yml: the MkDocs configuration cannot be read (")
    assert err.endswith(")\n") or err.endswith(").\n")
    assert err.count("\n") == 1


def test_the_readme_example_is_a_configuration_privdocs_accepts(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"A `mkdocs.yml` of your own.*?```yaml\n(.*?)```", readme, re.DOTALL)
    assert example is not None
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "logo.svg").write_text("<svg/>", encoding="utf-8")
    settings = read_settings(write_config(tmp_path, example.group(1)))
    assert settings.ignored == ()
    assert (settings.primary, settings.accent) == ("teal", "deep orange")
    assert settings.logo == tmp_path / "images" / "logo.svg"


def test_the_logo_and_colours_reach_every_page(capsys, project):  # noqa: F811
    (project / "images").mkdir()
    (project / "images" / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/>'
        "</svg>\n", encoding="utf-8")
    write_config(project, "site_url: https://privacy.voorbeeld.nl/\n"
                          "theme: {palette: {primary: teal}, logo: images/logo.svg}\n")
    code, out, err = run(capsys, "build")
    assert (code, err) == (0, ""), out
    for lang in ("nl", "en"):
        page = (project / "site" / lang / "minimal" / "statement" / "index.html").read_text(
            encoding="utf-8")
        assert 'src="../../assets/privdocs/logo.svg"' in page
        assert 'data-md-color-primary="teal"' in page and 'data-md-color-accent="indigo"' in page
        assert (project / "site" / lang / "assets" / "privdocs" / "logo.svg").is_file()
