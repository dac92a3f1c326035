"""The organs of a development zone, and the zone they govern.

A development zone (经济技术开发区, 高新区, 新区, 工业园区, 保税区, 示范区, 片区, 基地) is governed
by a party working committee (党工委) and a management committee (管委会) that its city or county
sends: ``某某经济技术开发区党工委副书记、管委会主任``. Papers and the project's gold write a post
there with the zone as its jurisdiction, as a division's: the zone is an organisation of its own,
the organs its units, and none of them has a division as its jurisdiction (the zone is no
division, and no place of the table). A zone that is a division of the table (浦东新区, 滨海新区)
is a district and is read as one, and a national new area (滇中新区) is a place of its province; a 基地 or 园区 of a company (某某公司生产基地) is none.

A bare 管委会 or 党工委 after a zone's organ in a title chain, or in the sentence of one, is that
zone's (``某某高新区党工委书记甲，管委会主任乙``). So is a department written after the zone's name
(``某某高新区经济发展局副局长``).

A zone named in full once (``某市某某高新技术产业开发区``, ``某某经济技术开发区``) and then by its short
form (``某某高新区``, ``某某经开区``, with or without its city's name) is the one zone: its organs
(``某某高新区党工委``) are the full-named zone's.
"""

from __future__ import annotations

from kg import rx
from kg.extract.divisions import Gazetteer, gazetteer
from kg.extract.new_areas import new_areas
from kg.extract.orgs import OrgParse
from kg.model import Extraction, Organization

#: The kinds of zone a name ends with.
_ZONE = r"(?:开发区|高新区|经开区|园区|保税区|新区|示范区|片区|基地|试验区|合作区)"
#: A zone's organs, which its chain may name bare (某某高新区党工委书记、管委会主任); the party's first.
_PARTY_ORGANS = ("党工委", "纪工委", "工委")
ZONE_ORGANS = (*_PARTY_ORGANS, "管委会", "管理委员会")
#: A zone's organ as written: the zone's name, then the organ.
_ZONE_ORGAN = rx.compile(
    rf"^((?:(?!公司|集团|厂|学校|大学|医院)[\u4e00-\u9fff（）]){{2,20}}?{_ZONE})"
    rf"({'|'.join(ZONE_ORGANS)}|[\u4e00-\u9fff]{{2,8}}?(?:局|办公室))$"  # 某某高新区经济发展局: its department
)


def zone_organ(text: str, full: str | None = None) -> OrgParse | None:
    """``某某经济技术开发区党工委`` -> the zone (named ``full`` where the article names the zone so
    in full: :func:`full_zone`), then its organ as written (no jurisdiction); None where ``text`` is
    no zone's organ, or the zone is a division of the table (浦东新区)."""
    m = _ZONE_ORGAN.match(text)
    if m is None or gazetteer().lookup(m.group(1)) or m.group(1) in new_areas():
        return None  # 浦东新区 is a district, 滇中新区 a national new area: places both
    name = full or m.group(1)
    zone = Organization(f"org||{name}", name, "GovernmentOrganization")
    kind = "PartyOrganization" if m.group(2) in _PARTY_ORGANS else "GovernmentOrganization"
    organ = Organization(f"org||{text}", text, kind, None, zone.key)
    return OrgParse((zone, organ), (len(m.group(1)), len(text)), None)


def zone_of(orgs: tuple[Organization, ...]) -> Organization | None:
    """The zone whose organ ``orgs`` (a post's organisations, outermost first) is, if any."""
    if len(orgs) < 2 or orgs[-1].parent != orgs[-2].key:
        return None
    return orgs[-2] if zone_organ(orgs[-1].name) is not None else None  # its zone, in full or as written


#: A zone's full name, and the short kinds papers write it by after it.
_FULL_ZONE = rx.compile(
    r"[\u4e00-\u9fff]{2,12}?(?:高新技术产业开发区|高新技术开发区|经济技术开发区|经济开发区)"
)
#: Words of the clause before a zone's full name that the pattern may take in (在, 到, 赴…).
_LEAD = rx.compile(r"^(?:在|于|到|赴|对|向|与|和|及|的|是)+")
_SHORT_KINDS = {
    "高新技术产业开发区": ("高新区",),
    "高新技术开发区": ("高新区",),
    "经济技术开发区": ("经开区", "开发区"),
    "经济开发区": ("经开区", "开发区"),
}


def full_zone(text: str, ex: Extraction) -> str | None:
    """The full name the article gives the zone whose short name opens ``text`` (``某市某某高新技术
    产业开发区`` of ``某某高新区党工委``), if any."""
    if not any(kind in text for kinds in _SHORT_KINDS.values() for kind in kinds):
        return None
    gaz = gazetteer()
    named = {t.end: t.start for t in ex.tokens if t.tag in ("ORG", "LOC")}
    for m in _FULL_ZONE.finditer(ex.article.text):
        start = m.end()
        while start in named and named[start] >= m.start():  # 某市|某某高新技术产业开发区: the names
            start = named[start]  # the tagger read there, not the clause before them (在, 甲某在)
        start = m.start() if start == m.end() else start
        full = _LEAD.sub("", ex.article.text[start : m.end()])
        kind = next(k for k in _SHORT_KINDS if full.endswith(k))
        head = full[: -len(kind)]
        heads = [head] + [head[n:] for n in (2, 3, 4) if len(head) - n >= 2 and _division_word(head[:n], gaz)]
        for h in heads:  # 某市某某 or 某某 (the city's name dropped)
            for short in _SHORT_KINDS[kind]:
                if text.startswith(h + short):
                    return full
    return None


def _division_word(word: str, gaz: Gazetteer) -> bool:
    """Whether ``word`` is a division's short name (某某 of 某某市)."""
    return any(word + level in gaz.by_name for level in "市县区州盟旗")
