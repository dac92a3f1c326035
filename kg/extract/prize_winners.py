"""Persons who win a named prize with no 称号: ``某大学教授甲荣获国家技术发明奖二等奖``.

A prize received unquoted and without 称号 (``荣获某某奖一等奖``, ``获某某奖``, ``摘得某某奖金奖``) is
read for units (:data:`kg.extract.honoured_units._PRIZE`, :mod:`kg.extract.graded_prizes`); a
person who is a whole item of the same subject receives it too, his titles before him:

- ``某公司总工程师甲获国家科学技术进步奖一等奖``, ``甲、乙荣获某某奖``;
- ``甲等3人获某某奖`` (a count closes the list), ``甲同志再次荣获某某奖`` (adverbs before the verb).

Not a winner: a person inside an item that goes on after him (``甲带领的团队获…``, ``由甲选送的作品
荣获…``, ``甲所在的公司获…``: the team, the work or the unit won it), nor any person of a list
whose last item is no person (``甲、乙带领的团队获…``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from kg import rx
from kg.model import Mention

#: What may follow a winner within his item: 同志, a count that closes the list, adverbs.
_TAIL = rx.compile(
    r"(?:同志)?(?:等[\d一二三四五六七八九十百]+[名位人]?(?:同志|专家|教授|职工)?)?"
    r"(?:近日|日前|近期|今年|去年|再次|再度|又|也|还|均|都|分别|一举|先后|同时|已|曾)*"
)
#: Where an item ends.
_SEPARATOR = "、，,；;和及与"


def prize_winners(text: str, start: int, end: int, persons: Sequence[Mention]) -> list[Mention]:
    """The persons (of ``persons``, by start) that end an item of the subject ``text[start:end]``."""
    starts = [p.start for p in persons]
    out = []
    for p in persons[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
        if p.end > end:
            continue
        stop = min((i for i in (text.find(c, p.end, end) for c in _SEPARATOR) if i >= 0), default=end)
        if _TAIL.fullmatch(text, p.end, stop):
            out.append(p)
    if not out or not _TAIL.fullmatch(text, out[-1].end, end):
        return []  # 甲、乙带领的团队获…: the last item, before the verb, is no person
    return out
