"""The city of an organ written with a bare 市 in a municipality's news (``市检察院``, ``市三中法院``).

Beijing, Tianjin, Shanghai and Chongqing are cities at the level of a province (直辖市): in their
news ``市`` before an organ is the municipality, though no prefecture-level city contains it. A
bare ``市`` stands for the municipality in scope or at home (or one of their ancestors), else for
the only municipality the article names; not for a province (``省`` is another level word) and
not where the article names a prefecture-level city (that city's: :func:`place_at_level`).
"""

from __future__ import annotations

from kg.model import Extraction, Place

#: The kind of a province-level division that is a city.
MUNICIPALITY = "直辖市"


def municipality(ex: Extraction, keys: list[str | None]) -> Place | None:
    """The municipality a bare ``市`` stands for in ``ex`` given the divisions ``keys`` in scope."""
    from kg.extract.divisions import gazetteer

    gaz = gazetteer()
    for key in keys:
        if not key or key not in gaz.by_code:
            continue
        for div in gaz.ancestors(key):
            if div.kind == MUNICIPALITY:
                return ex.place(div.code) or Place(div.code, div.name, div.level, div.code, div.parent)
    named = {m.ref for m in ex.mentions if m.label == "Place"}
    found = [
        p
        for p in ex.places
        if p.key in named and p.key in gaz.by_code and gaz.by_code[p.key].kind == MUNICIPALITY
    ]
    return found[0] if len(found) == 1 else None
