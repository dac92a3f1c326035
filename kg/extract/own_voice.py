"""The article's own voice: ``我省``/``全省`` in a provincial paper, ``我市``/``全市`` in a city's.

A paper that writes ``我市`` (or ``本市``, ``全市``) is about its city: the most mentioned city stays
the article's home. One that writes ``我省`` (or ``本省``) and no ``我市`` is about its province: the
home is the province most of its named places lie in (a prefecture named once, 某省某市人, is no
home then), unless a city is named more often than that province (a city's paper writes 我省 too:
上级莅临我省 in an article about the city). ``全省`` alone is weaker (a city's paper writes 在全省排名第一): it moves the home to the
province only when the article names that province at least as often as the city it would leave.
A county's paper speaks as its county (``县委``, ``县政府``, ``全县`` with no name before them) and
names the one county more often than any city: the county's city is the home, not a city named as
where investors come from (来自甲市、乙市的企业).
A delegation that goes out (``某市党政代表团赴某地``) makes its own city the home before all of this,
and one received by a host of a bare title is left out of it (:mod:`kg.extract.delegation_homes`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from kg import rx
from kg.extract.delegation_homes import delegation_guest, delegation_home
from kg.extract.divisions import Division, Gazetteer

#: The paper speaking of its own city.
CITY_VOICE = rx.compile(r"[我本全]市")
#: The paper speaking of its own province.
PROVINCE_VOICE = rx.compile(r"[我本]省")
#: The whole province: the paper's own province, or a city paper's wider frame.
WHOLE_PROVINCE = "全省"


def article_home(text: str, hits: Sequence[tuple[int, Division | None]], gaz: Gazetteer) -> str | None:
    """The article's home from its division mentions ``hits`` (offset, division or None), in text
    order: the most mentioned city, unless the article speaks as a province."""
    named = [(start, div) for start, div in hits if div is not None]
    if (going := delegation_home(text, named)) is not None:
        return going  # 某市党政代表团赴某地: that city, not the host it names as often
    if (guest := delegation_guest(text, named)) is not None:
        hosts = [(s, div) for s, div in named if div.code != guest and not gaz.is_within(div.code, guest)]
        if any(div.level == "prefecture" or div.kind == "直辖市" for _, div in hosts):
            named = hosts  # 市委书记甲会见了某市党政代表团: the guest's city is no home
    return voiced_home(text, named, county_city(text, named, gaz) or city_home(named, gaz), gaz)


#: A county's paper speaking of its own county: 县委, 区政府, 旗人大, 全县 (no name before them).
COUNTY_VOICE = {
    level: rx.compile(rf"(?<![\u4e00-\u9fff]){level}(?:委|政府|人民政府|人大|政协)|全{level}")
    for level in "县区旗"
}


def county_city(text: str, named: Sequence[tuple[int, Division]], gaz: Gazetteer) -> str | None:
    """The city of the one county the article names, when it speaks as that county and names it
    more often than any city (see the module's doc); else None."""
    counties = Counter(div.code for _, div in named if div.level == "county")
    if len(counties) != 1:
        return None
    ((code, times),) = counties.items()
    county = gaz.by_code[code]
    voice = COUNTY_VOICE.get(county.name[-1])
    if county.parent is None or voice is None or voice.search(text) is None:
        return None
    cities = Counter(div.code for _, div in named if div.level == "prefecture" or div.kind == "直辖市")
    return county.parent if times > max(cities.values(), default=0) else None


#: How often an article must name the counties of a city to make it the home over another city
#: that it names once (来自四川成都的游客 in a 林芝 paper that names its districts throughout).
VIA_COUNTIES = 3


def city_home(named: Sequence[tuple[int, Division]], gaz: Gazetteer) -> str | None:
    """The most mentioned prefecture-level city (or municipality, whose districts' mentions are its
    own: a district's paper at a fair in another city names its district more often than its city,
    在北京举行…武清区委书记…武清区区长, 天津市), else the city of the most mentioned counties;
    where every city is named once, the counties named count for their cities too (a county-level
    city or county under its province, 五指山市 or 仙桃市, for that province); ties go to the first
    mentioned."""
    direct: Counter[str] = Counter()
    via_county: Counter[str] = Counter()
    first: dict[str, int] = {}
    for start, div in named:
        if div.level == "prefecture" or (div.level == "province" and div.kind == "直辖市"):
            direct[div.code] += 1
            first.setdefault(div.code, start)
        elif div.level == "county" and div.parent is not None:
            up = gaz.by_code[div.parent]
            if up.kind == "直辖市":  # 武清区 is as much 天津 as 天津 is: the municipality's own
                direct[up.code] += 1
                first.setdefault(up.code, start)
            elif up.level in ("prefecture", "province"):  # 五指山市, 仙桃市: under their province
                via_county[up.code] += 1
                first.setdefault(up.code, start)
    counts = direct or via_county
    if direct and max(direct.values()) == 1 and max(via_county.values(), default=0) >= VIA_COUNTIES:
        counts = direct + via_county  # a city named once (a visitor's home) and the counties of another
    if not counts:
        return None
    return min(counts, key=lambda code: (-counts[code], first[code]))


def voiced_home(
    text: str, named: Sequence[tuple[int, Division]], city_home: str | None, gaz: Gazetteer
) -> str | None:
    """The article's home given its voice: ``city_home`` (the most mentioned city) unless the
    article speaks as a province (see the module's doc); ``named`` holds each division mention's
    offset and division, in text order."""
    if CITY_VOICE.search(text):
        return city_home
    own = PROVINCE_VOICE.search(text) is not None
    if not own and WHOLE_PROVINCE not in text:
        return city_home
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for start, div in named:
        province = gaz.province_of(div.code)
        if province is None or province.kind == "直辖市":
            continue
        counts[province.code] += 1
        first.setdefault(province.code, start)
    if not counts:
        return city_home
    best = min(counts, key=lambda code: (-counts[code], first[code]))
    itself = sum(1 for _, div in named if div.code == best)
    city = sum(1 for _, div in named if div.code == city_home)
    if own:  # a city's paper writes 我省 too (莅临我省): the city stays home where it is named more
        return best if city <= 1 or itself >= city else city_home
    home_province = gaz.province_of(city_home) if city_home else None
    if home_province is not None and home_province.code != best:
        return city_home  # 全省 of a city paper that names another province more
    return best if itself >= max(city, 1) else city_home
