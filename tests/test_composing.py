"""Composing in one pass gives exactly what PyYAML's safe loader and the scan of events gave:
the same tags for every scalar, the same node trees, and the same refusal of anchors, aliases,
merge keys and deep nesting, at the same line and column."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.profile import composing, loading

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted([*ROOT.glob("tests/profiles/**/*.yaml"), *ROOT.glob("org_profiles/*.yaml")])
SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

TRICKY_SCALARS = [
    "", " ", "~", "null", "Null", "NULL", "nULL", "none", "None",
    "yes", "Yes", "YES", "yEs", "no", "No", "NO", "nO", "on", "On", "ON", "off", "Off", "OFF",
    "y", "Y", "n", "N", "true", "True", "TRUE", "tRUE", "false", "False", "FALSE",
    "0", "1", "-1", "+1", "007", "0150", "2800", "1_000", "0x10", "0X10", "0xfF", "0o17", "0b101",
    "0b2", "0x", "190:20:30", "-190:20:30", "1e3", "1E3", "1.0e3", "1.0e+3", "1.5e-3", "-.5",
    ".5", "1.", ".", "..", ".inf", ".Inf", ".INF", "-.inf", "+.inf", ".nan", ".NaN", ".NAN",
    "1_0.0_1", "6.8523015e+5", "685.230_15e+03", "1:20.5",
    "2026-12-01", "2026-1-1", "2026-12-01T10:00:00Z", "2026-12-01 10:00:00 +01:00",
    "2026-12-01t10:00:00.5-05:00", "2026-13-45", "20261201", "P30D", "P6M", "PT0S",
    "<<", "<", "=", "==", "!", "&", "*", "!!", "&a", "*a",
    "NO", "NL", "BE", "Oslo", "privacy@voorbeeld.example", "https://voorbeeld.example/privacy",
    "nl", "en", "o", "O", "t", "f", "-", "+", "-0", "+0", "0.0", "-0.0", "1,000", "1 000",
    "Kempen & Co", "5 * 3", "yes please", "null value", "~/", "\t", "ja", "nee",
]


def resolved(make_loader, kind, value, implicit):
    loader = make_loader("")
    try:
        return loader.resolve(kind, value, implicit)
    finally:
        loader.dispose()


@pytest.mark.parametrize("implicit", [(True, False), (False, True), (False, False),
                                      (True, True)])
def test_every_tricky_scalar_resolves_to_the_safe_loaders_tag(implicit):
    for value in TRICKY_SCALARS:
        expected = resolved(yaml.SafeLoader, yaml.ScalarNode, value, implicit)
        assert resolved(composing.Composer, yaml.ScalarNode, value, implicit) == expected, value
        assert resolved(lambda text: composing.Watchful(text, 100), yaml.ScalarNode, value,
                        implicit) == expected, value


def test_collections_resolve_to_the_safe_loaders_tags():
    for kind in (yaml.SequenceNode, yaml.MappingNode):
        for implicit in (True, False):
            assert (resolved(composing.Composer, kind, None, implicit)
                    == resolved(yaml.SafeLoader, kind, None, implicit))


def test_the_safe_loader_has_no_resolvers_the_shortcut_leaves_out():
    assert None not in SAFE.yaml_implicit_resolvers
    assert not SAFE.yaml_path_resolvers


def shape(node, seen=None):
    """Everything of a node tree the builder and its findings can see; a node met again (an
    alias) by the order in which it was first met, so that an alias bomb is never expanded."""
    if node is None:
        return None
    seen = {} if seen is None else seen
    if id(node) in seen:
        return ("again", seen[id(node)])
    seen[id(node)] = len(seen)
    marks = (node.start_mark.index, node.start_mark.line, node.start_mark.column,
             node.end_mark.index, node.end_mark.line, node.end_mark.column)
    if isinstance(node, yaml.ScalarNode):
        return ("scalar", node.tag, node.value, node.style, marks)
    if isinstance(node, yaml.SequenceNode):
        return ("sequence", node.tag, node.flow_style, marks,
                [shape(child, seen) for child in node.value])
    return ("mapping", node.tag, node.flow_style, marks,
            [(shape(key, seen), shape(value, seen)) for key, value in node.value])


def as_yaml_of_scalars() -> str:
    lines = [f"k{index}: {value}" for index, value in enumerate(TRICKY_SCALARS)
             if value.strip() and not value.startswith(("!", "&", "*", "<<", "-", "."))
             or value in ("-1", "-.5", ".5", ".inf", "-.inf", ".nan", "<<", "-0")]
    quoted = [f"q{index}: '{value}'" for index, value in enumerate(TRICKY_SCALARS)]
    return "\n".join(lines + quoted) + "\nlist: [yes, no, ~, 1e3, 0x10, 2026-12-01, 'on']\n"


def test_whole_files_compose_to_the_same_nodes():
    texts = [path.read_text(encoding="utf-8").removeprefix("\ufeff") for path in FILES]
    texts.append(as_yaml_of_scalars())
    assert len(texts) > 100
    for text in texts:
        try:
            expected = shape(yaml.compose(text, Loader=SAFE))
        except yaml.YAMLError:
            continue
        assert shape(composing.compose(text)) == expected


def scanned_then_composed(text: str):
    """What the loader did before composing got watchful: scan the events, then compose."""
    try:
        problem = loading._scan_events(text)
        if problem is not None:
            return problem
        return shape(yaml.compose(text, Loader=SAFE))
    except yaml.YAMLError as error:
        return type(error).__name__, str(error)


def watched(text: str):
    try:
        root = loading._compose_scanned(text)
    except yaml.YAMLError as error:
        return type(error).__name__, str(error)
    return root if isinstance(root, loading.Finding) else shape(root)


HEAD = "format: 1\nid: x\n"
SUSPECTS = [
    "name: Kempen & Co\nnote: '5 * 3 = 15'\n",
    "name: \"Kempen & Co \\x26 \\u002A\"\n",          # escapes make '&' and '*' in the value
    "a: &anchor value\nb: *anchor\n",
    "a: &anchor value\n",                              # an anchor no alias uses
    "b: *nowhere\n",                                   # an alias to no anchor
    "base: &base {x: 1}\nother:\n  <<: *base\n  y: 2\n",  # a merge key
    "a: !!str &tagged value\n",                        # a tag before the anchor
    "a: &x !!str value\n",
    "list: [&one 1, *one]\n",
    "m: &m\n  k: v\n",                                 # an anchored mapping
    "s: &s\n  - 1\n",                                  # an anchored sequence
    "empty: &e\n",                                     # an anchored empty scalar
    "text: |  # a comment & more\n  body *text*\n",    # '&' in a block header's comment
    "text: ok  # comment with & and *\n",              # '&' only in a comment
    "# Kempen & Co *\nname: x\n",
    "name: x\n---\nb: &late y\n",                      # a second document with an anchor
    "a: &dup 1\nb: &dup 2\n",                          # a duplicate anchor
    "key: [unclosed & open\n",                         # a syntax error after a '&'
    "key: 'a & b\n",
    "%YAML 1.1\n---\nname: a & b\n",
    "? &k complex\n: value\n",
    "tagged: !custom 'a & b'\n",
    "nonspecific: ! 'a & b'\n",
    "nonspecific_plain: ! a & b\n",
    "folded: >\n  one & two\n  *three*\n",
    "single: 'it''s & *'\n",
    "quoted_key & more: x\n",
    "{a: &x 1, b: 2}\n",
    "url: https://example.org/?a=1&b=2\n",
    "*x : y\n",
    "esc: \"\\x26\"\nb: &x 1\n",            # an escape stands in for the anchor's '&'
    "esc: \"\\u002a \\U00000026\"\nb: &x 1\nc: *x\n",
]


def nested(depth: int, suffix: str = "", innermost: str = "x") -> str:
    return ("deep: " + "[" * depth + innermost + "]" * depth + "\nname: a & b" + suffix
            + "\n")


@pytest.mark.parametrize("text", [HEAD + body for body in SUSPECTS]
                         + [nested(99), nested(100), nested(101), nested(100, " &z"),
                            nested(99, innermost=""), nested(100, innermost=""),
                            "d:\n" + "".join("  " * level + "- \n" for level in range(1, 103))
                            + "n: a & b\n",
                            HEAD + "l: [" + "- , " * 3000 + "]\n& x\n",
                            "x: " + "[" * 6000 + "]" * 6000 + "\n"])
def test_a_file_that_may_hold_anchors_is_read_as_scanning_it_first_did(text):
    assert watched(text) == scanned_then_composed(text)


def test_a_file_with_anchors_is_refused_at_the_anchor():
    text = HEAD + "base: &base {x: 1}\nother:\n  <<: *base\n"
    document = loading.parse_text(Path("x.yaml"), text)
    problem = document.problem
    assert document.root is None
    assert (problem.rule, problem.line, problem.column) == ("yaml-syntax", 3, 7)
    assert "anchors (&base)" in problem.message_in("en")


def test_an_alias_to_no_anchor_is_refused_as_an_alias():
    document = loading.parse_text(Path("x.yaml"), HEAD + "name: a & b\nb: *nowhere\n")
    assert (document.problem.line, document.problem.column) == (4, 4)
    assert "aliases (*nowhere)" in document.problem.message_in("en")


def test_ampersands_in_texts_need_no_second_pass(monkeypatch):
    def no_scan(text):
        raise AssertionError("scanned")

    monkeypatch.setattr(loading, "_scan_events", no_scan)
    text = (ROOT / "org_profiles" / "hogeschool-kempen.yaml").read_text(encoding="utf-8")
    assert "&" in text
    document = loading.parse_text(Path("hogeschool-kempen.yaml"), text)
    assert document.problem is None
    assert shape(document.root) == shape(yaml.compose(text, Loader=SAFE))
