"""Two organisations that the tagger glues across a preposition.

``某某科技有限公司向青禾县红十字会捐赠``: a company's name ends in its legal form (有限公司,
股份有限公司, 集团), and a 向, 为 or 与 right after it is the verb's preposition, not part of a
unit's name, when what follows is an organisation of its own that opens with a place
(``向阳新县…``: the tagger reads 向阳 as a word and one span runs over both) or is a company
itself. A unit whose name begins with such a character (``某某集团向阳分公司``) stays a unit:
its rest names no organisation that opens with a place.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from kg import rx

if TYPE_CHECKING:
    from kg.extract.orgs import OrgParse

#: A legal form that ends a company's name, then the preposition that opens the next phrase.
_GLUE = rx.compile(r"(?:有限公司|有限责任公司|集团)(?=[向为与])")
#: The endings that make what follows a company of its own.
_COMPANY_ENDS = ("有限公司", "有限责任公司", "集团")


def split_glued(
    text: str, span: tuple[int, int], parse: Callable[[str], OrgParse | None], place_starts: Collection[int]
) -> list[tuple[int, int]]:
    """``span`` cut in two at the first preposition after a company's legal form where both sides
    are organisations (``parse`` reads them) and the second opens with a place (one of
    ``place_starts``, offsets in ``text``, or one its reading finds) or is a company; else
    ``[span]``."""
    start, end = span
    if end - start < 8:
        return [span]
    for m in _GLUE.finditer(text, start, end):
        cut = m.end()
        rest = text[cut + 1 : end]
        second = parse(rest) if len(rest) >= 3 else None
        if second is None or parse(text[start:cut]) is None:
            continue
        placed = cut + 1 in place_starts or second.jurisdiction is not None  # 向某县红十字会
        if placed or (len(rest) >= 6 and rest.endswith(_COMPANY_ENDS)):
            return [(start, cut), (cut + 1, end)]
    return [span]


#: What joins two organisations' names: 和, 与, 及.
_JOINERS = ("和", "与", "及")


def split_joined(
    text: str, span: tuple[int, int], parse: Callable[[str], OrgParse | None], places: set[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A span that is no name but two joined by 和/与/及, each a name (某县发改委办公室和某县教育局),
    or a place then a name (某市和省发展改革委: the name alone); else the span."""
    start, end = span
    if text[end - 1] in _JOINERS and end - start > 3:
        end -= 1  # the tagger's 某某办公室和: the joiner opens the next name
    whole = parse(text[start:end]) is not None
    for j in range(start + 2, end - 2):
        if text[j] not in _JOINERS or parse(text[j + 1 : end]) is None:
            continue
        if (start, j) in places and (text[j + 1] in "省市县区" or any(s == j + 1 for s, _ in places)):
            return [(j + 1, end)]
        if not whole and parse(text[start:j]) is not None:
            return [(start, j), (j + 1, end)]
    return [(start, end)]
