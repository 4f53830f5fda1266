"""privdocs: check, render, publish and diff GDPR privacy statements from one YAML profile."""

__version__ = "0.1.0"
