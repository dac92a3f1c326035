"""The province a bare ``省`` stands for (``省委``, ``省长``, ``省人大常委会``).

A municipality (直辖市) is a division at the level of a province, but it has no 省委 and no 省长: a
bare ``省`` never stands for one, even where the home or the dateline is one (a province's
delegation to a national session held in the capital reports ``本报北京…电``). It stands for the
first province among the divisions in scope or at home and their ancestors; else for the province
whose delegation (``某省代表团``) the article reports; else for the only province the article
names; else for none.
"""

from __future__ import annotations

from kg.extract.divisions import Division, gazetteer
from kg.model import Extraction, Place

#: The kind of a province-level division that is a city (no 省委 of its own).
MUNICIPALITY = "直辖市"

#: A province's delegation to a national congress or session, written right after its name.
DELEGATION = "代表团"


def bare_province(ex: Extraction, keys: list[str | None]) -> Place | None:
    """The province (never a municipality) that a bare ``省`` stands for in ``ex``."""
    gaz = gazetteer()
    for key in keys:
        if not key or key not in gaz.by_code:
            continue
        for div in gaz.ancestors(key):
            if div.level == "province" and div.kind != MUNICIPALITY:
                return _place(ex, div)
    delegation = _delegation(ex)
    if delegation is not None:
        return _place(ex, delegation)
    named = {m.ref for m in ex.mentions if m.label == "Place"}
    only = [
        p
        for p in ex.places
        if p.level == "province"
        and p.key in named
        and p.key in gaz.by_code
        and gaz.by_code[p.key].kind != MUNICIPALITY
    ]
    return only[0] if len(only) == 1 else None


def _place(ex: Extraction, div: Division) -> Place:
    return ex.place(div.code) or Place(div.code, div.name, div.level, div.code, div.parent)


def _delegation(ex: Extraction) -> Division | None:
    """The one province whose delegation the article reports (``青海代表团``, ``青海省代表团``)."""
    gaz = gazetteer()
    text = ex.article.text
    found: set[Division] = set()
    at = text.find(DELEGATION)
    while at > 0:
        for length in range(min(at, 8), 1, -1):  # the longest division name right before the word
            word = text[at - length : at]
            divs = [
                d
                for d in (*gaz.by_name.get(word, ()), *gaz.by_short.get(word, ()))
                if d.level == "province" and d.kind != MUNICIPALITY
            ]
            if divs:
                found.add(divs[0])
                break
        at = text.find(DELEGATION, at + len(DELEGATION))
    return next(iter(found)) if len(found) == 1 else None
