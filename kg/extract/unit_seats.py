"""The seat of a unit, written inside the unit's name after the head it belongs to.

A national company, a bank or a state system names its regional units by the head's name, the
division the unit sits in and the unit's word, and the tagger reads the whole as one organisation:
``中国某某青禾局集团有限公司`` (a railway bureau named after its city), ``某某化青禾工程有限公司``,
``某某石油青禾石化公司``, ``某某银行青禾中心支行``, ``国网某某省电力有限公司``,
``某某集团有限公司青禾市分公司``. The city or county (short form or full name) is a place of the
article, as it is where the name starts (:mod:`kg.extract.places`).

Grammar: inside a tagger's organisation, after a head of two characters or more, a division's
name followed by one of :data:`SEAT_UNIT` (the words of a regional unit, not of a trade).
Counter-examples: a short form followed by any other word (``某某和平发展基金会``: 和平 + 发展;
``某市公安局``: 公安 + 局, a bare 局 is no seat's unit), a short form outside an organisation
(江山如画, 祝您安康), a place word inside a person's name (no organisation).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from kg import rx
from kg.extract.divisions import Division
from kg.model import Token

#: Words that close a regional unit's name after its seat, and only such a unit's (a bare 局 is
#: also 公安局, a bare 公司 also a trade's company: neither is here).
SEAT_UNIT = rx.compile(
    r"(?:局集团|铁路局|工程局|工程(?:有限)?公司|石化|石油化工|炼化|炼油厂|分公司|中心支行|分行|支行"
    r"|分院|分局|分中心|供电公司|供电局|电力(?:有限)?公司|税务局|海关|办事处|代表处)"
)
#: Levels of the divisions that seat a unit.
SEAT_LEVELS = frozenset({"prefecture", "county"})
#: Characters of the head before the seat: a unit is named after its head, never by the seat alone.
MIN_HEAD = 2


def org_spans(tokens: Sequence[Token]) -> tuple[list[int], list[int]]:
    """Starts and ends of the tagger's organisations, in text order (for :func:`in_org`)."""
    orgs = [(t.start, t.end) for t in tokens if t.tag == "ORG"]
    return [s for s, _ in orgs], [e for _, e in orgs]


def in_org(orgs: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside an organisation, after a head of :data:`MIN_HEAD`."""
    starts, ends = orgs
    k = bisect_right(starts, start) - 1
    return k >= 0 and start - starts[k] >= MIN_HEAD and end < ends[k]


def seats(
    text: str, start: int, end: int, orgs: tuple[list[int], list[int]], cands: tuple[Division, ...]
) -> tuple[Division, ...]:
    """The divisions among ``cands`` that the name ``text[start:end]`` may be as the seat of a unit
    whose name holds it: cities and counties (a province's company, 国网某某省电力有限公司, runs
    the whole province and is no unit seated in it); () where the name is no seat."""
    if SEAT_UNIT.match(text, end) is None or not in_org(orgs, start, end):
        return ()
    return tuple(c for c in cands if c.level in SEAT_LEVELS)
