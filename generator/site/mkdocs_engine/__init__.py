"""Everything that belongs to the engine that turns the site's pages into HTML: today MkDocs
with Material for MkDocs, and nothing outside this package imports either of them
(`tests/test_package_layout.py` checks it).

privdocs assembles, per language, a complete tree of pages (Markdown with front matter) and
the data files, all engine-neutral; `generator.site.engine` is the small interface an engine
implements (`SiteEngine.build`: one language's tree into one language's folder). Here:

- `builds`: the configuration of each language's build and running MkDocs (`MkDocsEngine`);
- `language_links`: the plugin hooks that add the language switcher's links and the print
  addresses of links;
- `page_cache`, `written_pages`: the incremental build (a page rendered before is not
  rendered or written again);
- `page_memory`: each page's HTML held compressed between MkDocs' two passes;
- `config_file`: reading the project's `mkdocs.yml` as MkDocs does;
- `preview`: `privdocs serve`, on MkDocs' live-reload server.

Search is Material's plugin (`site_templates/site/mkdocs.yml`), and the theme's overrides are
templates of Material (`site_templates/site/overrides/`). docs/decisions/0005-zensical.md says
what moving to another engine would take.
"""
