"""A bare 市 in an article about a county-level city: ``临江某市``-style cities (县级市) are
counties by level, so the walk to the division of level 市 (prefecture) passes over them to the
prefecture above. Where the article names one county-level city and no city of prefecture level,
``市司法局``, ``市律师协会`` are that city's: the article is its own news (a prefecture named
anywhere in it keeps the walk to the prefecture, and so does a county named as often as the city:
a tour of the prefecture's counties).
"""

from __future__ import annotations

from collections import Counter

from kg.model import Extraction, Place


def county_city(ex: Extraction, scope: str | None) -> Place | None:
    """The only county-level city the article names when it names no prefecture-level division nor
    another county as often, and ``scope`` (if any) is that city or contains it; None otherwise."""
    from kg.extract.divisions import gazetteer

    times = Counter(m.ref for m in ex.mentions if m.label == "Place")
    places = [p for p in ex.places if p.key in times]
    if any(p.level == "prefecture" for p in places):
        return None
    cities = [p for p in places if p.level == "county" and p.name.endswith("市")]
    if len(cities) != 1:
        return None
    city = cities[0]
    if any(p.level == "county" and p is not city and times[p.key] >= times[city.key] for p in places):
        return None  # 市长甲深入某县级市、某县: a tour of a city's counties, the city's own news no more
    if scope and scope not in {d.code for d in gazetteer().ancestors(city.key)}:
        return None  # 某县 in scope: 市 is the prefecture above it
    return city


#: Kinds of division a county-level city sits in whose own words never begin with 市 besides the
#: city's: a prefecture-level city, or the province directly (省直辖县级市).
_CITY_PARENTS = ("地级市", "省", "自治区")


def scoped_city(ex: Extraction, scope: str | None, word: str = "") -> Place | None:
    """The county-level city that a bare 市 word (市长, 市领导, 团市委) in scope ``scope`` stands
    for: ``scope`` itself when it is one (``某市委副书记、市长``: the mayor of that city, as the bare
    市委 is its committee), else the article's own city (:func:`county_city`). None where the city
    sits in an autonomous prefecture, a league or a 地区 (``州长`` there is the prefecture's), unless
    the bare word is ``word`` 市 and ``scope`` is the city: such a division has no 市长 of its own
    (``某市委副书记、市长`` in a 地区)."""
    from kg.extract.divisions import gazetteer
    from kg.extract.scoped_places import as_place

    gaz = gazetteer()
    div = gaz.by_code.get(scope) if scope else None
    if div is not None and div.kind == "县级市" and word == "市":
        return as_place(ex, div)
    if div is not None and div.kind == "县级市":
        city: Place | None = as_place(ex, div)
    else:
        city = county_city(ex, scope)
    own = gaz.by_code.get(city.key) if city is not None else None
    parent = gaz.by_code.get(own.parent) if own is not None and own.parent else None
    return city if parent is not None and parent.kind in _CITY_PARENTS else None


def own_city(ex: Extraction, scope: str | None) -> str | None:
    """The scope of an organisation written without a place (``某某工作领导小组``) in a county-level
    city's own news: the city, where ``scope`` is the prefecture the walk to 市 reached (the
    article names none); ``scope`` otherwise (a province in scope keeps the province)."""
    city = county_city(ex, scope)
    return city.key if city is not None and city.parent == scope else scope
