"""Translation tooling: the gettext catalogs of privdocs itself, and the texts of profiles.

Catalogs (`privdocs i18n extract | update | compile | status`):
`domains` says where each gettext domain's mapping, template and catalogs are; `extraction`
writes the templates, `catalog_update` merges them into the catalogs, `catalog_compile` checks
and compiles them, `catalog_status` counts what is done.

Profile texts (`privdocs i18n status | confirm | export | import`):
`profile_files` finds and reads a profile with its lock (`..confirmations`), `text_status` says
per text what is missing, stale or unconfirmed, `confirming` records confirmations, `po_export`
and `po_import` make the round trip through a PO file, and `yaml_patch` with `yaml_scalars`
writes translations into the YAML without touching anything else.
"""
