"""The profile's `id` must equal its file name without `.yaml`.

The id is the organisation's address in `statements/` and on the site. A profile copied from
another organisation and not renamed inside would publish over that organisation's archive.

Passing example::

    # org_profiles/hogeschool-noord.yaml
    id: hogeschool-noord

Failing example::

    # org_profiles/hogeschool-noord.yaml
    id: hogeschool-zuid
"""

from ...catalogs import N_
from ..findings import Severity

ID = "id-mismatch"
SEVERITY = Severity.ERROR
ARTICLE = None

MESSAGE = N_("The id `{id}` differs from the file name `{file_id}`: make them equal.")
