"""Ids must be unique within their list.

Purposes refer to recipients, categories and sources by id; two entries with one id make every
such reference ambiguous.

Passing example::

    data_categories:
      - {id: identity, name: {nl: Identificatiegegevens, en: Identification data}}
      - {id: contact, name: {nl: Contactgegevens, en: Contact details}}

Failing example::

    data_categories:
      - {id: contact, name: {nl: Identificatiegegevens, en: Identification data}}
      - {id: contact, name: {nl: Contactgegevens, en: Contact details}}
"""

from ...catalogs import N_
from ..findings import Severity

ID = "duplicate-id"
SEVERITY = Severity.ERROR
ARTICLE = None

MESSAGE = N_("The id `{id}` is used twice in `{list}` (first on line {first}).")
