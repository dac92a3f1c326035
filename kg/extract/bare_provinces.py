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
from kg.extract.scoped_places import MUNICIPALITY, as_place, in_scope, only_named
from kg.model import Extraction, Place

#: A province's delegation to a national congress or session, written right after its name.
DELEGATION = "代表团"


def _province(div: Division) -> bool:
    return div.level == "province" and div.kind != MUNICIPALITY


def bare_province(ex: Extraction, keys: list[str | None]) -> Place | None:
    """The province (never a municipality) that a bare ``省`` stands for in ``ex``."""
    found = in_scope(ex, keys, _province)
    if found is None and (delegation := _delegation(ex)) is not None:
        found = as_place(ex, delegation)
    return found or only_named(ex, _province)


def _delegation(ex: Extraction) -> Division | None:
    """The one province whose delegation the article reports (``青海代表团``, ``青海省代表团``)."""
    gaz = gazetteer()
    text = ex.article.text
    found: set[Division] = set()
    at = text.find(DELEGATION)
    while at > 0:
        for length in range(min(at, 8), 1, -1):  # the longest division name right before the word
            word = text[at - length : at]
            divs = [d for d in (*gaz.by_name.get(word, ()), *gaz.by_short.get(word, ())) if _province(d)]
            if divs:
                found.add(divs[0])
                break
        at = text.find(DELEGATION, at + len(DELEGATION))
    return next(iter(found)) if len(found) == 1 else None
