"""Every key must be one the profile format defines.

A misspelt key is worse than a missing one: the information seems to be there, but privdocs
cannot see it and the statement silently leaves it out. Every key that the format does not
define is reported, with the closest known key as a hint.

Passing example::

    retention:
      period: P2Y

Failing example::

    retension:        # did you mean `retention`?
      period: P2Y
"""

from ...catalogs import N_
from ..findings import Severity

ID = "unknown-key"
SEVERITY = Severity.ERROR
ARTICLE = None

PLAIN = N_("The key `{key}` is not part of the profile format: remove it or check its spelling.")
UNDECLARED_LANGUAGE = N_("`{key}` is not one of the profile's languages ({languages}): add it to "
                         "`languages`, or remove this translation.")
WITH_HINT = N_("The key `{key}` is not part of the profile format. Did you mean `{hint}`?")
