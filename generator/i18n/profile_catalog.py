"""A PO catalog of one profile's texts: Babel's catalog plus the header fields it drops.

Babel keeps only the standard PO header fields. A translator's file also says which language
it is translated from (`X-Source-Language`, which Poedit shows) and which profile it belongs to
(`X-Privdocs-Profile`, so `privdocs i18n import FILE` needs no other argument).
"""

from __future__ import annotations

import io
from typing import BinaryIO

from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileParser

from .catalog_files import check_po_syntax

SOURCE_LANGUAGE_HEADER = "X-Source-Language"
PROFILE_HEADER = "X-Privdocs-Profile"


class ProfileCatalog(Catalog):
    """A catalog that also writes and keeps the `X-` header fields in `extra_headers`."""

    def __init__(self, *args, extra_headers: dict[str, str] | None = None, **kwargs) -> None:
        self.extra_headers: dict[str, str] = dict(extra_headers or {})
        super().__init__(*args, **kwargs)

    @property
    def mime_headers(self) -> list[tuple[str, str]]:
        headers = Catalog.mime_headers.fget(self)
        # Babel ends the header with `Generated-By` and a blank line; ours go before it.
        last = [headers.pop()] if headers and headers[-1][0] == "Generated-By" else []
        return headers + sorted(self.extra_headers.items()) + last

    @mime_headers.setter
    def mime_headers(self, headers) -> None:
        headers = list(headers)
        Catalog.mime_headers.fset(self, headers)
        for name, value in headers:
            if name.lower().startswith("x-"):
                self.extra_headers[_canonical(name)] = value.strip()

    def header(self, name: str) -> str | None:
        return self.extra_headers.get(_canonical(name))


def _canonical(name: str) -> str:
    return "-".join(part.capitalize() for part in name.split("-"))


def read_profile_catalog(handle: BinaryIO) -> ProfileCatalog:
    """Parse a PO file; raises babel's PoFileError (or a decoding error) when it is not one."""
    data = handle.read()
    check_po_syntax(data)
    catalog = ProfileCatalog()
    PoFileParser(catalog, ignore_obsolete=True, abort_invalid=True).parse(io.BytesIO(data))
    return catalog
