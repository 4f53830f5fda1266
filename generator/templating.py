"""The Jinja2 environment shared by the documents and the site's pages.

Both write Markdown (so autoescaping is off and values arrive already neutralised), both take
every sentence from a gettext catalog through the i18n extension (`_`, `ngettext`, `pgettext`,
new style: the message is formatted with the keyword arguments), and both refuse to print what
should never reach a legal text: `StrictUndefined` turns a misspelt name into an error, and
`refuse` is applied to every printed value and every message argument.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from jinja2 import BytecodeCache, Environment, FileSystemLoader, StrictUndefined
from jinja2.bccache import Bucket

from .catalogs import Translator

CONTEXT_SEPARATOR = "\x04"  # how gettext catalogs store a message context (msgctxt)


def message_key(msgid: str, context: str | None = None) -> str:
    """The key a catalog files a message under: `context\\x04msgid` with a context."""
    return f"{context}{CONTEXT_SEPARATOR}{msgid}" if context else msgid


class _CompiledOnce(BytecodeCache):
    """Each template compiled once per process, for the environments of every language: they
    read the same files with the same settings, so the code is the same, and compiling
    Material-sized templates costs more than rendering them. In memory only: nothing compiled
    is ever read from disk. A template whose source changed compiles again (its checksum)."""

    def __init__(self) -> None:
        self.compiled: dict[str, tuple[str, object]] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        found = self.compiled.get(bucket.key)
        if found is not None and found[0] == bucket.checksum:
            bucket.code = found[1]

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.compiled[bucket.key] = (bucket.checksum, bucket.code)


_COMPILED = _CompiledOnce()


def markdown_environment(templates: Path, catalog: Translator,
                         refuse: Callable[[object], object],
                         record: Callable[[str], None] = lambda key: None) -> Environment:
    """An environment over `templates` whose wording comes from `catalog`; `record` is told
    the key of every message a template asks for."""
    env = Environment(
        loader=FileSystemLoader(templates),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=refuse,
        extensions=["jinja2.ext.i18n"],
        bytecode_cache=_COMPILED,
    )

    def formatted(message: str, variables: dict) -> str:
        for value in variables.values():
            refuse(value)
        return message % variables  # as Jinja's own new-style gettext: always formatted

    def gettext(__message: str, **variables: object) -> str:
        record(__message)
        return formatted(catalog.gettext(__message), variables)

    def ngettext(__singular: str, __plural: str, __n: int, **variables: object) -> str:
        record(__singular)
        variables.setdefault("num", __n)
        return formatted(catalog.ngettext(__singular, __plural, __n), variables)

    def pgettext(__context: str, __message: str, **variables: object) -> str:
        record(message_key(__message, __context))
        return formatted(catalog.pgettext(__context, __message), variables)

    env.install_gettext_callables(gettext, ngettext, newstyle=True)
    env.globals.update(_=gettext, gettext=gettext, ngettext=ngettext, pgettext=pgettext)
    return env
