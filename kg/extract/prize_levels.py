"""Winners of a contest's prize levels: ``甲获得特等奖``, ``创业组一等奖获得者包括甲、乙``.

A contest (大赛, 竞赛, 评选…) or a science prize (某省科学技术奖) awards prizes by level (特等奖, 一等奖, 金奖, 优秀奖…) rather than by
a 称号. The award is the contest, named with its edition or year (``第三届某某杯创新大赛``,
``2025年某某技能竞赛``), the nearest one before the winners (else the first in the text, as a
headline names it); the level is the conferral's category. Two forms name the winners:

- ``…甲…获得一等奖`` closing a clause: the persons of that clause before the verb;
- ``获得一等奖的某大学教授甲``: the first person after it in its clause or list item;
- ``一等奖获得者(包括|为|是|有)甲、乙`` (a group before the level may qualify it, 创业组一等奖):
  the persons after it up to the clause's end (a semicolon or a full stop).

A count of prizes (``评出特等奖1项、一等奖6项``) names no winner, and a level with no contest named
in the text is left alone (``获得一等奖`` of an unnamed match is too little to make an award).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from kg import rx
from kg.model import Extraction, Mention, clause_start

#: A prize level.
LEVEL = r"(?:特等奖|[一二三]等奖|金奖|银奖|铜奖|优秀奖)"
#: A contest with its edition or year.
_CONTEST = rx.compile(
    r"(?:第[一二三四五六七八九十\d]+届|首届|\d{4}年度?)[^\s，。；、：“”（）]{2,24}?"
    r"(?:大赛|竞赛|比赛|评选|评比|大奖赛|锦标赛|(?:科学技术|科技进步|技术发明|自然科学)奖)"
)
#: ``获得一等奖`` closing its clause.
_WON = rx.compile(r"(?:荣获|获得|获)(" + LEVEL + r")(?=[，。；、\n]|$)")
#: ``获得一等奖的某大学教授甲``: the winner follows, before the clause or the list goes on.
_WON_BY = rx.compile(r"(?:荣获|获得|获)(" + LEVEL + r")的")
#: ``一等奖获得者包括…``: the winners follow.
_WINNERS = rx.compile(r"(" + LEVEL + r")(?:获得者|获奖者)(?:分别)?(?:包括|为|是|有)[：:]?")


@dataclass(frozen=True)
class LevelWin:
    """The contest ``award`` named at ``start``, won at ``level`` by ``recipients``."""

    start: int
    award: str
    level: str
    recipients: tuple[Mention, ...]


def level_wins(ex: Extraction, persons: list[Mention]) -> list[LevelWin]:
    """The winners of each prize level of a contest the text names (``persons`` by start)."""
    text = ex.article.text
    contests = [(m.start(), m.group()) for m in _CONTEST.finditer(text)]
    if not contests:
        return []
    starts = [p.start for p in persons]

    def between(lo: int, hi: int) -> tuple[Mention, ...]:
        return tuple(persons[bisect_left(starts, lo) : bisect_left(starts, hi)])

    def contest(offset: int) -> tuple[int, str]:
        before = [c for c in contests if c[0] < offset]
        return before[-1] if before else contests[0]

    out = []
    for m in _WON.finditer(text):
        got = between(clause_start(text, m.start(), "，,；;。\n"), m.start())
        if got:
            out.append(LevelWin(*contest(m.start()), m.group(1), got))
    for m in _WON_BY.finditer(text):
        end = min((i for i in (text.find(c, m.end()) for c in "、，；;。\n") if i >= 0), default=len(text))
        got = between(m.end(), end)[:1]
        if got:
            out.append(LevelWin(*contest(m.start()), m.group(1), got))
    for m in _WINNERS.finditer(text):
        end = min((i for i in (text.find(c, m.end()) for c in "；;。\n") if i >= 0), default=len(text))
        got = between(m.end(), end)
        if got:
            out.append(LevelWin(*contest(m.start()), m.group(1), got))
    return out
