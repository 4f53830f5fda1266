# Maintainer tasks. The README's two commands are all a user needs.
PYTHON ?= python3

.PHONY: catalogs schema golden

# Re-extract message ids and merge them into the Dutch catalog (changed ids become fuzzy).
catalogs:
	pybabel extract -F babel.cfg -k N_ -k Nn_:1,2 --no-location --sort-output \
		--project privdocs --copyright-holder "privdocs contributors" \
		-o generator/locales/privdocs.pot .
	pybabel update -i generator/locales/privdocs.pot -d generator/locales -D privdocs \
		--no-location --ignore-obsolete

# Refresh the committed JSON Schema from the model.
schema:
	$(PYTHON) -m generator schema > schema/profile.schema.json
