"""What the words around a division's short form say about it (used by :mod:`kg.extract.places`).

- ``X精神`` (a spirit named after a place, 某县精神): the place X is spoken of, as ``X县委`` is;
- a landmark named after a place (某区石窟, 某县遗址) is the landmark, not the division: a place
  tag on the whole word (某某石窟) does not make its first part a division;
- a short form followed, inside one tagged word, by a geographic word (湾, 湖, 山, 河, 岛) makes
  another name, a bay's or a lake's (某某湾体育中心: a venue by the bay, no division); a region word
  after it (某省山区, 某某山村) leaves the division spoken of;
- a unit below a city (``X公安处``, ``X分局``, ``X支行``) is named after a city, not a province, when
  a province and a city share the short form X (吉林: 吉林省 and 吉林市);
- a short form that a province shares with one of its own cities (吉林: 吉林省 and 吉林市), written
  alone, is the province (``中国式现代化吉林篇章``, ``吉林大地``): a paper writes the city's full name
  where it means the city, unless the article has read the short form as the city already;
- a short form written right after a division that holds it (新疆某某, 江苏省某州) is the next link
  of an address chain, as a full name there is; but a city district's short form inside a
  company's name right after its province, its city skipped, is a brand word (某省中原某某有限
  公司: 中原 is no district of a city of that province), unless the article writes the district's
  full name or a level word follows the short form (某省某某县, the district's former name); a
  prefecture's short form there is the city (某省太原某某有限公司);
- a university named after a city district's short form (``某某大学``, ``某某学院``, every
  candidate a 市辖区) carries a name, not the district: universities are named after provinces and
  cities (北京大学, 延安大学: the place stays), and a district's own units are its hospitals and
  offices (海淀医院: the district stays);
- a village or community word that opens with a verb of visiting (某街道调研社区治理工作, 某镇走访
  村民) is the verb's object, no village: 调研社区 names none.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg import rx
from kg.extract.divisions import Division, Gazetteer
from kg.extract.org_suffixes import suffix_of

#: A spirit, a style or a model named after a place: the place is spoken of.
NAMED_AFTER = ("精神",)
#: Landmarks that carry the name of the place they lie in (某某石窟 is no division).
LANDMARK_ENDS = ("石窟", "遗址", "景区", "风景区", "湿地", "寺", "水库")
#: The longest division name looked up after a short form.
MAX_NAME = 16
#: Units below a city, named after that city.
CITY_UNITS = ("公安处", "分局", "支行")
#: Level words written after a division's short form.
LEVEL_CHARS = frozenset("省市县区州盟旗")


def names_spirit(rest: str) -> bool:
    """Whether ``rest`` (the text after a short form) makes the short form a place (某县精神)."""
    return rest.startswith(NAMED_AFTER)


def is_landmark(word: str, short: str) -> bool:
    """Whether a place-tagged ``word`` that starts with the short form ``short`` is a landmark."""
    return word != short and word.endswith(LANDMARK_ENDS)


#: A geographic word after a short form inside one word: another name (深圳湾), unless a region word follows.
_GEO = rx.compile(r"[湾湖山河岛](?![区地村乡城镇市县])")


def geo_named(word: str, short: str) -> bool:
    """Whether a tagged ``word`` that starts with the short form ``short`` goes on with a geographic
    word that makes another name (某某湾体育中心), not the division."""
    return len(word) > len(short) and word.startswith(short) and _GEO.match(word, len(short)) is not None


#: The ends of a university's name.
_UNIVERSITY = ("大学", "学院")


def university_named(word: str, short: str, cands: Iterable[Division]) -> bool:
    """Whether a tagged ``word`` that starts with the short form ``short`` of city districts only
    is a university's name (某某大学), not the district."""
    return word != short and word.endswith(_UNIVERSITY) and all(c.kind == "市辖区" for c in cands)


def other_name(tag: str, word: str, short: str, cands: Iterable[Division]) -> bool:
    """Whether a ``word`` tagged ``tag`` that starts with the short form ``short`` names something
    other than the division: a landmark, a bay's or a lake's name, or a university."""
    return (
        tag == "LOC"
        and is_landmark(word, short)
        or geo_named(word, short)
        or university_named(word, short, cands)
    )


def city_not_province(rest: str, cands: tuple[Division, ...]) -> tuple[Division, ...]:
    """The candidates without the province when ``rest`` names a unit below a city (吉林公安处)."""
    if not rest.startswith(CITY_UNITS):
        return cands
    lower = tuple(c for c in cands if c.level != "province")
    return lower if lower and len(lower) < len(cands) else cands


def province_not_own_city(
    cands: tuple[Division, ...], settled: set[str], gaz: Gazetteer
) -> tuple[Division, ...]:
    """The province alone when ``cands`` are a province and cities of that province only (吉林),
    none of them ``settled`` (read as itself elsewhere in the article); else ``cands``."""
    provinces = [c for c in cands if c.level == "province"]
    if len(provinces) != 1 or any(c.code in settled for c in cands if c is not provinces[0]):
        return cands
    home = provinces[0].code
    own = all(
        c is provinces[0] or (p := gaz.province_of(c.code)) is not None and p.code == home for c in cands
    )
    return (provinces[0],) if own else cands


def division_at(text: str, i: int, gaz: Gazetteer) -> bool:
    """Whether a division's name or short form starts at ``i`` (太原 before 榆次 in 太原榆次)."""
    for length in range(2, min(MAX_NAME, len(text) - i) + 1):
        name = text[i : i + length]
        if name in gaz.by_name or name in gaz.by_short:
            return True
    return False


def skipped_district(
    text: str, end: int, cands: Iterable[Division], outer: Iterable[Division], word: str
) -> bool:
    """Whether ``cands`` (a short form that ends at ``end`` inside ``word``, a company's name, right
    after ``outer``) are only city districts (市辖区) whose city is not ``outer`` and whose full
    name ``text`` does not write, and no level word follows (某省某某县 names a division by its
    former level). A company's registered name opens with one division (某省, 某市某区), never
    with a province then a district of one of its cities."""
    suffix = suffix_of(word)
    if suffix is None or suffix.kind != "Corporation" or text[end : end + 1] in LEVEL_CHARS:
        return False
    parents = {o.code for o in outer}
    return all(c.kind == "市辖区" and c.parent not in parents and c.name not in text for c in cands)


def nested(gaz: Gazetteer, outer: Iterable[Division], cands: Iterable[Division]) -> bool:
    """Whether one of ``cands`` lies inside one of ``outer`` (新疆 then 某某县's short form)."""
    outers = [o.code for o in outer]
    return any(gaz.is_within(c.code, o) for c in cands for o in outers if c.code != o)


#: Verbs of a visit that may follow a township's name; a village word opening with one is none.
VISIT_VERBS = ("调研", "走访", "看望", "慰问", "察看", "考察", "检查", "视察", "督导", "指导")


def opens_with_visit(name: str) -> bool:
    """Whether a village or community word opens with a verb of visiting (调研社区: no village)."""
    return name.startswith(VISIT_VERBS)


def leveled_short(text: str, end: int, cands: Iterable[Division], gaz: Gazetteer) -> bool:
    """Whether a short form ending at ``end`` is written with its level word and followed by the
    full name of one of its own divisions (``临夏州广河县``: the prefecture, then its county), even
    inside one word of the tagger; a full name of another division's (``某州某县`` of a county not
    under it) or no level word (``某某广河县``) says nothing."""
    if text[end : end + 1] not in LEVEL_CHARS:
        return False
    codes = {c.code for c in cands}
    start = end + 1
    for length in range(2, min(MAX_NAME, len(text) - start) + 1):
        below = gaz.by_name.get(text[start : start + length], ())
        if any(d.parent in codes for d in below):
            return True
    return False


def child_at(text: str, i: int, outer: Iterable[Division], gaz: Gazetteer) -> bool:
    """Whether the full name of a division inside one of ``outer`` starts at ``i``: the level word
    there (镇, 乡, 村) opens that division's name (某某市镇宁县, 某某州乡城县, or a township of the
    national table: 某某区|镇北某镇), no town's or village's."""
    from kg.extract.townships import township_counties  # it reads the tagger: imported when asked

    parents = {o.code for o in outer}
    for length in gaz.name_lengths.get(text[i : i + 2], ()):
        for div in gaz.by_name.get(text[i : i + length], ()):
            if div.parent in parents:
                return True
    towns = township_counties()
    return any(parents & set(towns.get(text[i : i + k], ())) for k in range(3, 9))


#: The party's name that opens the formal name of its committees: 中共某县某镇委员会.
PARTY_NAMES = ("中国共产党", "中共")
#: The democratic parties and the federation, written before a committee of a level (民盟某省委会).
DEMOCRATIC_PARTIES = ("民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟")
_PARTIES = (*PARTY_NAMES, *DEMOCRATIC_PARTIES)


def after_party(text: str, i: int) -> bool:
    """Whether ``i`` follows the party's name or a democratic party's, so that a division's name
    starts a word there (中共某县委员会, 中国共产党某市某区委员会, 民革某省委会), even though the
    tagger read one long word."""
    return any(text.startswith(p, i - len(p)) for p in _PARTIES if i >= len(p))
