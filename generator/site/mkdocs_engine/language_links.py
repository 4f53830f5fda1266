"""What privdocs adds to each page MkDocs renders, as a plugin of each language's build.

- The same page in every language, for the language switcher (`partials/alternate.html`):
  `config.extra.alternate`, with relative links, so a preview or a copy of the site served
  elsewhere switches language without leaving it. A page has the same path in every
  language, so only the first segment changes; where a language lacks the page (an
  organisation that does not publish in it), the switcher goes to the nearest page above it
  that the language has: the organisation's stand-in page, else the language's home page.
  The `hreflang` alternates are in `sitemap.xml` only (see `main.html` for why not in the head).
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
# A list item that only stands for items left out of the changes ("…"): not a bullet.
_ELIDED_ITEM = re.compile(r"<li>\s*…\s*</li>")


class SitePlugin(BasePlugin):
    def __init__(self, lang: str, names: dict[str, str], site_url: str,
                 available: dict[str, set[str]] | None = None) -> None:
        super().__init__()
        self.lang = lang
        self.names = names  # language code -> its name in that language
        self.site_url = site_url  # the root of the whole site, ending in "/"
        self.available = available  # language -> the URLs of its pages; None: all of them

    def nearest(self, lang: str, page_url: str) -> str:
        """`page_url`, or the nearest page above it that `lang` has."""
        if self.available is None:
            return page_url
        url = page_url
        while url and url not in self.available.get(lang, ()):
            url = url.rstrip("/").rpartition("/")[0]
            url = f"{url}/" if url else ""
        return url

    def alternates(self, page_url: str | None) -> list[dict[str, object]]:
        """The page at `page_url` (None: a page without a place, such as 404) in each language."""
        depth = (page_url or "").count("/") + 1
        return [{"name": name, "lang": lang, "current": lang == self.lang,
                 "link": f"{self.site_url}{lang}/{page_url or ''}",
                 "relative": ("../" * depth + f"{lang}/{self.nearest(lang, page_url)}"
                              if page_url is not None else f"{self.site_url}{lang}/")}
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

        content = _ELIDED_ITEM.sub('<li class="privdocs-elided">…</li>', content)
        return _LINK.sub(written_out, content)
