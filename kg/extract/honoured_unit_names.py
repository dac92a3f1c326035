"""Honoured units named with their divisions in front: ``某市某镇某村党总支部``, ``某区人民法院立案庭``.

An honour roll, or the span after 授予 / before 荣获, names a unit as a whole item of an
enumeration (:func:`kg.extract.honoured_units.enumerated_units`). Such a unit is often written with
the divisions it sits in, and the organisation layer reads only a part of it (the tail
``某村党总支部``, or the court without its division). Where no organisation mention fills the item,
the item is one unit when it opens with a division (a place) or an organisation and ends in a
unit's word after its head:

- a village or community and its party body: ``…村党总支部``, ``…社区党委``, ``…村党支部``, and
  its formal name, which 中共 opens: ``中共某县某镇某村支部委员会``, ``中共某社区总支部委员会``;
- a court or procuratorate and its division: ``…人民法院立案庭``, ``…检察院第一检察部``;
- a company and its unit: ``…公司…供电所``, ``…公司…司机一班``, ``…公司…车间``, down to the
  smallest (``…集团有限公司某某机务段某某车间某某工区``);
- a unit or a place, then a group of its people honoured together: ``某某研究院青年科研团队``,
  ``某县某村支教群体``, ``某某医院援外医疗集体`` (but not ``先进集体``, ``模范集体``: a category);
- divisions, then a plain public unit: ``某县某镇蔬菜批发市场``, ``…农民专业合作社``, a school
  (``某县某镇中心校``, ``…中心小学``, ``…某村小学``, ``…镇中学``, ``…中心幼儿园``), a clinic or a
  home (``…镇卫生院``, ``…村卫生室``, ``…镇敬老院``), a police station (``…镇派出所``), a squad of
  rescuers or volunteers (``…镇应急救援队``, ``…村志愿服务队``, ``…乡护林队``, ``…村民兵连``), a fire or
  police brigade (``…县消防救援大队``, ``…县公安局交警大队``), a squad named by its task (``…女子特警队``,
  ``…镇巾帼治沙队``), a tax office or a county's media centre (``…区税务局第一税务所``, ``…区融媒体中心``),
  a committee of mediation (``…镇人民调解委员会``, ``某市物业纠纷人民调解委员会``);
- a district or county, then its street office or a community under it: ``某区某某街道``,
  ``某市某区某某街道某某社区`` (a unit of the district's government, named with its district, as
  papers write it in a roll of honoured units; a street or a community named alone, ``某某街道``,
  stays a place, and so does a town, ``某县某镇``).

The unit is named as written, in the last division its name opens with. A person's entry
(``某村党支部书记王小明``) or a title (``某公司供电所所长``) ends in no unit's word and is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg import rx
from kg.extract.orgs import org_key
from kg.model import Extraction, Mention, Organization

#: Units whose head a named division precedes (the item's tail).
_UNIT_TAIL = rx.compile(
    r"(?:(?P<party>(?:村|社区|嘎查)(?:党总支部|党总支|党支部|党委|总支部委员会|支部委员会))"
    r"|(?P<court>(?:法院|检察院)[\u4e00-\u9fff\d]{0,8}?(?:庭|科|室|局|部))"
    r"|(?P<company>(?:公司|集团|厂)[\u4e00-\u9fff\d]{0,30}?(?:所|站|班|车间|中心|队|组|工区|作业区|段))"
    r"|(?P<collective>(?<!先进)(?<!模范)(?<!优秀)(?<!红旗)(?<!文明)(?<=[\u4e00-\u9fff]{2})(?:群体|团队|集体))"
    r"|(?P<public>(?:批发市场|农贸市场|专业合作社|合作社|协会|服务中心|卫生院|卫生室|敬老院|养老院|派出所|调解委员会"
    r"|中心校|中心学校|学校|小学|中学|幼儿园|教学点"
    r"|(?:救援|搜救|应急|抢险|志愿服务|服务|巡逻|巡防|联防|突击|护河|护林|护村|民兵)[队连排]"
    r"|消防(?:救援)?(?:大队|中队|站)|(?:派出所|公安局|交警|边境)[\u4e00-\u9fff]{0,4}?(?:大队|中队)"
    r"|税务所|融媒体中心|[\u4e00-\u9fff]{2,4}(?:特警|警务|治沙|巡防|救援|宣讲|服务)队))"
    r"|(?P<street>(?<=[\u4e00-\u9fff]{2})(?:街道|社区)))$"
)
#: The head word a company's or a court's unit follows, the end of the name it opens with
#: (集团有限公司 as one: the unit follows the company, not the group).
_HEAD = rx.compile(r"集团(?:股份)?(?:有限)?(?:责任)?公司|公司|集团|厂|法院|检察院")
#: The ends of a district's or county's name, the division a street office belongs to.
_COUNTIES = ("区", "县", "市", "旗")
#: What an item holds: Han characters and digits only (no punctuation, no spaces), save a quoted
#: name of its own (某镇“某某青年”创业服务队).
_ITEM = rx.compile(r"(?:[\u4e00-\u9fff\d]|“[\u4e00-\u9fff\d]{2,12}”){5,40}")
_KINDS = {"party": "PartyOrganization", "court": "GovernmentOrganization", "street": "GovernmentOrganization"}


def divided_unit(ex: Extraction, a: int, b: int, near: Sequence[Mention]) -> Mention | None:
    """The unit ``text[a:b]`` names when it is a whole unit written with its divisions (module
    docstring) and no organisation mention fills it, as a new Organization mention, else None;
    ``near`` holds the places and organisations in and around the item."""
    text = ex.article.text
    if _ITEM.fullmatch(text, a, b) is None:
        return None
    tail = _UNIT_TAIL.search(text, a, b)
    if tail is None:
        return None
    head = _HEAD.match(text, tail.start())  # 某某集团|精密加工车间: the head ends the opening name
    limit = head.end() if head and tail.lastgroup in ("company", "court") else tail.start()
    opens = [m for m in near if m.start == a and m.end <= limit]
    if not opens or any(m.label == "Organization" and m.start == a and m.end == b for m in near):
        return None
    if tail.lastgroup == "public" and not any(m.label == "Place" for m in opens):
        return None  # 某某专业合作社: a plain unit needs its divisions in front
    if tail.lastgroup == "street" and (
        text[b : b + 1] in "和及与"  # 某区某街道和平社区: 和 opens the next name, no separator
        or not any(m.label == "Place" and m.text.endswith(_COUNTIES) for m in opens)
    ):
        return None  # 某某街道 alone, or after a village: a place
    chain = [m for m in near if m.label == "Place" and m.ref and a <= m.start and m.end <= tail.start()]
    place = max(chain, key=lambda m: m.end).ref if chain else ex.home
    return ex.article.span(a, b, "Organization", ref=org_key(place, text[a:b]))


def divided_organization(ex: Extraction, mention: Mention) -> Organization:
    """The organisation a :func:`divided_unit` mention names."""
    tail = _UNIT_TAIL.search(mention.text)
    kind = _KINDS.get(tail.lastgroup or "", "Organization") if tail else "Organization"
    place = mention.ref.split("|")[1] if mention.ref else ""
    return Organization(mention.ref or "", mention.text, kind, place or None, None)
