"""The static site: the published statements of every organisation, in Dutch and English,
with their archive, the changes between versions and the documentation of privdocs.

`build.build_site` runs the steps: `archive` reads statements/, `statement_pages` and
`reference_pages` write each page's Markdown from the templates in site_templates/site/
(`templates`), `assembly` checks that every page exists in every language and writes them,
the engine (`mkdocs_engine`, the only package that knows MkDocs and Material) turns each
language's pages into HTML through the small interface of `engine`, the languages in
parallel; and `snapshots` and `landing` write the data and the files at the
root. `build_cache` keeps what earlier builds made, `fingerprint` notices when nothing changed.
`urls` holds the URL scheme; docs/site.md describes it.
"""
