"""A bare 市 in an article about a county-level city: ``临江某市``-style cities (县级市) are
counties by level, so the walk to the division of level 市 (prefecture) passes over them to the
prefecture above. Where the article names one county-level city and no city of prefecture level,
``市司法局``, ``市律师协会`` are that city's: the article is its own news (a prefecture named
anywhere in it keeps the walk to the prefecture).
"""

from __future__ import annotations

from kg.model import Extraction, Place


def county_city(ex: Extraction, scope: str | None) -> Place | None:
    """The only county-level city the article names when it names no prefecture-level division
    and ``scope`` (if any) is that city or contains it; None otherwise."""
    from kg.extract.divisions import gazetteer

    named = {m.ref for m in ex.mentions if m.label == "Place"}
    places = [p for p in ex.places if p.key in named]
    if any(p.level == "prefecture" for p in places):
        return None
    cities = [p for p in places if p.level == "county" and p.name.endswith("市")]
    if len(cities) != 1:
        return None
    city = cities[0]
    if scope and scope not in {d.code for d in gazetteer().ancestors(city.key)}:
        return None  # 某县 in scope: 市 is the prefecture above it
    return city
