"""Today's date, the only clock privdocs reads (publishing, and which version is in force).

`PRIVDOCS_TODAY=2026-11-21` fixes it, for tests and for reproducible site builds. Checking and
rendering never read it: they are pure functions of their input.
"""

from __future__ import annotations

import datetime
import os

from .catalogs import N_
from .errors import UsageError

BAD_TODAY = N_("PRIVDOCS_TODAY must be a date written as YYYY-MM-DD, not `{value}`.")


def today() -> datetime.date:
    fixed = os.environ.get("PRIVDOCS_TODAY")
    if not fixed:
        return datetime.date.today()
    try:
        return datetime.date.fromisoformat(fixed)
    except ValueError:
        raise UsageError(BAD_TODAY, value=fixed) from None
