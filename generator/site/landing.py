"""The files at the site's root, outside every language: the page where a reader chooses a
language, the sitemap of every page with its alternates in the other languages, robots.txt
pointing at it, and a 404 page.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from babel import Locale

from . import urls
from .mkdocs_engine.builds import CONTENT_SECURITY_POLICY
from .templates import render


def language_name(lang: str) -> str:
    """The language's name in that language: "Nederlands", "English"."""
    name = Locale.parse(lang).get_display_name(lang) or lang
    return name[:1].upper() + name[1:]


def root_page(templates: Path, languages: tuple[str, ...], site_names: dict[str, str],
              site_url: str, descriptions: dict[str, str]) -> str:
    sections = [render(templates, lang, "language_choice.html.j2", site_name=site_names[lang],
                       language_name=language_name(lang))
                for lang in languages]
    title = " · ".join(dict.fromkeys(site_names[lang] for lang in languages))
    alternates = [{"lang": lang, "link": f"{site_url}{lang}/"} for lang in languages]
    return render(templates, languages[0], "root.html.j2", first=languages[0], title=title,
                  sections=sections, alternates=alternates, site_url=site_url,
                  csp=CONTENT_SECURITY_POLICY,
                  description=" · ".join(dict.fromkeys(descriptions[lang] for lang in languages)))


def sitemap(sources: dict[str, list[str]], site_url: str) -> str:
    """Every page of every language (`sources`: the pages really in each language), each with
    its alternates in the languages that have it (`xhtml:link hreflang`)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
             'xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    having = {lang: set(lang_sources) for lang, lang_sources in sources.items()}
    everywhere = list(dict.fromkeys(source for lang_sources in sources.values()
                                    for source in lang_sources))
    for source in everywhere:
        page = urls.url(source)
        present = [lang for lang in sources if source in having[lang]]
        alternates = [f"    <xhtml:link rel=\"alternate\" hreflang=\"{other}\" "
                      f"href={quoteattr(f'{site_url}{other}/{page}')}/>"
                      for other in present]
        for lang in present:
            lines.append(f"  <url>\n    <loc>{escape(f'{site_url}{lang}/{page}')}</loc>")
            lines.extend(alternates)
            lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def robots(site_url: str) -> str:
    return f"User-agent: *\nAllow: /\nSitemap: {site_url}sitemap.xml\n"


def write_root_files(site_dir: Path, templates: Path, languages: tuple[str, ...],
                     site_names: dict[str, str], site_url: str,
                     sources: dict[str, list[str]], descriptions: dict[str, str]) -> set[str]:
    """The pages at the site's root; returns their names."""
    (site_dir / "index.html").write_text(
        root_page(templates, languages, site_names, site_url, descriptions), encoding="utf-8")
    shutil.copyfile(templates / "root.css", site_dir / "root.css")
    (site_dir / "sitemap.xml").write_text(sitemap(sources, site_url),
                                          encoding="utf-8")
    (site_dir / "robots.txt").write_text(robots(site_url), encoding="utf-8")
    made = {"index.html", "root.css", "sitemap.xml", "robots.txt"}
    # A page that is not found anywhere is answered in the first language; its links are
    # absolute (MkDocs writes them from site_url), so it works at any depth.
    not_found = site_dir / languages[0] / "404.html"
    if not_found.is_file():
        shutil.copyfile(not_found, site_dir / "404.html")
        made.add("404.html")
    return made
