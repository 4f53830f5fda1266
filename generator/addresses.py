"""Where privdocs publishes what tools and editors link to: the repository, the JSON Schema of
each release and the rule reference. Each address names a release tag, so a link made by one
version keeps pointing at the text that version meant."""

from __future__ import annotations

from . import __version__

REPOSITORY = "https://github.com/privdocs/privdocs"
_RAW = "https://raw.githubusercontent.com/privdocs/privdocs"


def release_tag(version: str = __version__) -> str:
    return f"v{version}"


def schema_url(version: str = __version__) -> str:
    """For `# yaml-language-server: $schema=<this>` at the top of a profile."""
    return f"{_RAW}/{release_tag(version)}/schema/profile.schema.json"


def rule_url(rule_id: str, version: str = __version__) -> str:
    """The rule's section of docs/rules.md (GitHub's anchor of the heading `` `rule-id` ``)."""
    return f"{REPOSITORY}/blob/{release_tag(version)}/docs/rules.md#{rule_id}"
