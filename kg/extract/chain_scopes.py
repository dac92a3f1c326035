"""The division of a title chain whose first organ is written by its level only.

``省委常委、某市委书记``: the bare 省委 is the province of the city that a later item of the same
chain names, whatever province the article is about (a delegation's visit names two). So is the
bare 市委 of ``市委常委、某县委书记``: the county's city. :func:`later_division` finds that division.

The bare organ's level is its division's: a city's organ (``市政协委员、某县级市某局局长``,
``市人大代表、某区某镇党委书记``, ``州委委员、某县县长``, ``省政协委员、某市某公司董事长``) is the
city above that county-level city, district or county, when the article names that city; a county
organ (``县政协委员、某镇镇长``) stays the county's.

Not when the first organ names its division (``某省委常委、某市委书记``), nor when no later item
opens with a division the article names (``省委常委、秘书长``: the scope of the sentence stands).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.model import Extraction

if TYPE_CHECKING:
    from kg.extract.chains import ChainItem

#: The level characters a bare organ opens with (省委, 市政府, 县人大常委会).
LEVELS = "省市州县区旗"
#: The division level that a bare organ's level character names.
_LEVEL_OF = {
    "省": "province",
    "市": "prefecture",
    "州": "prefecture",
    "县": "county",
    "区": "county",
    "旗": "county",
}


def later_division(ex: Extraction, items: list[ChainItem]) -> str | None:
    """The key of the division that a later item names, when the chain's first organ is written
    by its level only (省委常委、某市委书记); None otherwise."""
    if len(items) < 2 or not items[0].split.org or items[0].split.org[0] not in LEVELS:
        return None
    forms = [
        (form, p.key)
        for p in ex.places
        if p.level in ("province", "prefecture", "county")
        for form in (p.name, *p.aliases)
        if len(form) >= 2
    ]
    for item in items[1:]:
        org = item.split.org
        if not org:
            continue
        best = max(((len(f), key) for f, key in forms if org.startswith(f)), default=None)
        if best is not None:
            return _up_to(ex, best[1], _LEVEL_OF[items[0].split.org[0]])
    return None


def _up_to(ex: Extraction, key: str, level: str) -> str:
    """``key``, or its ancestor of ``level`` among the article's places (a county-level city's
    prefecture for a bare 市 organ); ``key`` when there is none or it is above that level."""
    places = {p.key: p for p in ex.places}
    place = places.get(key)
    while place is not None and place.level != level and place.parent in places:
        place = places[place.parent]
    return place.key if place is not None and place.level == level else key
