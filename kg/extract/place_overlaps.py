"""Short forms of divisions that cut a full division name the tagger read as one place.

A short form (``和静`` of 和静县) found where a conjunction, a preposition or another word runs
into a place name (``园区和静宁县``, ``通往平安县``) takes the first character of that name and
leaves its tail to be read as another division (``宁县``). When the tagger reads a place token
that starts inside the short form, runs past its end and is itself the full name of a division
(``静宁县``), the short form is no place: the tagger's token is.

A place read inside a person's name (:func:`inside_names`) is none either.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from kg.extract.divisions import Gazetteer
from kg.extract.townships import counties_of
from kg.model import Extraction, Mention, Token


def straddles(start: int, end: int, at: Mapping[int, Token], gaz: Gazetteer) -> bool:
    """Does a place token that is a division's full name start inside ``[start, end)`` after
    ``start`` and run past ``end``? ``at`` maps token starts to tokens."""
    for j in range(start + 1, end):
        token = at.get(j)
        if token is not None and token.tag == "LOC" and token.end > end and token.text in gaz.by_name:
            return True
    return False


def _straddled(ex: Extraction, m: Mention, names: Sequence[tuple[int, int]]) -> bool:
    """Does the place mention ``m`` start inside a name of ``names`` and run past its end, and is
    its place in no table (``选举周国华为镇人大主席``: the tagger's 华为镇 is no town)?"""
    if not any(s < m.start < e < m.end for s, e in names):
        return False
    place = ex.place(m.ref) if m.ref else None
    return place is None or (place.code is None and not counties_of(place.name))


def inside_names(
    ex: Extraction, names: Sequence[tuple[int, int]], straddled: Sequence[tuple[int, int]] = ()
) -> Extraction:
    """``ex`` without the place mentions that lie inside a name of ``names`` (spans), shorter than
    it (``副主席贡觉央宗``: the Tibetan name holds 贡觉, no county of its own; ``村长李延安``), or
    that start inside a name of ``straddled`` and run past it where no table holds the place
    (:func:`_straddled`), and without the places that only such mentions named, nor the divisions above them that nothing
    else holds or names."""
    inside = {
        m
        for m in ex.mentions
        if m.label == "Place"
        and any(s <= m.start and m.end <= e and m.end - m.start < e - s for s, e in names)
    }
    inside |= {m for m in ex.mentions if m.label == "Place" and _straddled(ex, m, straddled)}
    if not inside:
        return ex
    mentions = tuple(m for m in ex.mentions if m not in inside)
    named = {m.ref for m in mentions if m.ref}
    places = list(ex.places)
    gone = {m.ref for m in inside if m.ref} - named
    while gone:
        held = {p.parent for p in places if p.key not in gone}
        dropped = [p for p in places if p.key in gone and p.key not in held]
        places = [p for p in places if p not in dropped]
        gone = {p.parent for p in dropped if p.parent and p.parent not in named}
    return replace(ex, mentions=mentions, places=tuple(places))
