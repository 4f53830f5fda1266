"""An organisation's first profile: the outline of every key `check` needs, with what is known.

`privdocs init` writes the outline with the organisation's id, name, languages and jurisdiction;
`privdocs new` fills in what the questionnaire was told. Whatever stays open is written as a
commented-out key (a gap), which `check` then reports one by one.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..atomic_files import write_atomically
from ..catalogs import N_, translator
from ..errors import PrivdocsError, UsageError
from ..profile.files import PROFILES_DIR
from ..profile.values import SLUG
from .writer import GAP, profile_yaml

BAD_ID = N_("`{org}` is not a valid id: use lowercase letters, digits and hyphens, starting "
            "with a letter or digit (for example `sportclub-de-ster`).")
PROFILE_EXISTS = N_("{file} exists already: edit it, or choose another id.")
HEADER = (
    N_("The privacy profile of {name}: everything privdocs publishes comes from this file."),
    N_("A line `# key:` is still to be filled in: remove the `#` and give the value. `privdocs "
       "check` lists what is still missing, and `privdocs i18n confirm {org}` records that the "
       "translations match the first language."),
)


def checked_id(org: str) -> str:
    if not SLUG.fullmatch(org or ""):
        raise UsageError(BAD_ID, org=org)
    return org


def slug(text: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """An id made from a name, unique among `taken`: `Oud-leerlingen` gives `oud-leerlingen`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:40].strip("-") or "item"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def outline(org: str, name: object, jurisdiction: str, languages: list[str]) -> dict:
    """The starter profile: known facts, and a gap for every key `check` asks for."""
    return {
        "format": 1,
        "id": org,
        "languages": list(languages),
        "jurisdiction": jurisdiction,
        "public_authority": GAP,
        "controller": {
            "name": name if name else GAP,
            "address": {"street": GAP, "postal_code": GAP, "city": GAP,
                        "country": jurisdiction},
            "email": GAP,
            "website": GAP,
        },
        "dpo": {"appointed": GAP, "email": GAP},
        "data_subjects": [{"id": GAP, "name": GAP, "minors": GAP}],
        "data_categories": [{"id": GAP, "name": GAP, "examples": GAP, "special": GAP}],
        "recipients": [{"id": GAP, "name": GAP, "role": GAP, "description": GAP,
                        "country": GAP}],
        "purposes": [{"id": GAP, "name": GAP, "data_subjects": GAP, "data_categories": GAP,
                      "legal_basis": GAP, "retention": {"period": GAP, "from": GAP},
                      "recipients": GAP}],
        "automated_decisions": GAP,
        "rights": {"withdraw_consent": GAP},
        "changes": {"notify": GAP},
    }


def profile_text(draft: dict, name: str) -> str:
    lang = draft["languages"][0]
    header = [translator(lang).format(line, name=name, org=draft["id"]) for line in HEADER]
    return profile_yaml(draft, header)


def profile_path(directory: Path, org: str) -> Path:
    return directory / PROFILES_DIR / f"{org}.yaml"


def refuse_existing(directory: Path, org: str) -> Path:
    """The path of the new profile; an existing profile of that id (any suffix) is refused."""
    path = profile_path(directory, org)
    for existing in (path, path.with_suffix(".yml")):
        if existing.exists():
            raise PrivdocsError(PROFILE_EXISTS, file=existing.as_posix())
    return path


def write_profile(path: Path, draft: dict, name: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, profile_text(draft, name).encode("utf-8"))
