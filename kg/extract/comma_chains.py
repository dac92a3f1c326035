"""A title chain in two groups, the first closed by a comma: ``某村党支部书记、村委会主任，县人大代表王小明``.

A profile writes a person's posts in one group and a status (a deputy, a member) in another,
with a comma between, and the name only after the last: the first group names no one, so its
titles are the same person's. The first group must open its clause (the sentence's start, or
after a quote or a full stop) and be titles to its start.

Counter-examples: ``市委书记甲，市长乙`` and ``某学院院长甲教授，市长乙`` (the first group
follows a name: a list of people); ``会议由市长主持，副市长乙讲话`` (主持 ends the first part: no
title there); ``据介绍，县人大代表乙…`` (no title before the comma).

A mark of now that opens the chain after such a comma (or anywhere) is no part of its
organisation: ``集团原总经理，现任集团某委员会主任甲`` (:func:`without_now`).
"""

from __future__ import annotations

from kg.extract.chains import ChainItem, chain_start, parse_chain
from kg.extract.titles import now_mark
from kg.model import Extraction

COMMAS = "，,"
#: What may stand before the first group: the clause opens there.
_OPENS = "。！？；“”\n"


def first_group(ex: Extraction, start: int, floor: int) -> list[ChainItem]:
    """The items of a group of titles that ends with a comma right before the chain at ``start``
    and opens its clause, after ``floor`` (the end of the name before, or the sentence's start);
    [] where there is none."""
    text = ex.article.text
    comma = start - 1
    if comma <= floor or text[comma] not in COMMAS:
        return []
    begin = chain_start(ex, comma, floor)
    opens = begin == ex.article.sentence(comma)[0] or text[begin - 1] in _OPENS
    if begin >= comma or not opens:  # 甲教授，市长乙: the first group follows a name
        return []
    items = parse_chain(ex, begin, comma)
    return items if items and items[0].start == begin else []


def without_now(ex: Extraction, start: int, end: int, items: list[ChainItem]) -> list[ChainItem]:
    """The items of the chain at ``start`` (before the name at ``end``) read without a mark of now
    that opens it (``集团原总经理，现任集团某委员会主任甲``: 现任 is no part of the organisation);
    ``items`` where it has none."""
    mark = now_mark(ex.article.text, start)
    return parse_chain(ex, start + len(mark), end) if mark else items
