"""Where an event happens: the place after 赴/到/在/于, as specific as the text gives it.

An address chain names a division and then divisions inside it, with nothing between them
(在某省某市, 赴山西太原小店区): the event is in the last of them. Places written one after another
that are not nested (在太原晋中, 在甲、乙两地) are no chain: the first stays the event's place.
"""

from __future__ import annotations

from kg.model import Extraction, Mention

#: Words after which a sentence says where things happen.
_MOVED = ("赴", "到", "在", "于")


def place_in(ex: Extraction, start: int, end: int) -> str | None:
    """The place the sentence ``[start, end)`` says things happen in: the place after
    赴/到/在/于, else its first place, else the article's home; each as specific as its chain."""
    text = ex.article.text
    places = sorted(
        (m for m in ex.mentions if m.label == "Place" and start <= m.start < end and m.ref),
        key=_start,
    )
    moved = [m for m in places if text[m.start - 1 : m.start] in _MOVED]
    if moved:
        return most_specific(ex, moved[0]).ref
    return most_specific(ex, places[0]).ref if places else ex.home


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
            m for m in places if m.start == gap_end and m.ref != here.ref and _inside(ex, m.ref, here.ref)
        ]
        if not inner:
            return here
        here = max(inner, key=lambda m: m.end)  # 山西太原 and 山西太原市: the longer mention


def _inside(ex: Extraction, key: str | None, outer: str | None) -> bool:
    """Whether the place ``key`` lies inside the place ``outer`` (at any depth)."""
    seen: set[str] = set()
    place = ex.place(key) if key else None
    while place is not None and place.parent and place.parent not in seen:
        if place.parent == outer:
            return True
        seen.add(place.parent)
        place = ex.place(place.parent)
    return False


def _start(m: Mention) -> int:
    return m.start
