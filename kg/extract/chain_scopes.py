"""The division of a title chain whose first organ is written by its level only.

``省委常委、某市委书记``: the bare 省委 is the province of the city that a later item of the same
chain names, whatever province the article is about (a delegation's visit names two). So is the
bare 市委 of ``市委常委、某县委书记``: the county's city. :func:`later_division` finds that division.

Not when the first organ names its division (``某省委常委、某市委书记``), nor when no later item
opens with a division the article names (``省委常委、秘书长``: the scope of the sentence stands).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.model import Extraction

if TYPE_CHECKING:
    from kg.extract.chains import ChainItem

#: The level characters a bare organ opens with (省委, 市政府, 县人大常委会).
LEVELS = "省市州县区"


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
            return best[1]
    return None
