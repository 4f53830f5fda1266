"""Reading the project's configuration file (`mkdocs.yml`) as MkDocs reads it: YAML with
MkDocs' own tags (`!ENV` for a value from the environment, `!relative` for a path)."""

from __future__ import annotations

from typing import BinaryIO

from mkdocs.utils.yaml import yaml_load


def read_config_file(handle: BinaryIO) -> object:
    """The data of the configuration file open in `handle`; raises on anything MkDocs would
    refuse (a YAML error, an unset `!ENV` variable without a default)."""
    return yaml_load(handle)
