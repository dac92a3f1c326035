"""The party organ of a unit that the suffix grammar does not know: ``某某日报社党委``,
``某市红十字会党组``, ``某某博物馆党总支``.

The organisation grammar reads such a name whole, as one party organisation; a title after it in a
chain that is no party post (``某某日报社党委书记、社长``) is then the committee's. Split, the unit is
the organ's parent and :func:`kg.extract.chain_orgs.outside_party` gives that title to the unit.
Only the organs of a unit split (党委, 党组, 党总支, 党支部); a name whose rest is a division or ends
in a level word (某某县委, 某某镇党委: the grammar reads those) or is too short to name a unit stays
whole.
"""

from __future__ import annotations

from kg.extract.orgs import OrgParse
from kg.model import Organization

#: The party organs a unit holds.
UNIT_ORGANS = ("党委", "党组", "党总支", "党支部")
#: Endings of the rest that are no unit: a division or a party organ itself (某某镇, 某某工委).
_NO_UNIT_ENDS = tuple("省市县区州盟旗镇乡村委") + ("社区", "街道", "政府")
#: Fewest characters of a unit's name (某某会).
_UNIT_MIN = 3


def split_unit_organ(parsed: OrgParse) -> OrgParse:
    """``parsed`` with a lone party organ of a unit split into the unit and the organ; unchanged
    where it is no such organ."""
    if len(parsed.organizations) != 1:
        return parsed
    org = parsed.organizations[0]
    organ = next((o for o in UNIT_ORGANS if org.name.endswith(o)), None)
    if organ is None:
        return parsed
    unit_name = org.name[: -len(organ)]
    if len(unit_name) < _UNIT_MIN or unit_name.endswith(_NO_UNIT_ENDS):
        return parsed
    unit = Organization(org.key[: -len(organ)], unit_name, "Organization", org.jurisdiction, None)
    inner = Organization(org.key, org.name, "PartyOrganization", org.jurisdiction, unit.key)
    end = parsed.ends[0]
    return OrgParse((unit, inner), (end - len(organ), end), parsed.jurisdiction)
