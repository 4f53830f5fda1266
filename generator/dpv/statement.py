"""The privacy statement as a JSON-LD graph in DPV 2.2: who is responsible, each purpose as a
`dpv:Process` with its legal bases, data, people, recipients, transfers, storage and rights,
and the version with its effective date.

Ids are fragments of the document (`#process-newsletter`), made from the profile's own ids, so
the same profile gives the same graph, byte for byte. Texts a person typed are JSON strings
tagged with the document's language: data, never markup.
"""

from __future__ import annotations

import json

from . import vocabulary
from ..law.countries import in_eea
from ..profile.model import (Audience, AutomatedDecision, Profile, Purpose, Recipient, Retention,
                             Text, Transfer)
from ..render.version import Version
from .parties import authority_node, controller_node, dpo_node, put, ref
from .terms import NAMESPACES, check_terms

CONTEXT = {**NAMESPACES,
           "dct": "http://purl.org/dc/terms/",
           "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
           "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
           "xsd": "http://www.w3.org/2001/XMLSchema#"}


def statement_jsonld(profile: Profile, lang: str, version: Version | None = None,
                     audience: str | None = None) -> bytes:
    """The statement of `profile` in `lang` as JSON-LD, limited to the purposes that concern
    `audience` when one is given. Raises `terms.UnknownTerm` if it would write a term DPV 2.2
    does not define."""
    graph = _Graph(profile, lang)
    document = {"@context": CONTEXT, "@graph": graph.nodes(version, audience)}
    check_terms(document)
    text = json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False)
    # Safe to paste inside <script type="application/ld+json"> as well: no `<`, `>` or `&`.
    for character in "<>&":
        text = text.replace(character, f"\\u{ord(character):04x}")
    return (text + "\n").encode("utf-8")


class _Graph:
    """Collects the nodes of one statement; a node that several purposes point to is written
    once."""

    def __init__(self, profile: Profile, lang: str) -> None:
        self.profile, self.lang = profile, lang
        self.extra: dict[str, dict] = {}

    def text(self, value: object) -> dict | None:
        string = value.get(self.lang) if isinstance(value, Text) else None
        return {"@language": self.lang, "@value": string} if string else None

    def nodes(self, version: Version | None, audience: str | None) -> list[dict]:
        purposes = self._purposes(audience)
        statement = {"@id": "#statement", "@type": "dpv:PrivacyNotice",
                     "dct:language": self.lang, "dpv:hasDataController": ref("#controller"),
                     "dpv:hasProcess": [ref(f"#process-{purpose.id}") for purpose in purposes]}
        if version is not None:
            statement["dct:hasVersion"] = version.number
            statement["dct:valid"] = {"@type": "xsd:date",
                                      "@value": version.effective.isoformat()}
        chosen = self._audience(audience)
        if chosen is not None and self.text(chosen.name):
            statement["dct:audience"] = self.text(chosen.name)
        authority = authority_node(self.profile, self.text)
        if authority is not None:
            statement["dpv:hasAuthority"] = ref(authority["@id"])
        processes = [self._process(purpose) for purpose in purposes]
        fixed = [statement, controller_node(self.profile), dpo_node(self.profile), authority]
        return [node for node in fixed if node is not None] + processes + \
            [self.extra[key] for key in sorted(self.extra)]

    def _audience(self, audience: str | None) -> Audience | None:
        return next((entry for entry in self.profile.audiences or ()
                     if isinstance(entry, Audience) and entry.id == audience), None)

    def _purposes(self, audience: str | None) -> list[Purpose]:
        purposes = [purpose for purpose in self.profile.purpose_list
                    if isinstance(purpose.id, str)]
        if audience is None:
            return purposes
        chosen = self._audience(audience)
        if chosen is None:
            raise ValueError(f"no audience {audience!r}")
        groups = set(chosen.data_subjects or ())
        return [purpose for purpose in purposes if groups & set(purpose.data_subjects or ())]

    def _process(self, purpose: Purpose) -> dict:
        key = purpose.id
        purpose_node = {"@type": ["dpv:Purpose"] + (["dpv:DirectMarketing"]
                                                    if purpose.direct_marketing is True else [])}
        put(purpose_node, "rdfs:label", self.text(purpose.name))
        put(purpose_node, "dct:description", self.text(purpose.description))
        node = {"@id": f"#process-{key}", "@type": "dpv:Process",
                "dpv:hasDataController": ref("#controller"),
                "dpv:hasPurpose": {"@id": f"#purpose-{key}", **purpose_node},
                "dpv:hasLegalBasis": self._legal_bases(purpose),
                "dpv:hasDataSubject": [self._subject(subject_id)
                                       for subject_id in _ids(purpose.data_subjects)],
                "dpv:hasPersonalData": [self._category(category_id)
                                        for category_id in _ids(purpose.data_categories)],
                "dpv:hasDataSource": [self._source(source) for source in _ids(purpose.sources)],
                "dpv:hasRight": [ref(right) for right in self._rights(purpose)]}
        recipients = [recipient for recipient_id in _ids(purpose.recipients)
                      if (recipient := self._recipient(recipient_id)) is not None]
        node["dpv:hasRecipient"] = [ref(f"#recipient-{recipient.id}")
                                    for recipient in recipients]
        transfers = [self._transfer(recipient) for recipient in recipients
                     if isinstance(recipient.country, str) and not in_eea(recipient.country)]
        put(node, "dpv:hasProcessing", [ref(transfer) for transfer in transfers if transfer])
        joint = [recipient for recipient in recipients if recipient.role == "joint_controller"]
        if joint:
            node["dpv:hasJointDataControllers"] = {
                "@id": f"#joint-controllers-{key}", "@type": "dpv:JointDataControllers",
                "dpv:hasEntity": [ref("#controller")] + [ref(f"#recipient-{recipient.id}")
                                                          for recipient in joint]}
        if provision := self.text(purpose.legal_provision):
            node["dpv:hasApplicableLaw"] = {"@id": f"#law-{key}", "@type": "dpv:Law",
                                            "rdfs:label": provision}
        put(node, "dpv:hasStorageCondition", self._storage(purpose))
        return {name: value for name, value in node.items() if value != []}

    def _legal_bases(self, purpose: Purpose) -> list[dict]:
        bases = []
        if purpose.legal_basis in vocabulary.LEGAL_BASES:
            bases.append(ref(vocabulary.LEGAL_BASES[purpose.legal_basis]))
        if purpose.special_category_condition in vocabulary.SPECIAL_CONDITIONS:
            bases.append(ref(vocabulary.SPECIAL_CONDITIONS[purpose.special_category_condition]))
        if purpose.legal_basis == "legitimate_interests" and \
                (interest := self.text(purpose.legitimate_interest)):
            bases.append({"@id": f"#legitimate-interest-{purpose.id}",
                          "@type": "dpv:LegitimateInterest", "rdfs:label": interest})
        return bases

    def _rights(self, purpose: Purpose) -> list[str]:
        rights = list(vocabulary.ALWAYS)
        basis = purpose.legal_basis
        if basis == "consent" or purpose.special_category_condition == "explicit_consent":
            rights.append(vocabulary.WITHDRAW_CONSENT)
        if basis in ("consent", "contract") and purpose.manual_only is not True:
            rights.append(vocabulary.PORTABILITY)
        if basis in ("legitimate_interests", "public_task") or purpose.direct_marketing is True:
            rights.append(vocabulary.OBJECTION)
        if any(isinstance(decision, AutomatedDecision) and decision.purpose == purpose.id
               for decision in self.profile.automated_decisions or ()):
            rights.append(vocabulary.AUTOMATED_DECISION)
        return sorted(rights)

    def _subject(self, subject_id: str) -> dict:
        node_id = f"#data-subject-{subject_id}"
        subject = self.profile.subjects_by_id().get(subject_id)
        if subject is not None and node_id not in self.extra:
            self.extra[node_id] = {"@id": node_id, "@type": "dpv:DataSubject"}
            put(self.extra[node_id], "rdfs:label", self.text(subject.name))
        return ref(node_id)

    def _category(self, category_id: str) -> dict:
        node_id = f"#personal-data-{category_id}"
        category = self.profile.categories_by_id().get(category_id)
        if category is not None and node_id not in self.extra:
            types = ["dpv:PersonalData"]
            if category.special is True:
                types.append("dpv:SpecialCategoryPersonalData")
            if category.criminal is True:
                types.append("dpv:SensitivePersonalData")
            self.extra[node_id] = {"@id": node_id, "@type": types}
            put(self.extra[node_id], "rdfs:label", self.text(category.name))
            put(self.extra[node_id], "dct:description", self.text(category.examples))
        return ref(node_id)

    def _source(self, source_id: str) -> dict:
        if source_id in ("subject", "observed"):  # from the person: asked, or observed
            return ref("dpv:DataSubjectDataSource")
        node_id = f"#data-source-{source_id}"
        source = next((entry for entry in self.profile.source_list if entry.id == source_id),
                      None)
        if source is not None and node_id not in self.extra:
            self.extra[node_id] = {"@id": node_id, "@type": "dpv:DataSource"}
            put(self.extra[node_id], "rdfs:label", self.text(source.name))
        return ref(node_id)

    def _recipient(self, recipient_id: str) -> Recipient | None:
        recipient = next((entry for entry in self.profile.recipient_list
                          if entry.id == recipient_id), None)
        node_id = f"#recipient-{recipient_id}"
        if recipient is None or node_id in self.extra:
            return recipient
        types = ["dpv:Recipient"]
        if recipient.role in vocabulary.ROLES:
            types.insert(0, vocabulary.ROLES[recipient.role])
        node = {"@id": node_id, "@type": types}
        put(node, "dpv:hasName", self.text(recipient.name) or self.text(recipient.category))
        put(node, "dct:description", self.text(recipient.description))
        put(node, "dpv:hasLocation", recipient.country)
        self.extra[node_id] = node
        return recipient

    def _transfer(self, recipient: Recipient) -> str | None:
        transfer = recipient.transfer
        node_id = f"#transfer-{recipient.id}"
        if node_id in self.extra:
            return node_id
        node = {"@id": node_id, "@type": "dpv:CrossBorderTransfer",
                "dpv:hasRecipient": ref(f"#recipient-{recipient.id}"),
                "dpv:hasThirdCountry": recipient.country}
        if isinstance(transfer, Transfer):
            basis = (vocabulary.DEROGATIONS.get(transfer.derogation)
                     if transfer.mechanism == "derogation"
                     else vocabulary.MECHANISMS.get(transfer.mechanism))
            put(node, "dpv:hasLegalBasis", ref(basis) if basis else None)
            put(node, "rdfs:comment", _strings(transfer.framework))
            copy = transfer.copy.get(self.lang) if isinstance(transfer.copy, Text) else None
            if copy and copy.startswith(("https://", "http://")):
                node["rdfs:seeAlso"] = ref(copy)
            elif copy:
                node.setdefault("rdfs:comment", []).append(self.text(transfer.copy))
        self.extra[node_id] = node
        return node_id

    def _storage(self, purpose: Purpose) -> dict | None:
        retention = purpose.retention
        if not isinstance(retention, Retention):
            return None
        types = ["dpv:StorageDuration"]
        node = {"@id": f"#storage-{purpose.id}", "@type": types}
        if isinstance(retention.period, str):
            types.append("dpv:TemporalDuration")
            node["rdf:value"] = {"@type": "xsd:duration", "@value": retention.period}
        comments = []
        if (start := self.text(retention.start)) is not None:
            types.append("dpv:UntilEventDuration")
            comments.append(start)
        if (criteria := self.text(retention.criteria)) is not None:
            if not isinstance(retention.period, str):
                types.append("dpv:IndeterminateDuration")
            comments.append(criteria)
        put(node, "rdfs:comment", comments)
        return node


def _ids(values: object) -> list[str]:
    return [value for value in values if isinstance(value, str)] \
        if isinstance(values, list) else []


def _strings(value: object) -> list[str] | None:
    return [value] if isinstance(value, str) and value.strip() else None
