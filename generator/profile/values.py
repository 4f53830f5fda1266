"""Reading one scalar of a given kind, with the message that explains a wrong value.

Scalars are read from their source text, not from YAML's guess at their type, so `NO` stays
Norway, `2800` stays a postal code and `2026-01-01` stays a date string.
"""

from __future__ import annotations

import datetime
import difflib
import re

from ..catalogs import N_
from ..law.countries import ISO_ALIASES, in_eea, is_country
from ..law.durations import parse_duration
from .safe_text import link_problem
from .spec import Kind, Spec

SUPPORTED_LANGUAGES = ("nl", "en")
BOOL_TAG = "tag:yaml.org,2002:bool"
INT_TAG = "tag:yaml.org,2002:int"

SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")
EMAIL = re.compile(r"[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[A-Za-z]{2,}")
URL = re.compile(r"https?://[^\s/?#<>\"]+\.[^\s/?#<>\"]+(?:[/?#][^\s<>\"]*)?")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

EXPECTED = {
    Kind.STRING: N_("a string"),
    Kind.TEXT: N_("a text: a string, or a mapping from language code to string"),
    Kind.URL_OR_TEXT: N_("a URL or a text"),
    Kind.NAME: N_("a name: a string, or a mapping from language code to string"),
    Kind.SLUG: N_("an id of lowercase letters, digits and hyphens, such as `alumni-office`"),
    Kind.EMAIL: N_("an e-mail address, such as `privacy@example.org`"),
    Kind.URL: N_("a web address starting with https:// or http://"),
    Kind.DURATION: N_("an ISO 8601 duration, such as `P30D`, `P6M` or `P2Y`"),
    Kind.COUNTRY: N_("a two-letter ISO 3166-1 country code, such as `NL`, `BE` or `US`"),
    Kind.EEA_COUNTRY: N_("the two-letter code of a country in the EEA, such as `NL` or `BE`"),
    Kind.DATE: N_("a date written as YYYY-MM-DD"),
    Kind.LANGUAGE: N_("a language privdocs writes in: `nl` or `en`"),
    Kind.BOOL: N_("`true` or `false`"),
    Kind.INTEGER: N_("a whole number"),
    Kind.ENUM: N_("one of: {values}"),
    Kind.REFERENCE: N_("an id"),
    Kind.ENTITY: N_("a mapping of keys"),
    Kind.LIST: N_("a list"),
    Kind.MAPPING: N_("a mapping from an id to a value"),
    "non_empty": N_("a list with at least one item"),
}


class BadValue(Exception):
    """The scalar is not of its kind; `hint` is a close valid value when there is one."""

    def __init__(self, hint: str | None = None) -> None:
        super().__init__(hint)
        self.hint = hint


def closest(word: str, choices) -> str | None:
    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None


def is_web_address(raw: str) -> bool:
    """A web address a page may link to: the shape of one, and safe by `safe_text`'s rules
    (urllib, say, refuses a host such as `[x]` that the shape alone lets through)."""
    return bool(URL.fullmatch(raw)) and link_problem(raw) is None


def is_email(raw: str) -> bool:
    return bool(EMAIL.fullmatch(raw)) and link_problem(f"mailto:{raw}") is None


def read_scalar(spec: Spec, raw: str, tag: str) -> object:
    """The value of `raw` as `spec.kind`, or BadValue. A string's safety is `unsafe_pieces`'
    business: the builder reports each unsafe piece on its own."""
    kind = spec.kind
    if kind is Kind.STRING:
        return raw
    if spec.also and raw in spec.also:
        return raw
    if kind is Kind.ENUM:
        if raw in spec.values:
            return raw
        raise BadValue(closest(raw, spec.values))
    if kind in (Kind.SLUG, Kind.REFERENCE):
        if SLUG.fullmatch(raw):
            return raw
        raise BadValue(raw.lower().replace(" ", "-").replace("_", "-") if raw else None)
    if kind is Kind.EMAIL:
        if is_email(raw):
            return raw
        raise BadValue()
    if kind is Kind.URL:
        if is_web_address(raw):
            return raw
        raise BadValue(f"https://{raw}" if is_web_address(f"https://{raw}") else None)
    if kind is Kind.DURATION:
        if parse_duration(raw) is not None:
            return raw
        raise BadValue(closest(raw, spec.also) if spec.also else None)
    if kind is Kind.COUNTRY:
        if is_country(raw):
            return raw
        upper = raw.upper()
        raise BadValue(ISO_ALIASES.get(upper) or (upper if is_country(upper) else None))
    if kind is Kind.EEA_COUNTRY:
        if in_eea(raw):
            return raw
        raise BadValue(ISO_ALIASES.get(raw.upper()) if in_eea(ISO_ALIASES.get(raw.upper(), ""))
                       else (raw.upper() if in_eea(raw.upper()) else None))
    if kind is Kind.DATE:
        if DATE.fullmatch(raw):
            try:
                datetime.date.fromisoformat(raw)
                return raw
            except ValueError:
                pass
        raise BadValue()
    if kind is Kind.LANGUAGE:
        if raw in SUPPORTED_LANGUAGES:
            return raw
        raise BadValue(closest(raw.lower(), SUPPORTED_LANGUAGES))
    if kind is Kind.BOOL:
        if tag == BOOL_TAG:
            return raw.lower() in ("true", "yes", "on", "y")
        raise BadValue()
    if kind is Kind.INTEGER:
        if tag == INT_TAG and (not spec.values or raw in spec.values):
            return int(raw)
        raise BadValue(spec.values[0] if spec.values else None)
    raise BadValue()


def describe_expected(spec: Spec) -> tuple[str, dict[str, str]]:
    """The message id saying what `spec` expects, and its arguments."""
    if spec.kind is Kind.ENUM:
        return EXPECTED[Kind.ENUM], {"values": ", ".join(spec.values)}
    if spec.kind is Kind.INTEGER and spec.values:
        return EXPECTED[Kind.ENUM], {"values": ", ".join(spec.values)}
    return EXPECTED[spec.kind], {}
