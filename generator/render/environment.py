"""The Jinja2 environment of the documents: one per language, built once per process.

Templates live in `site_templates/` (reached here through `templates`, a link to it that the
wheel resolves into real files). Wording comes from the `statement` catalog through the i18n
extension (`_`, `ngettext`, `pgettext`), in the address form of the profile (`register`);
Markdown is not HTML, so autoescaping is off and the values arrive already neutralised (see
`markup`). `StrictUndefined` turns a misspelt name into an error, and `finalize` does the same for a None that would print as "None".
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, pass_context

from ..catalogs import DOCUMENT_DOMAIN, translator
from ..formatting import format_date, format_list
from ..profile.model import INVALID
from ..templating import markdown_environment
from .gaps import Gap
from .markup import plain
from .register import Register
from .shapes import (LINK, LIST, PHRASE, SENTENCE, SENTENCES, Prose, as_sentence,
                     capitalize_first, closed, lower_first)

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


def _shape(value: object) -> str:
    """The shape of a profile text; a value that is not `Prose` (a gap) counts as a phrase."""
    return value.shape if isinstance(value, Prose) else PHRASE


@pass_context
def _quoted(context, items) -> str:
    """Names as one phrase, each between quotation marks: "A" and "B"."""
    return format_list(tuple(f'"{item}"' for item in items), context["doc"].locale)


def register(lang: str, formal: bool) -> Register:
    """The document catalog of `lang` in the informal or the formal address form."""
    return Register(translator(lang, DOCUMENT_DOMAIN), formal)


@lru_cache(maxsize=None)
def environment(lang: str, formal: bool = False) -> Environment:
    env = markdown_environment(TEMPLATES_DIR, register(lang, formal), _finalize)
    env.filters["listed"] = _listed
    env.filters["quoted"] = _quoted
    env.filters["long_date"] = _long_date
    env.filters["sentence"] = as_sentence
    env.filters["closed"] = closed
    env.filters["bullets"] = _bullets
    env.filters["capitalize_first"] = capitalize_first
    env.filters["lower_first"] = lower_first
    env.filters["plain"] = plain
    env.tests["gap"] = lambda value: isinstance(value, Gap)
    env.tests["phrase"] = lambda value: _shape(value) == PHRASE
    env.tests["list"] = lambda value: _shape(value) == LIST
    env.tests["link"] = lambda value: _shape(value) == LINK
    env.tests["sentences"] = lambda value: _shape(value) in (SENTENCE, SENTENCES)
    env.tests["several_sentences"] = lambda value: _shape(value) == SENTENCES
    return env
