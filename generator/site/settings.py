"""The site's settings: privdocs' own defaults, and what an organisation's `mkdocs.yml` changes.

privdocs builds the site with the MkDocs configuration it ships (`site_templates/site/mkdocs.yml`,
package data next to the page templates and the theme overrides), so `build` and `serve` work in
any folder. A project's `mkdocs.yml` is optional; when present it may set the keys below and
nothing else (the theme, its extensions and plugins are what the templates and the accessibility
tests were written for). Every key privdocs reads from that file is read here, into
`SiteSettings`: a feature that needs a setting adds a field and reads it in `read_settings`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..catalogs import N_
from ..errors import PrivdocsError, UsageError
from ..render.environment import TEMPLATES_DIR
from .mkdocs_engine.config_file import read_config_file

# The page templates, the theme overrides and the MkDocs configuration privdocs builds with.
SITE_TEMPLATES = TEMPLATES_DIR / "site"
MKDOCS_DEFAULTS = "mkdocs.yml"  # in the templates folder
PROJECT_CONFIG = Path("mkdocs.yml")
EXAMPLE_SITE_URL = "https://privacy.example.org/"
DEFAULT_SITE_NAME = "Privacy statements"

# Material for MkDocs' named colours (its palette documentation); accents have no greys.
ACCENT_COLOURS = ("red", "pink", "purple", "deep purple", "indigo", "blue", "light blue", "cyan",
                  "teal", "green", "light green", "lime", "yellow", "amber", "orange",
                  "deep orange")
PRIMARY_COLOURS = ACCENT_COLOURS + ("brown", "grey", "blue grey", "black", "white")
LOGO_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".webp", ".gif")
SETTABLE = ("site_name", "site_url", "site_dir", "docs_dir", "theme.palette.primary",
            "theme.palette.accent", "theme.logo", "extra.privdocs.docs")

NO_CONFIG = N_("{file}: no such MkDocs configuration; run the command in the folder of your "
               "mkdocs.yml, or give --config FILE.")
BAD_CONFIG = N_("{file}: the MkDocs configuration cannot be read ({problem}).")
NOT_A_MAPPING = N_("{file}: `{key}` must be a mapping of settings.")
NOT_A_SWITCH = N_("{file}: `{key}` must be true or false.")
NOT_TEXT = N_("{file}: `{key}` must be a text, such as {example}.")
BAD_COLOUR = N_("{file}: `{key}` is `{value}`, which is not a colour of the theme; use one of "
                "{colours}.")
BAD_LOGO = N_("{file}: `theme.logo` must name an image file (SVG, PNG, JPEG, WebP or GIF) in "
              "your project, relative to {file}; `{value}` is not one.")
IGNORED = N_("{file}: privdocs ignores `{key}`; the keys you can set are {keys}.")
EXAMPLE_ADDRESS = N_("The site's address is still the example {url}: set `site_url` in "
                     "mkdocs.yml to the address where you publish the site, or give --site-url.")


@dataclass(frozen=True)
class SiteSettings:
    """The settings one build uses; relative paths are relative to the current folder."""

    file: Path | None = None  # the project's mkdocs.yml, None when there is none
    site_name: str = DEFAULT_SITE_NAME  # translated where the `statement` catalog has it
    site_url: str = EXAMPLE_SITE_URL  # ends in "/"
    docs_dir: Path = Path("build/pages")  # the generated pages, one folder per language
    site_dir: Path = Path("site")
    primary: str = "indigo"
    accent: str = "indigo"
    logo: Path | None = None  # an image file of the project
    # privdocs' own documentation and the translation bookkeeping on the public site; off by
    # default, as the site is for the readers of the statements (`extra.privdocs.docs`)
    docs: bool = False
    ignored: tuple[str, ...] = ()  # keys of the file privdocs does not use (build warns)

    @property
    def logo_name(self) -> str | None:
        """Where the logo is in each language's site (beside privdocs' stylesheet)."""
        return f"assets/privdocs/logo{self.logo.suffix.lower()}" if self.logo else None


def with_slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def _text(data: dict, key: str, file: str, example: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, (str, int, float)) or isinstance(value, bool) or not str(value):
        raise PrivdocsError(NOT_TEXT, file=file, key=key, example=example)
    return str(value)


def _site_name(data: dict, file: str) -> str | None:
    """The site's name, which the theme writes into every page unescaped: safe text only."""
    from ..check.findings import render_message
    from ..message_language import message_language
    from ..profile.safe_text import UNSAFE_OPTION, unsafe_pieces

    name = _text(data, "site_name", file, "`Privacy`")
    pieces = unsafe_pieces(name) if name is not None else []
    if pieces:
        raise PrivdocsError(UNSAFE_OPTION, option=f"{file}: `site_name`", problem=render_message(
            message_language(), pieces[0].msgid, pieces[0].args))
    return name


def _mapping(data: dict, key: str, file: str, shown: str) -> dict:
    value = data.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PrivdocsError(NOT_A_MAPPING, file=file, key=shown)
    return value


def _colour(palette: dict, key: str, file: str, colours: tuple[str, ...]) -> str | None:
    value = _text(palette, key, file, "`indigo`")
    if value is not None and value.lower() not in colours:
        raise PrivdocsError(BAD_COLOUR, file=file, key=f"theme.palette.{key}", value=value,
                            colours=", ".join(colours))
    return value.lower() if value is not None else None


def _logo(theme: dict, root: Path, file: str) -> Path | None:
    value = _text(theme, "logo", file, "`images/logo.svg`")
    if value is None:
        return None
    path = root / value
    if "://" in value or path.suffix.lower() not in LOGO_SUFFIXES or not path.is_file():
        raise PrivdocsError(BAD_LOGO, file=file, value=value)
    return path


def _docs(options: dict, file: str) -> bool:
    value = options.get("docs", False)
    if not isinstance(value, bool):
        raise PrivdocsError(NOT_A_SWITCH, file=file, key="extra.privdocs.docs")
    return value


def _ignored(data: dict, theme: dict, palette: dict, extra: dict,
             options: dict) -> tuple[str, ...]:
    used = {"site_name", "site_url", "site_dir", "docs_dir", "theme", "extra",
            "theme.palette", "theme.logo", "theme.palette.primary", "theme.palette.accent",
            "extra.privdocs", "extra.privdocs.docs"}
    keys = [*data, *(f"theme.{key}" for key in theme),
            *(f"theme.palette.{key}" for key in palette), *(f"extra.{key}" for key in extra),
            *(f"extra.privdocs.{key}" for key in options)]
    return tuple(str(key) for key in keys if key not in used)


def _load(file: Path) -> dict:
    try:
        with file.open("rb") as handle:
            data = read_config_file(handle) or {}
    except Exception as error:  # YAML errors and !ENV problems alike
        raise PrivdocsError(BAD_CONFIG, file=file.as_posix(),
                            problem=" ".join(str(error).split())) from None
    if not isinstance(data, dict):
        raise PrivdocsError(BAD_CONFIG, file=file.as_posix(), problem="not a mapping")
    return data


def read_settings(file: Path | None = None) -> SiteSettings:
    """The settings of `file`, or of `mkdocs.yml` here when there is one, else the defaults.

    A file given by name must exist; `mkdocs.yml` is only used when present."""
    if file is None:
        if not PROJECT_CONFIG.is_file():
            return SiteSettings()
        file = PROJECT_CONFIG
    elif not file.is_file():
        raise UsageError(NO_CONFIG, file=file.as_posix())
    data = _load(file)
    root, shown = file.parent, file.as_posix()
    theme = _mapping(data, "theme", shown, "theme")
    palette = _mapping(theme, "palette", shown, "theme.palette")
    extra = _mapping(data, "extra", shown, "extra")
    options = _mapping(extra, "privdocs", shown, "extra.privdocs")
    defaults = SiteSettings()
    site_url = _text(data, "site_url", shown, "`https://privacy.example.nl/`")
    docs_dir = _text(data, "docs_dir", shown, "`build/pages`")
    site_dir = _text(data, "site_dir", shown, "`site`")
    return SiteSettings(
        file=file,
        site_name=_site_name(data, shown) or defaults.site_name,
        site_url=with_slash(site_url) if site_url else defaults.site_url,
        docs_dir=root / (docs_dir or defaults.docs_dir),
        site_dir=root / (site_dir or defaults.site_dir),
        primary=_colour(palette, "primary", shown, PRIMARY_COLOURS) or defaults.primary,
        accent=_colour(palette, "accent", shown, ACCENT_COLOURS) or defaults.accent,
        logo=_logo(theme, root, shown),
        docs=_docs(options, shown),
        ignored=_ignored(data, theme, palette, extra, options))


def settings_warnings(settings: SiteSettings, site_url: str) -> list[tuple[str, dict[str, object]]]:
    """What the build should tell the user about its settings: keys it ignored, and an
    address that is still the example one (the site's links and sitemap would point there)."""
    found: list[tuple[str, dict[str, object]]] = [
        (IGNORED, {"file": settings.file.as_posix() if settings.file else "mkdocs.yml",
                   "key": key, "keys": ", ".join(SETTABLE)})
        for key in settings.ignored]
    if site_url == EXAMPLE_SITE_URL:
        found.append((EXAMPLE_ADDRESS, {"url": EXAMPLE_SITE_URL}))
    return found
