"""Property tests for `privdocs check`, on profiles drawn by Hypothesis (`tests/strategies.py`).

a. a valid profile checks clean: no finding at all, warnings included (`check --strict`);
b. removing one required item yields exactly its rule at its path (a table of removals);
c. with random defects injected, every finding points into the file: its path resolves in the
   YAML (for a missing key: its parent does), its line and column are >= 1 and are those of
   the node the path names, and its message renders in every language;
d. checking is deterministic: the same file twice gives equal findings.

The whole file stays well under 40 s on two cores. The example counts below are fixed, so CI
(Hypothesis's `ci` profile: derandomized, no database) is never slower than a local run.
"""

from __future__ import annotations

import copy
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, note, settings
from hypothesis import strategies as st

from generator.catalogs import LANGUAGES
from generator.check.checking import check_file

from .strategies import (ADEQUACY, DEFAULT_AUTHORITY, NO_ADEQUACY, Unresolved, delete_at,
                         dump, format_path, parse_path, profiles, purposes_on_consent, resolve,
                         texts_in, write_profile)

SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                      HealthCheck.filter_too_much])


def check_profile(profile: dict):
    """Write the profile to `<id>.yaml` in a fresh directory and check it."""
    with tempfile.TemporaryDirectory() as directory:
        path = write_profile(profile, Path(directory))
        note(path.read_text(encoding="utf-8"))
        return check_file(path)


def rule_paths(result) -> set[tuple[str, str]]:
    return {(found.rule, found.path) for found in result.findings}


def describe(result) -> list[tuple]:
    return [(f.rule, f.path, f.line, f.column, f.msgid) for f in result.findings]


# --- a. valid profiles check clean ----------------------------------------------------------------

@settings(max_examples=50, **SETTINGS)
@given(profiles())
def test_valid_profile_checks_clean(profile):
    result = check_profile(profile)
    assert result.findings == [], describe(result)


@settings(max_examples=10, **SETTINGS)
@given(profiles(), st.booleans(), st.booleans())
def test_layout_does_not_matter(profile, sort_keys, flow):
    """The same profile with its keys sorted (`recipients` before `purposes`, `from` before
    `period`), or written with flow mappings (`{nl: ..., en: ...}`), is just as clean."""
    with tempfile.TemporaryDirectory() as directory:
        path = write_profile(profile, Path(directory), sort_keys=sort_keys, flow=flow)
        assert check_file(path).findings == []


# --- b. removing one required item --------------------------------------------------------------

Candidates = Iterator[tuple[tuple[str, ...], str]]  # (paths to delete, path of the finding)


def _purposes(profile) -> Iterator[tuple[str, dict]]:
    for index, purpose in enumerate(profile["purposes"]):
        yield f"purposes[{index}]", purpose


def _recipients(profile) -> Iterator[tuple[str, dict]]:
    for index, recipient in enumerate(profile["recipients"]):
        yield f"recipients[{index}]", recipient


def _entries(profile, list_name) -> Iterator[tuple[str, dict]]:
    for index, entry in enumerate(profile.get(list_name) or ()):
        yield f"{list_name}[{index}]", entry


def _own(path: str) -> tuple[tuple[str, ...], str]:
    """Delete `path`; the finding is at `path` itself."""
    return (path,), path


def _from_subject(purpose) -> bool:
    return "subject" in purpose.get("sources", ["subject"])


def _special_ids(profile) -> set[str]:
    return {c["id"] for c in profile["data_categories"] if c.get("special")}


def _minor_ids(profile) -> set[str]:
    return {s["id"] for s in profile["data_subjects"] if s.get("minors")}


def _referenced_purposes(profile) -> set[str]:
    return {decision["purpose"] for decision in profile["automated_decisions"]}


@dataclass(frozen=True)
class Removal:
    """Deleting what `candidates` names must give exactly one finding of `rule` (or none when
    `rule` is None: the key is optional)."""

    name: str
    rule: str | None
    candidates: Callable[[dict], Candidates]


REMOVALS = [
    Removal("retention", "retention",
            lambda p: (_own(f"{at}.retention") for at, _ in _purposes(p))),
    Removal("legal-basis", "legal-basis",
            lambda p: (_own(f"{at}.legal_basis") for at, _ in _purposes(p))),
    Removal("recipients-declared", "recipients-declared",
            lambda p: (_own(f"{at}.recipients") for at, _ in _purposes(p))),
    Removal("purpose-data-categories", "purpose-data-categories",
            lambda p: (_own(f"{at}.data_categories") for at, _ in _purposes(p))),
    Removal("legitimate-interest", "legitimate-interest",
            lambda p: (_own(f"{at}.legitimate_interest") for at, purpose in _purposes(p)
                       if purpose["legal_basis"] == "legitimate_interests")),
    Removal("legal-provision", "legal-provision",
            lambda p: (_own(f"{at}.legal_provision") for at, purpose in _purposes(p)
                       if purpose["legal_basis"] in ("legal_obligation", "public_task"))),
    Removal("special-category-condition", "special-category-condition",
            lambda p: (_own(f"{at}.special_category_condition") for at, purpose in _purposes(p)
                       if _special_ids(p) & set(purpose["data_categories"]))),
    Removal("children-consent", "children-consent",
            lambda p: (_own(f"{at}.consent_by") for at, purpose in _purposes(p)
                       if purpose["legal_basis"] == "consent"
                       and _minor_ids(p) & set(purpose["data_subjects"]))),
    Removal("provision-requirement", "provision-requirement",
            lambda p: (_own(f"{at}.provision{part}") for at, purpose in _purposes(p)
                       if _from_subject(purpose)
                       for part in ("", ".requirement")
                       + ((".consequence",)
                          if purpose["provision"]["requirement"] != "voluntary" else ()))),
    Removal("data-source", "data-source",
            lambda p: (_own(f"{at}.name") for at, _ in _entries(p, "sources"))),
    Removal("automated-decisions", "automated-decisions",
            lambda p: [_own("automated_decisions")]
            + [_own(f"{at}.{key}") for at, _ in _entries(p, "automated_decisions")
               for key in ("logic", "significance")]),
    Removal("controller-contact", "controller-contact",
            lambda p: [(("controller.email", "controller.contact_form")
                        if "contact_form" in p["controller"] else ("controller.email",),
                        "controller.email")]
            if "email" in p["controller"] else
            [(("controller.contact_form",), "controller.email")]),
    Removal("controller-identity", "controller-identity",
            lambda p: [_own(path) for path in (
                "controller", "controller.name", "controller.address",
                "controller.address.street", "controller.address.postal_code",
                "controller.address.city", "controller.address.country")]),
    Removal("dpo-contact", "dpo-contact",
            lambda p: ([_own("dpo")] if p.get("public_authority") else [])
            + ([_own("dpo.email")] if p.get("dpo", {}).get("appointed") else [])),
    Removal("complaint-authority", "complaint-authority",
            lambda p: [_own("supervisory_authority")]
            if p["jurisdiction"] not in DEFAULT_AUTHORITY else []),
    Removal("consent-withdrawal", "consent-withdrawal",
            lambda p: ([_own("rights.withdraw_consent"), (("rights",), "rights.withdraw_consent")]
                       if purposes_on_consent(p) else [])),
    Removal("transfer-mechanism", "transfer-mechanism",
            lambda p: (_own(f"{at}.transfer{part}") for at, recipient in _recipients(p)
                       if recipient.get("country") in ADEQUACY + NO_ADEQUACY
                       for part in ("", ".mechanism"))),
    Removal("transfer-copy", "transfer-copy",
            lambda p: (_own(f"{at}.transfer.copy") for at, recipient in _recipients(p)
                       if recipient.get("transfer", {}).get("mechanism")
                       in ("standard_contractual_clauses", "binding_corporate_rules"))),
    Removal("recipient-named", "recipient-named",
            lambda p: (_own(f"{at}.name") for at, recipient in _recipients(p)
                       if "category" in recipient and recipient["role"] != "public_authority")),
    Removal("transfer-certification", "transfer-certification",
            lambda p: (_own(f"{at}.transfer.framework") for at, recipient in _recipients(p)
                       if recipient.get("country") == "US"
                       and recipient.get("transfer", {}).get("mechanism") == "adequacy_decision")),
    Removal("transfer-derogation", "transfer-derogation",
            lambda p: (_own(f"{at}.transfer.derogation") for at, recipient in _recipients(p)
                       if recipient.get("transfer", {}).get("mechanism") == "derogation")),
    Removal("joint-controller-arrangement", "joint-controller-arrangement",
            lambda p: (_own(f"{at}.arrangement") for at, recipient in _recipients(p)
                       if recipient["role"] == "joint_controller")),
    Removal("recipient-country", "recipient-country",
            lambda p: (_own(f"{at}.country") for at, recipient in _recipients(p)
                       if "country" in recipient)),
    Removal("retention-start", "retention-start",
            lambda p: (_own(f"{at}.retention.from") for at, _ in _purposes(p))),
    Removal("changes-notice", "changes-notice",
            lambda p: [_own("changes"), _own("changes.notify")]),
    Removal("purpose-required", "purpose-required",
            lambda p: [] if p["automated_decisions"] else [_own("purposes")]),
    # A text keeps its other languages (an empty text counts as absent: its key's own rule).
    Removal("translation-missing", "translation-missing",
            lambda p: (_own(f"{text}.{lang}") for text in texts_in(p)
                       for lang in p["languages"] if len(p["languages"]) > 1)),
    Removal("missing-key", "missing-key", lambda p: [_own(path) for path in (
        "format", "id", "languages", "jurisdiction",
        *(["recipients"] if all(purpose["recipients"] == [] for purpose in p["purposes"])
          else []),
        *(f"{at}.{key}" for at, _ in _entries(p, "data_subjects") for key in ("name",)),
        *(f"{at}.name" for at, _ in _entries(p, "data_categories")),
        *(f"{at}.public" for at, _ in _entries(p, "sources")),
        *(f"{at}.{key}" for at, purpose in _purposes(p) for key in ("name", "data_subjects")),
        *(f"{at}.id" for at, purpose in _purposes(p)
          if purpose["id"] not in _referenced_purposes(p)),
        *(f"{at}.role" for at, _ in _recipients(p)),
        *(f"{at}.name" for at, recipient in _recipients(p) if "category" not in recipient),
        *(f"{at}.purpose" for at, _ in _entries(p, "automated_decisions")),
        *(f"{at}.{key}" for at, _ in _entries(p, "cookies")
          for key in ("name", "provider", "purpose", "duration", "category")),
        *([f"supervisory_authority.{key}" for key in ("name", "website")]
          if "supervisory_authority" in p else []),
        *(["dpo.appointed"] if "dpo" in p else []),
        *([f"dpo.address.{key}" for key in ("street", "postal_code", "city", "country")]
          if "address" in p.get("dpo", {}) else []),
    )]),
    # Optional keys: removing them leaves the profile clean.
    Removal("optional", None, lambda p: [_own(path) for path in (
        *("controller.phone", "controller.website", "controller.registration"),
        *(["public_authority"] if p.get("public_authority") is False else []),
        *(["dpo"] if "dpo" in p and not p.get("public_authority") else []),
        *(["supervisory_authority"] if "supervisory_authority" in p
          and p["jurisdiction"] in DEFAULT_AUTHORITY else []),
        *(["rights"] if "rights" in p and not purposes_on_consent(p) else []),
        *(["sources"] if not any(set(purpose.get("sources", ())) - {"subject"}
                                 for purpose in p["purposes"]) else []),
        *("cookies", "security", "regulation", "changes.notice_period"),
        *(f"{at}.{key}" for at, _ in _entries(p, "data_categories")
          for key in ("examples", "special", "criminal")),
        *(f"{at}.{key}" for at, _ in _entries(p, "data_subjects") for key in ("minors",)),
        *(f"{at}.{key}" for at, purpose in _purposes(p)
          for key in ("description", "direct_marketing", "retention.criteria",
                      *(["sources"] if "subject" in purpose.get("sources", ())
                        and "provision" in purpose else []))),
        *(f"{at}.{key}" for at, recipient in _recipients(p)
          for key in ("description",
                      *(["transfer.framework"] if recipient.get("country") != "US" else []),
                      *(["category"] if "name" in recipient else []))),
    ) if _exists(p, path)]),
]


def _exists(profile, path: str) -> bool:
    try:
        resolve(profile, path)
        return True
    except Unresolved:
        return False


@pytest.mark.parametrize("removal", REMOVALS, ids=[removal.name for removal in REMOVALS])
@settings(max_examples=5, **SETTINGS)
@given(data=st.data())
def test_removing_a_required_item_yields_exactly_its_rule(removal, data):
    profile = data.draw(profiles(), label="profile")
    candidates = sorted(set((tuple(paths), at) for paths, at in removal.candidates(profile)))
    assume(candidates)
    # Checking costs less than drawing a profile: try several removals, one at a time.
    chosen = data.draw(st.lists(st.sampled_from(candidates), min_size=1, max_size=8,
                                unique=True), label="removals")
    for paths, at in chosen:
        broken = copy.deepcopy(profile)
        for path in paths:
            if _exists(broken, path):
                delete_at(broken, path)
        expected = {(removal.rule, at)} if removal.rule else set()
        result = check_profile(broken)
        assert rule_paths(result) == expected, (paths, describe(result))


# --- c. findings point into the file ------------------------------------------------------------

JUNK = (None, "", "   ", "not valid here", 0, 12, -1, 3.5, True, False, [], {}, ["x"],
        {"x": "y"}, {"nl": "iets", "en": None}, "P-1", "P99Y", "ZZ", "UK", "nobody@",
        "<b>bold</b>", "We may keep some data etc.", "We bewaren mogelijk bepaalde gegevens.",
        "2026-13-45", "http://", "www.example.org", "privacy_shield", "explicit_consent",
        "Not A Slug", "no", "NO", "yes", "1e3", "subject", "https://www.example.org/x")
UNKNOWN_KEYS = ("nmae", "retension", "colour", "x-extra", "Purposes", "en", "nl", "de", "from")


def _nodes(document, steps=()) -> Iterator[tuple[tuple, object]]:
    """Every (path steps, value) below the root of a loaded profile."""
    if isinstance(document, dict):
        for key, value in document.items():
            yield (*steps, key), value
            yield from _nodes(value, (*steps, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield (*steps, index), value
            yield from _nodes(value, (*steps, index))


@st.composite
def defective_profiles(draw) -> tuple[dict, str | None]:
    """A valid profile with one to five random defects: a removal from the table above, a key
    deleted or added anywhere, a value replaced by junk, a list entry duplicated, a reference
    changed, or a file name other than the id. Returns the profile and the file name to use
    (None: the id)."""
    profile = copy.deepcopy(draw(profiles(max_purposes=4), label="valid profile"))
    name = None
    for _ in range(draw(st.integers(1, 5), label="defects")):
        kind = draw(st.sampled_from(("removal", "delete", "junk", "junk", "add-key",
                                     "duplicate", "reference", "file-id")), label="defect")
        nodes = list(_nodes(profile))
        if kind == "removal":
            removal = draw(st.sampled_from(REMOVALS))
            candidates = sorted(set(removal.candidates(profile))) if _safe(removal, profile) \
                else []
            if candidates:
                for path in draw(st.sampled_from(candidates))[0]:
                    if _exists(profile, path):
                        delete_at(profile, path)
        elif kind == "delete":
            steps, _ = draw(st.sampled_from(nodes))
            *parent, last = steps
            del resolve(profile, list(parent))[last]
        elif kind == "junk":
            steps, _ = draw(st.sampled_from(nodes))
            *parent, last = steps
            resolve(profile, list(parent))[last] = copy.deepcopy(draw(st.sampled_from(JUNK)))
        elif kind == "add-key":
            mappings = [()] + [steps for steps, value in nodes if isinstance(value, dict)]
            target = resolve(profile, list(draw(st.sampled_from(mappings))))
            target[draw(st.sampled_from(UNKNOWN_KEYS))] = draw(st.sampled_from(JUNK[:8]))
        elif kind == "duplicate":
            lists = [steps for steps, value in nodes if isinstance(value, list) and value]
            if lists:
                target = resolve(profile, list(draw(st.sampled_from(lists))))
                target.append(copy.deepcopy(draw(st.sampled_from(target))))
        elif kind == "reference":
            references = [steps for steps, value in nodes if isinstance(value, str)
                          and len(steps) >= 2 and isinstance(steps[-1], int)]
            if references:
                *parent, last = draw(st.sampled_from(references))
                resolve(profile, list(parent))[last] = draw(st.sampled_from(
                    ("nobody", "membres", "alumnus", "subject")))
        elif kind == "file-id":
            name = "another-name"
    return profile, name


def _safe(removal, profile) -> bool:
    """A removal's candidates can be listed only on a profile that still has its shape."""
    try:
        list(removal.candidates(profile))
        return True
    except (KeyError, TypeError, AttributeError, IndexError):
        return False


# Defects in the YAML text itself, which a dict cannot carry (applied to one line).
_KEY_LINE = re.compile(r"^( *)([a-z_]+): (\S.*)$")


@st.composite
def defective_files(draw) -> tuple[str, str]:
    """A defective profile as YAML text with its file name (stem): the defects of
    `defective_profiles`, and now and then one in the text: a duplicate key, an anchor, a
    custom tag, a tab, Windows line ends, a byte order mark, or a file that is not a mapping."""
    profile, name = draw(defective_profiles())
    text = dump(profile, flow=draw(st.booleans(), label="flow style"))
    stem = name or write_name(profile)
    kind = draw(st.sampled_from(("none", "none", "none", "duplicate-key", "anchor", "tag", "tab",
                                 "crlf", "bom", "list")), label="text defect")
    lines = text.splitlines(keepends=True)
    keyed = [index for index, line in enumerate(lines) if _KEY_LINE.match(line)]
    if kind in ("duplicate-key", "anchor", "tag") and keyed:
        index = draw(st.sampled_from(keyed), label="line")
        indent, key, value = _KEY_LINE.match(lines[index]).groups()
        if kind == "duplicate-key":
            lines.insert(index + 1, f"{indent}{key}: {value}\n")
        elif kind == "anchor":
            lines[index] = f"{indent}{key}: &here {value}\n"
        else:
            lines[index] = f"{indent}{key}: !custom {value}\n"
    elif kind == "tab":
        lines.insert(draw(st.integers(0, len(lines)), label="line"), "\tkey: value\n")
    text = "".join(lines)
    if kind == "crlf":
        text = text.replace("\n", "\r\n")
    elif kind == "bom":
        text = "\ufeff" + text
    elif kind == "list":
        text = "- format: 1\n- id: x\n"
    return text, stem


def write_name(profile: dict) -> str:
    with tempfile.TemporaryDirectory() as directory:
        return write_profile(profile, Path(directory)).stem


def check_text(text: str, stem: str):
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / f"{stem}.yaml"
        path.write_bytes(text.encode("utf-8"))
        return check_file(path)


@dataclass
class Node:
    value_at: tuple[int, int]
    allowed: set[tuple[int, int]]  # the value's position, its key's, and any duplicate key's


def _positions(text: str) -> dict[tuple, Node]:
    """Each path of the YAML document with its 1-based positions. As in the checker, the
    first of two equal keys counts; the second is allowed as the place of its finding."""
    positions: dict[tuple, Node] = {}

    def mark(node):
        return node.start_mark.line + 1, node.start_mark.column + 1

    def walk(node, steps):
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                path = (*steps, key_node.value)
                if path in positions:
                    positions[path].allowed.add(mark(key_node))
                    continue
                positions[path] = Node(mark(value_node), {mark(value_node), mark(key_node)})
                walk(value_node, path)
        elif isinstance(node, yaml.SequenceNode):
            for index, child in enumerate(node.value):
                positions[(*steps, index)] = Node(mark(child), {mark(child)})
                walk(child, (*steps, index))

    root = yaml.compose(text.removeprefix("\ufeff"), Loader=yaml.SafeLoader)
    positions[()] = Node(mark(root), {mark(root)})
    walk(root, ())
    return positions


@settings(max_examples=80, **SETTINGS)
@given(defective_files())
def test_every_finding_points_into_the_file(defective):
    text, stem = defective
    note(text)
    result = check_text(text, stem)
    try:
        positions = _positions(text)
    except yaml.YAMLError:
        positions = None
    if positions is None or not isinstance(resolve_root(text), dict):
        # Unreadable: one yaml-syntax finding for the whole file, somewhere in it.
        [found] = result.findings
        assert (found.rule, found.path) == ("yaml-syntax", ""), describe(result)
        assert 1 <= found.line <= text.count("\n") + 1 and found.column >= 1, describe(result)
        return
    for found in result.findings:
        where = f"{found.rule} at {found.path!r} ({found.line}:{found.column})"
        assert found.line >= 1 and found.column >= 1, where
        if found.rule == "yaml-syntax" and found.path == "":  # anchors and aliases
            assert found.line <= text.count("\n") + 1, where
            continue
        steps = tuple(parse_path(found.path))
        assert format_path(list(steps)) == found.path, f"{where}: not in path notation"
        if steps in positions:
            node = positions[steps]
            assert (found.line, found.column) in node.allowed, \
                f"{where}: expected one of {sorted(node.allowed)}"
        else:
            # A missing key: the mapping that lacks it resolves, and the finding points at it.
            # `rights.withdraw_consent` names the key to add even when `rights` is absent.
            missing = 2 if (found.rule == "consent-withdrawal"
                            and ("rights",) not in positions) else 1
            parent = steps[:-missing]
            assert parent in positions, f"{where}: neither the path nor its parent resolves"
            assert isinstance(steps[-1], str), f"{where}: a list index that does not exist"
            assert (found.line, found.column) == positions[parent].value_at, \
                f"{where}: the mapping that lacks the key is at {positions[parent].value_at}"
        for lang in LANGUAGES:
            assert found.message_in(lang).strip(), where


def resolve_root(text: str):
    """The root node's kind as a Python value: {} for a mapping, [] for a list."""
    root = yaml.compose(text.removeprefix("\ufeff"), Loader=yaml.SafeLoader)
    return {} if isinstance(root, yaml.MappingNode) else []


# --- d. determinism -------------------------------------------------------------------------------

@settings(max_examples=20, **SETTINGS)
@given(defective_files())
def test_check_is_deterministic(defective):
    text, stem = defective
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / f"{stem}.yaml"
        path.write_bytes(text.encode("utf-8"))
        first, second = check_file(path), check_file(path)
    assert first.findings == second.findings
    assert [f.message_in("nl") for f in first.findings] == \
        [f.message_in("nl") for f in second.findings]
