"""The organisation that holds a unit, for a title in a chain that is not the unit's own.

A unit inside an organisation (:data:`kg.extract.unit_orgs.INNER_UNITS`: 工会, 董事会, 审判委员会…)
has titles of its own (工会主席, 审判委员会委员); a title after it in a chain or a list that is
none of them is the host's: ``某某公司党委副书记、工会主席甲，党委委员、副总经理乙`` (乙 is on
the company's party committee and its deputy general manager, not the union's), while
``某某公司工会主席甲，副主席乙`` keeps 乙 in the union.
"""

from __future__ import annotations

from kg.model import Organization

#: The titles of each unit, without 副/常务副 (a party organ is no title of any of them: a
#: bare 党委 after 工会主席 is the host's).
UNIT_ROLES = {
    "工会": ("主席", "委员", "常委"),
    "董事会": ("董事长", "董事", "秘书", "主席"),
    "监事会": ("主席", "监事", "监事长"),
    "审判委员会": ("委员", "专职委员"),
    "检察委员会": ("委员", "专职委员"),
    "团委": ("书记", "委员", "常委"),
    "妇委会": ("主任", "委员"),
}
_MODIFIERS = ("常务副", "副")
#: Organisations that end in a unit's word but are none (某县总工会: the federation).
_NOT_UNITS = ("总工会",)


def unit_host(orgs: tuple[Organization, ...], role: str) -> tuple[Organization, ...]:
    """``orgs`` without its last organisation when that is a unit of the one before it and
    ``role`` (a title, or a bare organ written after it) is none of the unit's titles."""
    if len(orgs) < 2 or orgs[-1].parent != orgs[-2].key or orgs[-1].name.endswith(_NOT_UNITS):
        return orgs
    unit = next((u for u in UNIT_ROLES if orgs[-1].name.endswith(u)), None)
    if unit is None:
        return orgs
    bare = next((role[len(m) :] for m in _MODIFIERS if role.startswith(m) and len(role) > len(m)), role)
    return orgs if bare in UNIT_ROLES[unit] else orgs[:-1]
