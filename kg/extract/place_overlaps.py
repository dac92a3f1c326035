"""Short forms of divisions that cut a full division name the tagger read as one place.

A short form (``和静`` of 和静县) found where a conjunction, a preposition or another word runs
into a place name (``园区和静宁县``, ``通往平安县``) takes the first character of that name and
leaves its tail to be read as another division (``宁县``). When the tagger reads a place token
that starts inside the short form, runs past its end and is itself the full name of a division
(``静宁县``), the short form is no place: the tagger's token is.
"""

from __future__ import annotations

from collections.abc import Mapping

from kg.extract.divisions import Gazetteer
from kg.model import Token


def straddles(start: int, end: int, at: Mapping[int, Token], gaz: Gazetteer) -> bool:
    """Does a place token that is a division's full name start inside ``[start, end)`` after
    ``start`` and run past ``end``? ``at`` maps token starts to tokens."""
    for j in range(start + 1, end):
        token = at.get(j)
        if token is not None and token.tag == "LOC" and token.end > end and token.text in gaz.by_name:
            return True
    return False
