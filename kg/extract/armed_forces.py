"""Units of the national armed forces in a title chain.

The units under the Central Military Commission belong to the country, not to the division the
article is about or was written in: a theatre command (``东部战区``, ``某部战区陆军``), a group
army (``第某集团军``), a service or a force (``海军``, ``火箭军``, ``武警部队``) and their own units
(``海军某基地``). The post's jurisdiction is the country and its organisation the unit as written,
as for ``军委某部`` (a body of the commission). A division's own military organs are no such
units: a provincial military district (``某省军区``), a county's armed forces department
(``某县人武部``) are read as the division's by the organisation grammar, and the armed police's
corps in a division (``武警某省总队``, ``武警某市支队``) here.
"""

from __future__ import annotations

from kg import rx
from kg.extract.divisions import COUNTRY_KEY, gazetteer
from kg.extract.orgs import OrgParse, org_key
from kg.model import Extraction, Organization

COUNTRY = COUNTRY_KEY

#: A theatre command, and anything written after it (its service: 某部战区陆军).
THEATRE = rx.compile(r"^[东南西北中]部战区")
#: A group army by its number: 第七十一集团军, 第71集团军.
GROUP_ARMY = rx.compile(r"^第[0-9０-９一二三四五六七八九十]{1,4}集团军")
#: The services and forces of the armed forces, which are national wherever they are written.
FORCES = (
    "中国人民武装警察部队",
    "联勤保障部队",
    "战略支援部队",
    "武警部队",
    "火箭军",
    "陆军",
    "海军",
    "空军",
)
#: The armed police's corps in a division: 武警某省总队, 武警某市支队.
CORPS = rx.compile(r"^武警(?P<division>[\u4e00-\u9fff]{2,10}?)(?:总队|支队)$")
#: How a unit written after a force ends (海军某基地, 空军某旅): anything else after a force's
#: name is no unit of it (海军路社区 is a street's community).
UNIT_ENDS = (
    "部队",
    "基地",
    "司令部",
    "参谋部",
    "政治工作部",
    "部",
    "学院",
    "大学",
    "医院",
    "舰队",
    "旅",
    "师",
)


def armed_forces_unit(text: str, ex: Extraction) -> OrgParse | None:
    """``东部战区`` / ``第某集团军`` / ``武警部队`` / ``海军某基地`` -> the unit, of the country;
    ``武警某省总队`` -> the corps, of the division the article names; None for anything else
    (``某省军区``, ``海军路社区``)."""
    corps = CORPS.match(text)
    if corps is not None:
        return _corps(text, corps.group("division"), ex)
    if not (THEATRE.match(text) or GROUP_ARMY.match(text) or _force_unit(text)):
        return None
    org = Organization(org_key(COUNTRY, text), text, "GovernmentOrganization", COUNTRY, None)
    return OrgParse((org,), (len(text),), COUNTRY)


def _force_unit(text: str) -> bool:
    force = next((f for f in FORCES if text.startswith(f)), None)
    if force is None:
        return False
    rest = text[len(force) :]
    return not rest or rest.endswith(UNIT_ENDS)


def _corps(text: str, division: str, ex: Extraction) -> OrgParse | None:
    """The corps ``text`` of ``division``: a division of the article, else the one division of
    China so named (a short form too: 武警某某支队); None if none or several are."""
    key = next((p.key for p in ex.places if division in (p.name, *p.aliases)), None)
    if key is None:
        gaz = gazetteer()
        found = gaz.lookup(division) or gaz.by_short.get(division, ())
        key = found[0].code if len(found) == 1 else None
    if key is None:
        return None
    org = Organization(org_key(key, text), text, "GovernmentOrganization", key, None)
    return OrgParse((org,), (len(text),), key)
