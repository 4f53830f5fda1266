"""The documentation privdocs takes from its own code, in the language of a page.

The profile guide, the rule reference and the command reference show texts whose one source is
the code: each key's doc and each model class's docstring (`model.py`), each rule's summary and
rationale (`rule_docs`), and the help of the argument parsers (`commands/`). They are written in
English, and each is also a message id of the `privdocs` catalog: the keys' docs and the help are
marked with `N_`, the docstrings are extracted by `generator/i18n/docstrings.py`. A page shows
the translation in its own language. A text the catalog does not translate (an entry that is
fuzzy, say) is shown in English, and the page marks it as English for screen readers.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogs import SOURCE_LANGUAGE, translator


@dataclass(frozen=True)
class DocText:
    text: str
    lang: str  # the language `text` is in


def doc_text(text: str, lang: str) -> DocText:
    """`text` (an English message id of the `privdocs` catalog) in `lang` where translated."""
    if lang == SOURCE_LANGUAGE or not text:
        return DocText(text, SOURCE_LANGUAGE)
    translated = translator(lang).gettext(text)
    return DocText(translated, SOURCE_LANGUAGE if translated == text else lang)
