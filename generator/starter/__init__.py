"""Starting an organisation: its repository (`privdocs init`), its first profile, and the
questionnaire that fills the profile in (`privdocs new`)."""
