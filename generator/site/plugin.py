"""What privdocs adds to each page MkDocs renders, as a plugin of each language's build.

- The same page in every language: Material writes `config.extra.alternate` into the head as
  `<link rel="alternate" hreflang>` (absolute, from `site_url`) and into the language switcher
  (our `partials/alternate.html` uses the relative link, so a preview or a copy of the site
  served elsewhere switches language without leaving it). Every page exists in every
  language with the same path (the build refuses otherwise), so only the first segment changes.
- Written-out link targets for print: each link in the content gets `data-print-href`, the
  absolute address the print stylesheet shows after it.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin

from mkdocs.plugins import BasePlugin

_LINK = re.compile(r'<a href="([^"]*)"([^>]*)>(.*?)</a>', re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")


class SitePlugin(BasePlugin):
    def __init__(self, lang: str, names: dict[str, str], site_url: str) -> None:
        super().__init__()
        self.lang = lang
        self.names = names  # language code -> its name in that language
        self.site_url = site_url  # the root of the whole site, ending in "/"

    def alternates(self, page_url: str | None) -> list[dict[str, object]]:
        """The page at `page_url` (None: a page without a place, such as 404) in each language."""
        depth = (page_url or "").count("/") + 1
        return [{"name": name, "lang": lang, "current": lang == self.lang,
                 "link": f"{self.site_url}{lang}/{page_url or ''}",
                 "relative": ("../" * depth + f"{lang}/{page_url}" if page_url is not None
                              else f"{self.site_url}{lang}/")}
                for lang, name in self.names.items()]

    def on_config(self, config):
        config.extra["alternate"] = self.alternates(None)
        return config

    def on_page_context(self, context, page, config, nav):
        config.extra["alternate"] = self.alternates(page.url)
        return context

    def on_page_content(self, content, page, config, files):
        base = f"{self.site_url}{self.lang}/{page.url}"

        def written_out(match: re.Match) -> str:
            href, attributes, text = match.groups()
            target = html.unescape(href)
            if target.startswith("#") or "data-print-href" in attributes:
                return match.group(0)
            shown = html.unescape(_TAGS.sub("", text)).strip()
            if shown in (target, target.removeprefix("mailto:")):
                return match.group(0)  # the text is the address already
            address = html.escape(urljoin(base, target), quote=True)
            return f'<a href="{href}"{attributes} data-print-href="{address}">{text}</a>'

        return _LINK.sub(written_out, content)
