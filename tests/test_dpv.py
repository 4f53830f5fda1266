"""The statement in W3C DPV (`render --format jsonld`): every term it writes exists in DPV 2.2,
every legal basis and transfer safeguard of the profile format has its term, the output is
stable and holds the version, and what a person typed stays a JSON string.

Golden files: tests/golden/<example>/<lang>/statement.jsonld; regenerate them with
`UPDATE_GOLDEN=1 python3 -m pytest tests/test_dpv.py`.
"""

from __future__ import annotations

import datetime
import json

import pytest

from generator.check.checking import check_file
from generator.dpv import statement_jsonld, vocabulary
from generator.dpv.terms import UnknownTerm, check_terms, is_term, used_terms
from generator.profile import model
from generator.render import profile_languages
from generator.render.outputs import render_output
from generator.render.version import Version

from .conftest import PROFILES, assert_matches_golden
from .test_render_golden import EXAMPLES, GOLDEN, example_profile

VERSION = Version("1.2", datetime.date(2026, 12, 1))
EVERYTHING = PROFILES / "valid" / "second-edition-everything.yaml"


def graph(data: bytes) -> dict[str, dict]:
    document = json.loads(data)
    return {node["@id"]: node for node in document["@graph"]}


def ids(value) -> set[str]:
    return {item["@id"] for item in (value if isinstance(value, list) else [value])}


def loaded(path):
    result = check_file(path)
    assert result.profile is not None
    return result.profile


def test_every_table_covers_every_value_of_the_profile_format():
    assert set(vocabulary.LEGAL_BASES) == set(model.LEGAL_BASES)
    assert set(vocabulary.SPECIAL_CONDITIONS) == set(model.SPECIAL_CONDITIONS)
    assert tuple(vocabulary.DEROGATIONS) == model.DEROGATIONS
    assert set(vocabulary.MECHANISMS) | {"derogation"} == set(model.MECHANISMS)
    assert set(vocabulary.ROLES) == set(model.ROLES)


def test_every_term_of_the_tables_exists_in_dpv():
    terms = [*vocabulary.LEGAL_BASES.values(), *vocabulary.SPECIAL_CONDITIONS.values(),
             *vocabulary.MECHANISMS.values(), *vocabulary.DEROGATIONS.values(),
             *vocabulary.ROLES.values(), *vocabulary.ALWAYS, vocabulary.WITHDRAW_CONSENT,
             vocabulary.PORTABILITY, vocabulary.OBJECTION, vocabulary.AUTOMATED_DECISION]
    assert [term for term in terms if not is_term(term)] == []


def test_consent_is_article_6_1_a_of_the_eu_gdpr_extension():
    assert vocabulary.LEGAL_BASES["consent"] == "eu-gdpr:A6-1-a"
    assert is_term("eu-gdpr:A6-1-a") and is_term("dpv:Process")
    assert not is_term("eu-gdpr:A6-1-z") and not is_term("dpv:Nonsense")
    assert not is_term("schema:Thing")


def test_a_term_outside_the_lists_is_refused():
    with pytest.raises(UnknownTerm, match="dpv:PersonalDataHandlingX"):
        check_terms({"@graph": [{"@type": ["dpv:Process", "dpv:PersonalDataHandlingX"]}]})
    with pytest.raises(UnknownTerm, match="eu-gdpr:A99"):
        check_terms({"@graph": [{"dpv:hasLegalBasis": {"@id": "eu-gdpr:A99"}}]})
    with pytest.raises(UnknownTerm, match="dpv:hasNothing"):
        check_terms({"@graph": [{"dpv:hasNothing": "x"}]})


def example_cases():
    for path in [*EXAMPLES, EVERYTHING]:
        for lang in profile_languages(loaded(path)):
            yield pytest.param(path, lang, id=f"{path.stem}-{lang}")


@pytest.mark.parametrize(("path", "lang"), list(example_cases()))
def test_every_example_uses_only_dpv_terms(path, lang):
    data = render_output(loaded(path), lang, "statement", "jsonld", VERSION)
    used = used_terms(json.loads(data))
    assert used and all(is_term(term) for term in used), sorted(used)


@pytest.mark.parametrize(("path", "lang"), [pytest.param(path, lang, id=f"{path.stem}-{lang}")
                                            for path in EXAMPLES for lang in ("nl", "en")])
def test_jsonld_matches_the_golden_file(path, lang):
    profile = example_profile(path)
    if lang not in profile_languages(profile):
        pytest.skip(f"{path.stem} is not written in {lang}")
    produced = render_output(profile, lang, "statement", "jsonld", VERSION).decode("utf-8")
    assert_matches_golden(produced, GOLDEN / path.stem / lang / "statement.jsonld",
                          "tests/test_dpv.py")


def test_the_output_is_stable_and_holds_the_version_and_effective_date():
    profile = loaded(EXAMPLES[0])
    first = render_output(profile, "en", "statement", "jsonld", VERSION)
    assert first == render_output(profile, "en", "statement", "jsonld", VERSION)
    statement = graph(first)["#statement"]
    assert statement["dct:hasVersion"] == "1.2"
    assert statement["dct:valid"] == {"@type": "xsd:date", "@value": "2026-12-01"}
    again = json.dumps(json.loads(first), indent=2, sort_keys=True, ensure_ascii=False)
    for character in "<>&":  # escaped so that the file can sit inside a <script> element
        again = again.replace(character, f"\\u{ord(character):04x}")
    assert again + "\n" == first.decode("utf-8")  # sorted keys, the same layout every time


def test_a_draft_has_no_version():
    statement = graph(statement_jsonld(loaded(EXAMPLES[0]), "en"))["#statement"]
    assert "dct:hasVersion" not in statement and "dct:valid" not in statement


@pytest.mark.parametrize("basis", model.LEGAL_BASES)
def test_each_legal_basis_becomes_its_article(basis):
    profile = loaded(EVERYTHING)
    purpose = profile.purpose_list[0]
    purpose.legal_basis = basis
    nodes = graph(statement_jsonld(profile, "en", VERSION))
    assert vocabulary.LEGAL_BASES[basis] in ids(nodes[f"#process-{purpose.id}"]
                                                ["dpv:hasLegalBasis"])


@pytest.mark.parametrize("condition", model.SPECIAL_CONDITIONS)
def test_each_special_category_condition_becomes_its_article(condition):
    profile = loaded(EVERYTHING)
    purpose = profile.purpose_list[0]
    purpose.special_category_condition = condition
    process = graph(statement_jsonld(profile, "nl", VERSION))[f"#process-{purpose.id}"]
    assert vocabulary.SPECIAL_CONDITIONS[condition] in ids(process["dpv:hasLegalBasis"])


def transfer_cases():
    for mechanism in ("adequacy_decision", "standard_contractual_clauses",
                      "binding_corporate_rules"):
        yield pytest.param(mechanism, None, vocabulary.MECHANISMS[mechanism], id=mechanism)
    for derogation in model.DEROGATIONS:
        yield pytest.param("derogation", derogation, vocabulary.DEROGATIONS[derogation],
                           id=f"derogation-{derogation}")


@pytest.mark.parametrize(("mechanism", "derogation", "term"), list(transfer_cases()))
def test_each_transfer_safeguard_becomes_its_article(mechanism, derogation, term):
    profile = loaded(EVERYTHING)
    recipient = next(recipient for recipient in profile.recipient_list
                     if isinstance(recipient.transfer, model.Transfer))
    recipient.transfer.mechanism, recipient.transfer.derogation = mechanism, derogation
    nodes = graph(statement_jsonld(profile, "en", VERSION))
    transfer = nodes[f"#transfer-{recipient.id}"]
    assert transfer["@type"] == "dpv:CrossBorderTransfer"
    assert transfer["dpv:hasLegalBasis"] == {"@id": term}
    assert transfer["dpv:hasThirdCountry"] == recipient.country
    assert transfer["dpv:hasRecipient"] == {"@id": f"#recipient-{recipient.id}"}


def test_the_statement_names_controller_purposes_data_people_recipients_storage_and_rights():
    profile = loaded(EVERYTHING)
    nodes = graph(statement_jsonld(profile, "en", VERSION))
    controller = nodes["#controller"]
    assert "dpv:DataController" in controller["@type"]
    assert controller["dpv:hasName"] == profile.controller.name
    processes = [node for node in nodes.values() if node["@type"] == "dpv:Process"]
    assert [process["@id"] for process in processes] == \
        [f"#process-{purpose.id}" for purpose in profile.purpose_list]
    for process, purpose in zip(processes, profile.purpose_list):
        assert process["dpv:hasPurpose"]["rdfs:label"] == {"@language": "en",
                                                           "@value": purpose.name.get("en")}
        assert ids(process["dpv:hasDataSubject"]) == \
            {f"#data-subject-{subject}" for subject in purpose.data_subjects}
        assert ids(process["dpv:hasPersonalData"]) == \
            {f"#personal-data-{category}" for category in purpose.data_categories}
        assert ids(process.get("dpv:hasRecipient", [])) == \
            {f"#recipient-{recipient}" for recipient in purpose.recipients}
        assert {"eu-gdpr:A15", "eu-gdpr:A77"} <= ids(process["dpv:hasRight"])
        if purpose.retention.period:
            assert process["dpv:hasStorageCondition"]["rdf:value"]["@value"] == \
                purpose.retention.period
        for node_id in ids(process["dpv:hasDataSubject"]) | ids(process["dpv:hasPersonalData"]):
            assert node_id in nodes
    consent = [process for process in processes
               if {"@id": "eu-gdpr:A6-1-a"} in process["dpv:hasLegalBasis"]]
    assert consent and all({"@id": "eu-gdpr:A7-3"} in process["dpv:hasRight"]
                           for process in consent)


def test_an_audience_statement_has_only_the_purposes_of_its_people():
    profile = loaded(EVERYTHING)
    nodes = graph(statement_jsonld(profile, "nl", VERSION, audience="visitors"))
    kept = [purpose.id for purpose in profile.purpose_list if "visitors" in purpose.data_subjects]
    assert kept and len(kept) < len(profile.purpose_list)
    assert ids(nodes["#statement"]["dpv:hasProcess"]) == {f"#process-{key}" for key in kept}
    assert nodes["#statement"]["dct:audience"] == {"@language": "nl",
                                                   "@value": "Bezoekers van de website"}


def test_typed_text_stays_a_json_string_even_inside_a_script_element():
    profile = loaded(EVERYTHING)
    hostile = '</script><script>alert(1)</script> & "quotes"'
    profile.purpose_list[0].name.values["en"] = hostile
    data = statement_jsonld(profile, "en", VERSION)
    assert b"<" not in data and b">" not in data and b"&" not in data
    process = graph(data)[f"#process-{profile.purpose_list[0].id}"]
    assert process["dpv:hasPurpose"]["rdfs:label"]["@value"] == hostile


def test_the_cli_writes_jsonld(tmp_path):
    from generator.cli import main

    assert main(["render", str(EVERYTHING), "--document", "statement", "--format", "jsonld",
                 "--output",
                 str(tmp_path)]) == 0
    written = sorted(path.relative_to(tmp_path).as_posix() for path in tmp_path.rglob("*.*"))
    assert written == ["en/statement.jsonld", "nl/statement.jsonld"]
    assert graph((tmp_path / "nl" / "statement.jsonld").read_bytes())["#statement"]


@pytest.mark.parametrize("path", sorted((PROFILES / "invalid").glob("*.yaml")),
                         ids=lambda path: path.stem)
def test_a_draft_of_a_broken_profile_still_gives_valid_dpv(path):
    """Unreadable values are left out, never written as something else."""
    result = check_file(path)
    if result.profile is None:
        pytest.skip("nothing could be read")
    for lang in ("nl", "en"):
        data = render_output(result.profile, lang, "statement", "jsonld", draft=True)
        assert all(is_term(term) for term in used_terms(json.loads(data)))


@pytest.mark.parametrize("path", [*EXAMPLES, EVERYTHING], ids=lambda path: path.stem)
def test_a_consumer_expands_every_key_to_a_dpv_iri_it_knows(path):
    """JSON-LD drops a key that maps to no IRI without a word: expanded, every key of every
    node must still be there, and every DPV or EU-GDPR IRI must be a term of the lists."""
    from pyld import jsonld

    from generator.dpv.terms import NAMESPACES, vocabulary as terms_of

    document = json.loads(render_output(loaded(path), "nl", "statement", "jsonld", VERSION))
    expanded = jsonld.expand(document, {"base": "https://privacy.example.org/statement.jsonld"})
    assert len(expanded) == len(document["@graph"])

    def keys(node, found):
        if isinstance(node, dict):
            found.update(key for key in node if not key.startswith("@"))
            for value in node.values():
                keys(value, found)
        elif isinstance(node, list):
            for value in node:
                keys(value, found)
        return found

    def iris(node, found):
        if isinstance(node, dict):
            for key, value in node.items():
                found.add(key)
                if key in ("@id", "@type"):
                    found.update(value if isinstance(value, list) else [value])
                iris(value, found)
        elif isinstance(node, list):
            for value in node:
                iris(value, found)
        return found

    compact = keys(document["@graph"], set())
    prefixes = {**NAMESPACES, **{prefix: iri for prefix, iri in document["@context"].items()}}
    assert keys(expanded, set()) == {prefixes[key.split(":")[0]] + key.split(":", 1)[1]
                                     for key in compact}
    for prefix, namespace in NAMESPACES.items():
        used = {iri.removeprefix(namespace) for iri in iris(expanded, set())
                if isinstance(iri, str) and iri.startswith(namespace)}
        assert used and used <= terms_of(prefix), sorted(used - terms_of(prefix))


def test_render_writes_an_audience_statement_in_dpv():
    from generator.render.outputs import Selection

    profile = loaded(EVERYTHING)
    data = render_output(profile, "en", "statement", "jsonld", VERSION,
                         selection=Selection(audience="members"))
    statement = graph(data)["#statement"]
    assert statement["dct:audience"] == {"@language": "en", "@value": "Members and their parents"}
    kept = {purpose.id for purpose in profile.purpose_list
            if {"members", "children"} & set(purpose.data_subjects)}
    assert ids(statement["dpv:hasProcess"]) == {f"#process-{key}" for key in kept}
