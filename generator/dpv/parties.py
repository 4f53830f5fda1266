"""The organisations a statement names: the controller, its data protection officer and the
supervisory authority, as DPV nodes; and the small writers every node uses."""

from __future__ import annotations

from typing import Callable

from ..law.authorities import supervisory_authority
from ..profile.model import Address, Controller, ControllerAddress, Dpo, Profile


def ref(node_id: str) -> dict:
    return {"@id": node_id}


def controller_node(profile: Profile) -> dict:
    controller = profile.controller
    node = {"@id": "#controller", "@type": ["dpv:DataController", "dpv:Organisation"]}
    if isinstance(controller, Controller):
        put(node, "dpv:hasName", controller.name)
        put(node, "dpv:hasAddress", address(controller.address))
        put(node, "dpv:hasContact", contacts(controller.email, controller.contact_form,
                                             controller.website, controller.phone))
        put(node, "dpv:hasIdentifier", controller.registration)
    put(node, "dpv:hasJurisdiction", profile.jurisdiction)
    if dpo_node(profile) is not None:
        node["dpv:hasDataProtectionOfficer"] = ref("#dpo")
    return node


def dpo_node(profile: Profile) -> dict | None:
    dpo = profile.dpo
    if not isinstance(dpo, Dpo) or dpo.appointed is not True:
        return None
    node = {"@id": "#dpo", "@type": "dpv:DataProtectionOfficer"}
    put(node, "dpv:hasName", dpo.name)
    put(node, "dpv:hasAddress", address(dpo.address))
    put(node, "dpv:hasContact", contacts(dpo.email, None, None, dpo.phone))
    return node


def authority_node(profile: Profile, text: Callable[[object], dict | None]) -> dict | None:
    """The authority people can complain to; `text` reads a text in the document's language."""
    authority = supervisory_authority(profile)
    if authority is None:
        return None
    node = {"@id": "#authority", "@type": "dpv:DataProtectionAuthority"}
    put(node, "dpv:hasName", text(authority.name))
    put(node, "dpv:hasAddress", address(authority.address))
    put(node, "dpv:hasContact", contacts(authority.email, None, authority.website,
                                         authority.phone))
    return node


def put(node: dict, name: str, value: object) -> None:
    """Set `name` when there is a value: absent and unreadable (`INVALID`) values are left
    out."""
    if isinstance(value, str) and value.strip() or isinstance(value, (dict, list)) and value:
        node[name] = value


def address(value: object) -> str | None:
    """A postal address on one line, the country as its code."""
    if not isinstance(value, (Address, ControllerAddress)):
        return None
    parts = [value.street, " ".join(part for part in (value.postal_code, value.city)
                                    if isinstance(part, str)), value.country]
    return ", ".join(part for part in parts if isinstance(part, str) and part.strip()) or None


def contacts(email: object, form: object, website: object, phone: object) -> list | None:
    """E-mail and web addresses as IRIs (`mailto:`), a telephone number as a string."""
    found: list = []
    if isinstance(email, str) and email:
        found.append(ref(f"mailto:{email}"))
    for web in (form, website):
        if isinstance(web, str) and web:
            found.append(ref(web))
    if isinstance(phone, str) and phone.strip():
        found.append(phone)
    return found or None
