"""What the words around a division's short form say about it (used by :mod:`kg.extract.places`).

- ``X精神`` (a spirit named after a place, 某县精神): the place X is spoken of, as ``X县委`` is;
- a landmark named after a place (某区石窟, 某县遗址) is the landmark, not the division: a place
  tag on the whole word (某某石窟) does not make its first part a division;
- a unit below a city (``X公安处``, ``X分局``, ``X支行``) is named after a city, not a province, when
  a province and a city share the short form X (吉林: 吉林省 and 吉林市);
- a short form written right after a division that holds it (新疆某某, 江苏省某州) is the next link
  of an address chain, as a full name there is.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.divisions import Division, Gazetteer

#: A spirit, a style or a model named after a place: the place is spoken of.
NAMED_AFTER = ("精神",)
#: Landmarks that carry the name of the place they lie in (某某石窟 is no division).
LANDMARK_ENDS = ("石窟", "遗址", "景区", "风景区", "湿地", "寺", "水库")
#: The longest division name looked up after a short form.
MAX_NAME = 16
#: Units below a city, named after that city.
CITY_UNITS = ("公安处", "分局", "支行")


def names_spirit(rest: str) -> bool:
    """Whether ``rest`` (the text after a short form) makes the short form a place (某县精神)."""
    return rest.startswith(NAMED_AFTER)


def is_landmark(word: str, short: str) -> bool:
    """Whether a place-tagged ``word`` that starts with the short form ``short`` is a landmark."""
    return word != short and word.endswith(LANDMARK_ENDS)


def city_not_province(rest: str, cands: tuple[Division, ...]) -> tuple[Division, ...]:
    """The candidates without the province when ``rest`` names a unit below a city (吉林公安处)."""
    if not rest.startswith(CITY_UNITS):
        return cands
    lower = tuple(c for c in cands if c.level != "province")
    return lower if lower and len(lower) < len(cands) else cands


def division_at(text: str, i: int, gaz: Gazetteer) -> bool:
    """Whether a division's name or short form starts at ``i`` (太原 before 榆次 in 太原榆次)."""
    for length in range(2, min(MAX_NAME, len(text) - i) + 1):
        name = text[i : i + length]
        if name in gaz.by_name or name in gaz.by_short:
            return True
    return False


def nested(gaz: Gazetteer, outer: Iterable[Division], cands: Iterable[Division]) -> bool:
    """Whether one of ``cands`` lies inside one of ``outer`` (新疆 then 某某县's short form)."""
    outers = [o.code for o in outer]
    return any(gaz.is_within(c.code, o) for c in cands for o in outers if c.code != o)
