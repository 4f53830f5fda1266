# Maintainer tasks. The README's two commands are all a user needs.
PYTHON ?= python3

.PHONY: catalogs schema docs golden

# Re-extract the message ids of both domains (privdocs, statement) into their templates, merge
# them into the Dutch catalogs (changed ids become fuzzy, gone ones are dropped), then check the
# placeholders and compile the .mo files. `privdocs i18n status` shows what is left to translate.
catalogs:
	$(PYTHON) -m generator i18n extract
	$(PYTHON) -m generator i18n update --drop-obsolete
	$(PYTHON) -m generator i18n compile

# Refresh the committed JSON Schema from the model.
schema:
	$(PYTHON) -m generator schema > schema/profile.schema.json

# Regenerate docs/profile-format.md (from the model) and docs/rules.md (from the rule docstrings).
docs:
	$(PYTHON) -m generator.check.reference_docs docs
