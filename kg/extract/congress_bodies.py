"""A people's congress's working bodies written bare after a title of its standing committee.

``某市人大常委会委员、教科文卫工委主任``: the 教科文卫工委 is a working committee of that
standing committee, and ``某省人大常委会委员、法制委员会主任委员`` names a special committee of
that congress; both are in the congress's division. A body written with a division or a level of
its own (``市委教育工委``, ``某某街道工委``, ``某区管理委员会``), a party or discipline organ, or
any body after a title of another organisation is left to the rest of the chain grammar.
"""

from __future__ import annotations

from kg.extract.orgs import org_key
from kg.model import Organization

#: How the name of a congress's standing committee ends (the host), short and in full.
STANDING = ("人大常委会", "人民代表大会常务委员会")
#: How a congress's working committee (工委) or special committee (委员会) is written.
BODY_ENDS = ("工委", "委员会")
#: Words of a body that is no congress's: divisions and levels (街道工委, 某区管理委员会), party and
#: discipline organs, and the grassroots self-governing committees.
_NOT_CONGRESS = (
    "省",
    "市",
    "县",
    "区",
    "州",
    "镇",
    "乡",
    "街道",
    "党",
    "纪",
    "政法",
    "管理",
    "管委",
    "居民",
    "村民",
)
#: The longest bare body name read so (民族宗教侨务外事委员会).
_LONGEST = 12


def congress_body(host: tuple[Organization, ...], organ: str) -> tuple[Organization, ...] | None:
    """``host`` and the congress body ``organ`` written bare after a title of its standing
    committee (``某市人大常委会`` + ``教科文卫工委``); None when ``host`` is no standing committee or
    ``organ`` no bare congress body."""
    if not host or not organ.endswith(BODY_ENDS) or len(organ) > _LONGEST or len(organ) < 4:
        return None
    if any(w in organ for w in _NOT_CONGRESS) or organ.startswith(("中", "全国")):
        return None
    leaf = host[-1]
    if not leaf.name.endswith(STANDING):
        return None
    name = leaf.name + organ
    unit = Organization(
        org_key(leaf.jurisdiction, name), name, "GovernmentOrganization", leaf.jurisdiction, leaf.key
    )
    return (*host, unit)
