"""The organs of townships and villages in a title chain: 镇长 after 某某镇党委书记 heads 某某镇人民政府,
村委会主任 after 某某村党支部书记 is of 某某村村委会 (as 市长 after 某市委副书记 is the city's)."""

from __future__ import annotations

from kg.extract.org_suffixes import suffix_of
from kg.extract.orgs import org_key
from kg.extract.townships import township_counties
from kg.model import Organization

#: The organs of a township or a village, by the level word its name ends in (longest first).
_LOCAL_ORGANS = {
    "街道": ("党工委", "办事处"),
    "社区": ("居民委员会", "居委会", "党总支", "党支部", "党委"),
    "镇": ("人民政府", "党委"),
    "乡": ("人民政府", "党委"),
    "村": ("村民委员会", "村委会", "党总支", "党支部", "党委"),
    "嘎查": ("嘎查委员会", "党总支", "党支部", "党委"),  # a village of Inner Mongolia's pastoral areas
    "苏木": ("人民政府", "党委"),  # a township there
}
#: Heads of a township's or a village's government written without it: 镇长 -> 某某镇人民政府.
_LOCAL_HEADS = {"镇长": ("镇", "人民政府"), "乡长": ("乡", "人民政府"), "村主任": ("村", "村委会")}
#: Words that end in a level word but name no township or village (某某农村工作党委), unless the
#: national table of townships holds the name (孔城镇, 石城乡).
_NOT_LOCAL = ("城镇", "乡镇", "城乡", "农村", "度假村", "山庄村")


def _local_unit(name: str) -> tuple[str, str, str] | None:
    """``某某镇党委`` -> (``某某镇``, ``镇``, ``党委``): the township or village an organ's name
    starts with, its level word and the organ; None if the name is no organ of one."""
    for level, organs in _LOCAL_ORGANS.items():
        for organ in organs:
            place = name[: -len(organ)]
            if (
                name.endswith(organ)
                and place.endswith(level)
                and len(place) > len(level)
                and (not place.endswith(_NOT_LOCAL) or _tabled(place))  # 孔城镇 is a town
            ):
                return place, level, organ
    return None


def _tabled(place: str) -> bool:
    """Does ``place`` end with the name of a township of the national table (桐城市孔城镇)?"""
    table = township_counties()
    return any(place[i:] in table for i in range(len(place) - 2))


def local_organ(orgs: tuple[Organization, ...], organ: str, role: str) -> Organization | None:
    """The organ of a township or village that a title holds when the title before it in the chain
    is in another organ of that township or village: ``镇长`` after ``某某镇党委书记`` is the head
    of ``某某镇人民政府`` (as ``市长`` after ``某市委副书记`` is the city's), ``村委会主任`` after
    ``某某村党支部书记`` is of ``某某村村委会``, ``党支部书记`` after ``某某村村委会主任`` of
    ``某某村党支部``. ``organ`` is the title's written organisation ("" if none), ``role`` its
    role without modifiers (副镇长 -> 镇长); the organ has the jurisdiction of the one before."""
    found = next(((o, u) for o in reversed(orgs) if (u := _local_unit(o.name)) is not None), None)
    if found is None:
        return None
    org, (place, level, _) = found
    if not organ:
        head = _LOCAL_HEADS.get(role)
        if head is None or head[0] != level:
            return None
        organ = head[1]
    elif organ.startswith(level) and organ[len(level) :] in ("政府", *_LOCAL_ORGANS[level]):
        organ = organ[len(level) :]  # 镇政府, 村党支部, 街道办事处: the level word repeated
    organ = "人民政府" if organ == "政府" else organ
    if organ not in _LOCAL_ORGANS[level]:
        return None
    kind = getattr(suffix_of(organ), "kind", "Organization")
    name = place + organ
    return Organization(org_key(org.jurisdiction, name), name, kind, org.jurisdiction, None)


def local_head(role: str) -> bool:
    """Is ``role`` (without modifiers) the head of a township's or a village's government (镇长)?"""
    return role in _LOCAL_HEADS


def head_organ(place: str, role: str) -> str | None:
    """``某某镇`` + ``镇长`` -> ``某某镇人民政府``: the written name of the organ that the head of a
    township or village written before the title heads (as ``某市`` + ``市长`` -> the city's
    government); ``role`` without modifiers. None if ``place`` is no township or village of the
    head's level (``某某乡`` + ``镇长``, ``某某城镇`` + ``镇长``)."""
    head = _LOCAL_HEADS.get(role)
    if head is None:
        return None
    level, organ = head
    unit = _local_unit(place + organ)
    return place + organ if unit is not None and unit[:2] == (place, level) else None
