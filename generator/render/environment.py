"""The Jinja2 environment of the documents: one per language, built once per process.

Templates live in `site_templates/` (reached here through `templates`, a link to it that the
wheel resolves into real files). Wording comes from the `statement` catalog through the i18n
extension (`_`, `ngettext`, `pgettext`); Markdown is not HTML, so autoescaping is off and the
values arrive already neutralised (see `markup`). `StrictUndefined` turns a misspelt name into
an error, and `finalize` does the same for a None that would print as "None".
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, pass_context

from ..catalogs import DOCUMENT_DOMAIN, translator
from ..formatting import format_date, format_list
from ..model import INVALID
from ..templating import markdown_environment
from .gaps import Gap
from .markup import plain

TEMPLATES_DIR = Path(__file__).parent / "templates"


def _finalize(value: object) -> object:
    if value is None or value is INVALID:
        raise TypeError(f"a template printed {value!r}: the view must supply a value or a gap")
    return value


@pass_context
def _listed(context, items) -> str:
    """Items as one phrase in the document's locale: "a, b en c"."""
    return format_list(tuple(items), context["doc"].locale)


@pass_context
def _long_date(context, value) -> str:
    return format_date(value, context["doc"].locale)


def _bullets(items, nested: bool = False) -> str:
    """A Markdown list, one item a line, without a trailing newline; nested lists are
    indented four spaces, which both CommonMark and Python-Markdown read as nested."""
    prefix = "    - " if nested else "- "
    return "\n".join(prefix + item for item in items)


def _capitalize_first(text: str) -> str:
    """The first letter in upper case, the rest as it is (Jinja's `capitalize` lowers it)."""
    return text[:1].upper() + text[1:]


def _sentence(text: str) -> str:
    """A profile text closed with a full stop when it does not end in punctuation yet."""
    return text if text.endswith((".", "!", "?", ":", ";", "**")) else text + "."


@lru_cache(maxsize=None)
def environment(lang: str) -> Environment:
    env = markdown_environment(TEMPLATES_DIR, translator(lang, DOCUMENT_DOMAIN), _finalize)
    env.filters["listed"] = _listed
    env.filters["long_date"] = _long_date
    env.filters["sentence"] = _sentence
    env.filters["bullets"] = _bullets
    env.filters["capitalize_first"] = _capitalize_first
    env.filters["plain"] = plain
    env.tests["gap"] = lambda value: isinstance(value, Gap)
    return env
