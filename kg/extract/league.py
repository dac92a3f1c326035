"""The youth league's committees: ``共青团某某省委`` is the league's committee of that province.

The organisation grammar reads a party committee after a division (某某省委) but not with the
league's name before it, so ``共青团某某市委`` had no jurisdiction. The league's name stays in the
organisation's name (the committee is no party committee) and the division is its jurisdiction.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.orgs import OrgParse, org_key, parse_org
from kg.model import Organization, Place

LEAGUE = "共青团"


def league_committee(text: str, *, home: str | None, places: Sequence[Place]) -> OrgParse | None:
    """``text`` = 共青团 + a division's committee (and its units), read; None if it is not one."""
    if not text.startswith(LEAGUE):
        return None
    inner = parse_org(text[len(LEAGUE) :], home=home, places=places)
    if inner is None or inner.jurisdiction is None:
        return None
    first = inner.organizations[0]
    if first.kind != "PartyOrganization" or not first.name.endswith("委"):
        return None  # 共青团某某大学委员会 and the like: the grammar's own reading stands
    keys: dict[str, str] = {}
    orgs: list[Organization] = []
    for org in inner.organizations:
        name = LEAGUE + org.name
        keys[org.key] = org_key(org.jurisdiction, name)
        kind = "Organization" if org is first else org.kind
        parent = keys.get(org.parent) if org.parent else None
        orgs.append(Organization(keys[org.key], name, kind, org.jurisdiction, parent))
    ends = tuple(len(LEAGUE) + end for end in inner.ends)
    return OrgParse(tuple(orgs), ends, inner.jurisdiction)
