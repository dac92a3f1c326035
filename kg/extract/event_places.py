"""Where an event happens: the place after 赴/到/在/于, as specific as the text gives it.

An address chain names a division and then divisions inside it, with nothing between them
(在某省某市, 赴山西太原小店区): the event is in the last of them. Places written one after another
that are not nested (在太原晋中, 在甲、乙两地) are no chain: the first stays the event's place.
"""

from __future__ import annotations

from kg import rx
from kg.extract.new_areas import covers
from kg.model import Extraction, Mention

#: Words after which a sentence says where things happen.
_MOVED = ("赴", "到", "在", "于")
#: A meeting of the whole province or of a provincial organ, named by level alone (全省某某工作会议,
#: 省委常委会会议, 省政府常务会议): held in the province of the article's home, not in a city the
#: sentence names as a speaker (宜宾市作交流发言).
_PROVINCIAL = rx.compile(r"(?:中共)?(?:全省|省(?:委|政府|人民政府|人大|政协|纪委|监委))")
#: The same for the home city (全市某某会议, 市委常委会会议): held in the home, not in a county named.
_MUNICIPAL = rx.compile(r"(?:中共)?(?:全市|市(?:委|政府|人民政府|人大|政协|纪委|监委))")


def place_in(ex: Extraction, start: int, end: int, name: str = "") -> str | None:
    """The place the sentence ``[start, end)`` says things happen in: the place after
    赴/到/在/于, else (for an event ``name`` not of a province's or the home city's level) its first
    place, else the article's home (or the home's province); each as specific as its chain."""
    text = ex.article.text
    places = sorted(
        (m for m in ex.mentions if m.label == "Place" and start <= m.start < end and m.ref),
        key=_start,
    )
    moved = [m for m in places if text[m.start - 1 : m.start] in _MOVED]
    if moved:
        return most_specific(ex, moved[0]).ref
    if _PROVINCIAL.match(name):
        return province_of_home(ex) or ex.home
    if _MUNICIPAL.match(name) and ex.home:
        return ex.home
    return most_specific(ex, places[0]).ref if places else ex.home


def ancestry(ex: Extraction, key: str) -> list[str]:
    """``key`` and the keys of the places that hold it, innermost first (none if it is no place)."""
    out: list[str] = []
    place = ex.place(key)
    while place is not None and place.key not in out:
        out.append(place.key)
        place = ex.place(place.parent) if place.parent else None
    return out


def province_of_home(ex: Extraction) -> str | None:
    """The key of the province-level division the article's home lies in (or is)."""
    line = ancestry(ex, ex.home) if ex.home else []
    return next((k for k in line if (p := ex.place(k)) is not None and p.level == "province"), None)


def most_specific(ex: Extraction, first: Mention) -> Mention:
    """The last place of the address chain that ``first`` opens: each next place follows the one
    before it at once (only white space between, as a page break leaves) and lies inside it."""
    text = ex.article.text
    places = [m for m in ex.mentions if m.label == "Place" and m.ref]
    here = first
    while True:
        gap_end = here.end
        while gap_end < len(text) and text[gap_end].isspace():
            gap_end += 1
        inner = [
            m
            for m in places
            if m.start == gap_end
            and m.ref != here.ref
            and (_inside(ex, m.ref, here.ref) or covers(here.ref, ex.place(m.ref or "")))  # 某某新区某县
        ]
        if not inner:
            return here
        here = max(inner, key=lambda m: m.end)  # 山西太原 and 山西太原市: the longer mention


def _inside(ex: Extraction, key: str | None, outer: str | None) -> bool:
    """Whether the place ``key`` lies inside the place ``outer`` (at any depth)."""
    return key is not None and outer is not None and outer in ancestry(ex, key)[1:]


def _start(m: Mention) -> int:
    return m.start
