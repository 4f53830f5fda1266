"""Which DPV 2.2 and EU-GDPR terms stand for which values of a profile.

Each table covers every value the profile format allows (tests/test_dpv.py holds them to
`model.py`); a value the format reads but refuses, such as `privacy_shield`, has no term and
is left out.
"""

from __future__ import annotations

LEGAL_BASES = {  # GDPR Art. 6(1)(a)-(f)
    "consent": "eu-gdpr:A6-1-a",
    "contract": "eu-gdpr:A6-1-b",
    "legal_obligation": "eu-gdpr:A6-1-c",
    "vital_interests": "eu-gdpr:A6-1-d",
    "public_task": "eu-gdpr:A6-1-e",
    "legitimate_interests": "eu-gdpr:A6-1-f",
}

SPECIAL_CONDITIONS = {  # GDPR Art. 9(2)(a)-(j)
    "explicit_consent": "eu-gdpr:A9-2-a",
    "employment": "eu-gdpr:A9-2-b",
    "vital_interests": "eu-gdpr:A9-2-c",
    "foundation_member": "eu-gdpr:A9-2-d",
    "made_public": "eu-gdpr:A9-2-e",
    "legal_claims": "eu-gdpr:A9-2-f",
    "substantial_public_interest": "eu-gdpr:A9-2-g",
    "health_care": "eu-gdpr:A9-2-h",
    "public_health": "eu-gdpr:A9-2-i",
    "archiving_research": "eu-gdpr:A9-2-j",
}

MECHANISMS = {  # GDPR Art. 45(3), 46(2)(b), 46(2)(c)
    "adequacy_decision": "eu-gdpr:A45-3",
    "binding_corporate_rules": "eu-gdpr:A46-2-b",
    "standard_contractual_clauses": "eu-gdpr:A46-2-c",
}

DEROGATIONS = {  # GDPR Art. 49(1)(a)-(g), in the order of model.DEROGATIONS
    "explicit_consent": "eu-gdpr:A49-1-a",
    "contract": "eu-gdpr:A49-1-b",
    "contract_in_interest": "eu-gdpr:A49-1-c",
    "public_interest": "eu-gdpr:A49-1-d",
    "legal_claims": "eu-gdpr:A49-1-e",
    "vital_interests": "eu-gdpr:A49-1-f",
    "public_register": "eu-gdpr:A49-1-g",
}

ROLES = {
    "processor": "dpv:DataProcessor",
    "controller": "dpv:DataController",
    "joint_controller": "dpv:DataController",
    "public_authority": "dpv:Authority",
    "third_party": "dpv:ThirdParty",
}

# Rights every purpose carries: access, rectification, erasure, restriction, notification of
# rectification or erasure, and a complaint to the supervisory authority.
ALWAYS = ("eu-gdpr:A15", "eu-gdpr:A16", "eu-gdpr:A17", "eu-gdpr:A18", "eu-gdpr:A19",
          "eu-gdpr:A77")
WITHDRAW_CONSENT = "eu-gdpr:A7-3"
PORTABILITY = "eu-gdpr:A20"
OBJECTION = "eu-gdpr:A21"
AUTOMATED_DECISION = "eu-gdpr:A22"
