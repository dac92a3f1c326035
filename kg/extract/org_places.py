"""The places that open an organisation's written name: a place chain (太原市尖草坪区), from the
article's places or the gazetteer, or a bare 市/省 (市委, 省政府) that the article's home resolves."""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.divisions import COUNTRY_KEY, gazetteer, short_forms
from kg.extract.place_words import MAX_NAME
from kg.model import Place

#: Words that a bare level character starts but that name no organ (市场监管局 is not 市 + 场监管局).
BARE_STOP = frozenset({"市场", "市民", "省份", "区域", "县城", "区块", "市区", "县域", "市属", "省属"})


def _place_names(places: Sequence[Place]) -> dict[str, Place]:
    out: dict[str, Place] = {}
    for place in places:
        out.setdefault(place.name, place)
        for alias in place.aliases:
            out.setdefault(alias, place)
    return out


def _gazetteer_place(name: str, home: str | None) -> tuple[str, str] | None:
    """(key, full name) of a division that ``name`` surely means, without the article's places."""
    gaz = gazetteer()
    if name == gaz.by_code[COUNTRY_KEY].name:
        return COUNTRY_KEY, name
    full = gaz.lookup(name)
    cands = full or tuple(d for d in gaz.by_short.get(name, ()) if d.level in ("province", "prefecture"))
    if len(cands) > 1 and home:
        province = gaz.province_of(home)
        cands = tuple(d for d in cands if province and gaz.is_within(d.code, province.code))
    if len(cands) == 1 and (full or len(name) >= 2):
        return cands[0].code, cands[0].name
    return None


def _inside(key: str, outer: str | None) -> bool:
    """May the division ``key`` follow ``outer`` in a chain of places (it is inside it, or either
    is no division of the table)?"""
    by_code = gazetteer().by_code
    if outer is None or key not in by_code or outer not in by_code:
        return True
    return gazetteer().is_within(key, outer)


def place_prefix(text: str, places: Sequence[Place], home: str | None) -> tuple[int, str | None]:
    """Length of the place chain that ``text`` starts with, and the key of its innermost place; a
    place not inside the one before it ends the chain (``某市河南商会``: the chamber is 某市's)."""
    known = _place_names(places)
    pos, key = 0, None
    while pos < len(text):
        found = None
        for length in range(min(MAX_NAME, len(text) - pos), 1, -1):
            name = text[pos : pos + length]
            if name in known:
                found = (length, known[name].key)
                break
            hit = _gazetteer_place(name, home)
            if hit is not None:
                found = (length, hit[0])
                break
        if found is None or not _inside(found[1], key):
            break  # 某市温州商会: the chamber in 某市 of people from 温州 is 某市's
        pos += found[0]
        key = found[1]
    return pos, key


def located_before(text: str, chain_len: int, key: str | None) -> bool:
    """Whether the place chain that ``text`` opens with (``chain_len`` characters, innermost ``key``)
    tells where the unit is, written before a registered name that opens with a division holding
    that place (雨山区 + 马鞍山某某有限公司, 天河区 + 广州某某有限公司): a name opens with its
    registering division, never with a district then its own city. A chain that goes down
    (某市某区某某有限公司) is one name."""
    gaz = gazetteer()
    if not chain_len or key not in gaz.by_code:
        return False
    rest = text[chain_len:]
    holders = [d for d in gaz.ancestors(key)[1:] if d.level in ("prefecture", "province")]
    return any(rest.startswith(n) for d in holders for n in (d.name, *short_forms(d.name)))


def bare_place(text: str, home: str | None) -> tuple[str, str] | None:
    """A bare 市委/省委/市政府: (key of the place it belongs to, its full name)."""
    if not home or len(text) < 2 or text[0] not in "市省" or text[:2] in BARE_STOP:
        return None
    gaz = gazetteer()
    home_div = gaz.by_code.get(home)
    if home_div is None:
        return None
    if text[0] == "市":  # a province's paper (我省) names no city by a bare 市
        return None if home_div.level == "province" and home_div.kind != "直辖市" else (home, home_div.name)
    province = gaz.province_of(home)
    if province is None or province.kind == "直辖市":
        return None
    return province.code, province.name
