"""The Jinja2 environment of the site's pages: one per templates folder and language.

The page templates are `site_templates/site/*.md.j2`, shipped in the package beside the theme
overrides; they write Markdown that MkDocs turns into pages. As for the documents, every
sentence is an English message id in the `statement` catalog (babel-statement.cfg extracts
`site_templates/**.j2`), so `privdocs i18n` keeps the site's wording translated with the rest.
`StrictUndefined` makes a misspelt name an error, and printing None is refused. The texts the
documentation takes from the code are translated through the `privdocs` catalog instead
(`doc_text`, see `doc_texts`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment

from ..catalogs import DOCUMENT_DOMAIN, translator
from ..formatting import DEFAULT_LOCALES, format_date
from ..render.markup import code, inline, plain
from ..templating import markdown_environment
from . import urls
from .doc_texts import doc_text

# Every message id the site's templates asked for, per language: the build compares them with
# the catalog, so that no sentence falls back to English unnoticed.
USED: dict[str, set[str]] = {}


def _finalize(value: object) -> object:
    if value is None:
        raise TypeError("a site template printed None: the page must supply a value")
    return value


def _table_cell(text: str) -> str:
    """Markdown text that stays inside one table cell."""
    return inline(text)


@lru_cache(maxsize=None)
def environment(templates: Path, lang: str) -> Environment:
    used = USED.setdefault(lang, set())
    env = markdown_environment(templates, translator(lang, DOCUMENT_DOMAIN), _finalize,
                               record=used.add)
    env.globals.update(lang=lang, link=urls.link, url=urls.url, to_site_root=urls.to_site_root,
                       paths=urls, doc_text=lambda text: doc_text(text, lang))
    locale = DEFAULT_LOCALES[lang]
    env.filters["long_date"] = lambda value: format_date(value, locale)
    env.filters["plain"] = plain
    env.filters["inline"] = inline
    env.filters["cell"] = _table_cell
    env.filters["code"] = code
    return env


def render(templates: Path, lang: str, name: str, **context: object) -> str:
    return environment(templates, lang).get_template(name).render(**context)
