"""The committed JSON Schema as an editor uses it: a valid draft 2020-12 schema, accepting every
example profile, with patterns that JavaScript (the YAML language server's engine) compiles."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import jsonschema
import pytest
import yaml

from generator.profile.schema import PYTHON_ONLY, ecma_pattern

from .conftest import PROFILES, ROOT

SCHEMA = json.loads((ROOT / "schema" / "profile.schema.json").read_text(encoding="utf-8"))
EXAMPLES = sorted((ROOT / "org_profiles").glob("*.yaml")) + sorted(
    (PROFILES / "valid").glob("*.yaml"))


class Yaml12Loader(yaml.SafeLoader):
    """YAML 1.2's core schema, as the YAML language server reads a file: `NO` and `on` stay
    strings, dates stay strings; only true/false, null and numbers are typed."""


Yaml12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in (
        ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
        ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
        ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$",
         "-+0123456789"),
        ("tag:yaml.org,2002:float",
         r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$", "-+.0123456789")):
    Yaml12Loader.add_implicit_resolver(tag, re.compile(pattern), list(first))


def patterns(node) -> list[str]:
    """Every `pattern` in the schema, however deep."""
    if isinstance(node, dict):
        found = [node["pattern"]] if isinstance(node.get("pattern"), str) else []
        return found + [p for value in node.values() for p in patterns(value)]
    if isinstance(node, list):
        return [p for value in node for p in patterns(value)]
    return []


def test_the_schema_is_a_valid_draft_2020_12_schema():
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.name)
def test_every_example_profile_is_valid_under_the_schema(path):
    profile = yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader)
    validator = jsonschema.Draft202012Validator(SCHEMA)
    problems = [f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
                for error in validator.iter_errors(profile)]
    assert problems == []


def test_the_schema_refuses_what_check_refuses_by_shape():
    profile = yaml.load(EXAMPLES[0].read_text(encoding="utf-8"), Loader=Yaml12Loader)
    validator = jsonschema.Draft202012Validator(SCHEMA)
    profile["purposes"][0]["retention"]["period"] = "2 years"
    profile["colour"] = "blue"
    paths = {tuple(error.absolute_path) for error in validator.iter_errors(profile)}
    assert paths == {(), ("purposes", 0, "retention", "period")}


def test_no_pattern_uses_python_only_syntax():
    found = patterns(SCHEMA)
    assert len(found) >= 5  # slugs, e-mail, URLs, durations
    assert [pattern for pattern in found if PYTHON_ONLY.search(pattern)] == []


def test_python_only_syntax_is_refused_when_the_schema_is_made():
    assert ecma_pattern(re.compile(r"P(?P<years>\d+)Y")) == r"^P(?:\d+)Y$"
    for python_only in (r"(?i)p", r"\Ap", r"p\Z", r"(?>p)", r"p++", r"(?P=x)", r"(?#note)"):
        with pytest.raises(ValueError):
            ecma_pattern(re.compile(python_only.replace("(?P=x)", "(?P<x>a)(?P=x)")))


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_javascript_compiles_every_pattern_and_agrees_on_durations():
    script = (
        "const [patterns, samples] = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "const out = {failed: [], matches: {}};"
        "for (const p of patterns) { try { new RegExp(p, 'u'); } "
        "catch (e) { out.failed.push(p + ': ' + e.message); } }"
        "const duration = new RegExp(samples.pattern, 'u');"
        "for (const s of samples.texts) out.matches[s] = duration.test(s);"
        "process.stdout.write(JSON.stringify(out));")
    duration = next(pattern for pattern in patterns(SCHEMA) if pattern.startswith("^P"))
    texts = ["P2Y", "P7Y6M", "P30D", "PT12H", "P", "PT", "2Y", "P2Y ", "P1.5Y"]
    completed = subprocess.run(
        ["node", "-e", script], input=json.dumps([patterns(SCHEMA),
                                                  {"pattern": duration, "texts": texts}]),
        capture_output=True, text=True, check=True, timeout=60)
    result = json.loads(completed.stdout)
    assert result["failed"] == []
    assert result["matches"] == {text: re.fullmatch(duration[1:-1], text) is not None
                                 for text in texts}
    assert [text for text, matched in result["matches"].items() if matched] == [
        "P2Y", "P7Y6M", "P30D", "PT12H"]


def test_the_published_address_is_the_schema_id_and_the_documented_one():
    from generator.addresses import schema_url
    assert SCHEMA["$id"] == schema_url()
    for page in (ROOT / "README.md", ROOT / "docs" / "getting-started.md"):
        assert f"# yaml-language-server: $schema={schema_url()}\n" in page.read_text(
            encoding="utf-8"), page
