"""The city of an organ written with a bare 市 in a municipality's news (``市检察院``, ``市三中法院``).

Beijing, Tianjin, Shanghai and Chongqing are cities at the level of a province (直辖市): in their
news ``市`` before an organ is the municipality, though no prefecture-level city contains it. A
bare ``市`` stands for the municipality in scope or at home (or one of their ancestors), else for
the only municipality the article names; not for a province (``省`` is another level word) and
not where the article names a prefecture-level city (that city's: :func:`place_at_level`).
"""

from __future__ import annotations

from kg.extract.divisions import Division
from kg.extract.scoped_places import MUNICIPALITY, in_scope, only_named
from kg.model import Extraction, Place


def municipality(ex: Extraction, keys: list[str | None]) -> Place | None:
    """The municipality a bare ``市`` stands for in ``ex`` given the divisions ``keys`` in scope."""

    def wanted(div: Division) -> bool:
        return div.kind == MUNICIPALITY

    return in_scope(ex, keys, wanted) or only_named(ex, wanted)
