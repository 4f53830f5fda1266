"""The file must be a readable, plain YAML mapping.

A profile is a legal source text: what you read in the file must be exactly what privdocs
publishes. YAML features that make a value stand somewhere else than where it is read (anchors
and aliases), that run code or build objects (custom tags), or that hide a value (a key given
twice, of which only one would count) are therefore refused, as are files that are not UTF-8,
are larger than 1 MiB, or are not a mapping at the top.

Passing example::

    format: 1
    id: hogeschool-noord

Failing example::

    format: 1
    id: hogeschool-noord
    id: hogeschool-zuid   # the same key twice
"""

from ...catalogs import N_
from ..findings import Severity

ID = "yaml-syntax"
SEVERITY = Severity.ERROR
ARTICLE = None

DUPLICATE_KEY = N_("The key `{key}` is given twice in this mapping (first on line {first}); "
                   "keep one.")
CUSTOM_TAG = N_("The YAML tag `{tag}` is not allowed in a profile: remove it.")
STANDARD_TAG_PREFIX = "tag:yaml.org,2002:"
MAPPING_TAG = STANDARD_TAG_PREFIX + "map"


def short_tag(tag: str) -> str:
    """A tag as it was written: `!!python/object` rather than its expanded form."""
    return "!!" + tag[len(STANDARD_TAG_PREFIX):] if tag.startswith(STANDARD_TAG_PREFIX) else tag


COMPLEX_KEY = N_("Keys must be plain words such as `name`; this key is not.")
