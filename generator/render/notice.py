"""What a short notice and an audience's statement add to the statement's view: for whom the
text is, and where the full statement is.

The full statement's address is built from the site's address (`site_url` of the site
settings, or `--site-url`) and the site's URL scheme (`generator.site.urls`): the statement in
force for a notice, which stays on a form or under every e-mail for years; the statement of the
same version for an audience's statement, which the archive keeps beside it. Without a site
address there is no link: the documents then say where to ask for the statement, and never
make an address up. The example address of privdocs' own settings counts as none.
"""

from __future__ import annotations

from ..profile.model import Profile
from ..site import urls
from .audiences import audience_name, audience_of
from .markup import link
from .values import Reader
from .version import Version
from .view import DocumentView

# privdocs' default `site_url` (generator.site.settings), which is nobody's real site.
EXAMPLE_SITE_URL = "https://privacy.example.org/"


def statement_address(site_url: str | None, lang: str, org: str,
                      version: Version | None = None) -> str | None:
    """The web address of the full statement, or None without a (real) site address."""
    if not site_url or site_url.rstrip("/") + "/" == EXAMPLE_SITE_URL:
        return None
    if not site_url.lower().startswith(("https://", "http://")):
        return None
    page = urls.version(org, version.number, "statement") if version is not None \
        else urls.current(org, "statement")
    return f"{site_url.rstrip('/')}/{lang}/{urls.url(page)}"


def add_selection(view: DocumentView, read: Reader, profile: Profile, *, notice: bool,
                  audience: str | None, site_url: str | None,
                  version: Version | None) -> DocumentView:
    """`view` with the audience's name and the link to the full statement filled in."""
    if audience is not None:
        view.audience = read.text(audience_name(audience_of(profile, audience)))
    if notice or audience is not None:
        org = profile.id if isinstance(profile.id, str) else ""
        address = statement_address(site_url, read.lang, org, None if notice else version)
        view.statement_link = link(address) if address and org else None
    return view
