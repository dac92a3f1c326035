"""A body's own units written bare after a title of it in a chain.

``全国妇联党组成员、书记处书记``: the 书记处 is the federation's secretariat; ``某市人大常委会党组
书记、常委会主任``: the 常委会 is that standing committee itself; ``某镇人大主席团主席`` written
``某镇人大代表、主席团主席``: the congress's presidium. A unit that no organisation before it
holds (``某某公司董事长、书记处书记``) is left to the rest of the chain grammar.
"""

from __future__ import annotations

from kg.extract.orgs import org_key
from kg.model import Organization

#: Units of a congress, a people's organisation or a mass organisation, written bare in a chain.
BODY_UNITS = ("书记处", "主席团", "常委会", "执委会")
#: Name endings of the organisations that hold each unit (人大: a congress; the others: the
#: people's organisations and their short forms).
_MASS = ("妇联", "工会", "工商联", "科协", "文联", "侨联", "残联", "台联", "青联", "学联", "作协", "记协")
_HOLDERS = {
    "书记处": (*_MASS, "团中央", "团省委", "团市委", "团县委", "妇女联合会", "总商会"),
    "主席团": ("人大", "人民代表大会", *_MASS),
    "常委会": ("人大", "人民代表大会"),
    "执委会": _MASS,
}


def body_unit(host: tuple[Organization, ...], organ: str) -> tuple[Organization, ...] | None:
    """The organisations of the bare unit ``organ`` written after a title of ``host`` (the chain's
    organisations without their party organs): ``host`` itself where its body already is that
    unit (某市人大常委会 + 常委会), ``host`` and the unit where the body holds one (全国妇联 +
    书记处 -> 全国妇联书记处); None where ``organ`` is no such unit or the body holds none."""
    if organ not in BODY_UNITS or not host:
        return None
    leaf = host[-1]
    if leaf.name.endswith(organ):
        return host  # 某市人大常委会党组书记、常委会主任: the standing committee itself
    if leaf.kind == "Corporation" or not leaf.name.endswith(_HOLDERS[organ]):
        return None
    name = leaf.name + organ
    unit = Organization(org_key(leaf.jurisdiction, name), name, "Organization", leaf.jurisdiction, leaf.key)
    return (*host, unit)
