"""Reading a profile: the file, its YAML nodes, the typed model and its JSON Schema."""
