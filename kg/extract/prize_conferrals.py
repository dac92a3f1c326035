"""Conferrals of a prize with no 称号, and rolls headed by an award's winners.

Two forms that :mod:`kg.extract.honours` does not read by its 称号 grammar:

- ``授予甲单位等20个单位“某某奖状”``, ``授予王小明等50名职工“某某奖章”``: a conferral on a counted
  enumeration (``等`` and a count) of a quoted prize (a name ending in
  :data:`kg.extract.conferral_forms.PRIZE_ENDS`) with no 称号 after it. The recipients are named
  between the verb and the prize; :mod:`kg.extract.conferral_forms` reads the form with no count
  (``授予甲院士、乙院士某奖``), so a span without 等 is left to it.
- a heading line ``某某奖章获得者（部分）``, ``某某奖状获奖名单``: the roll of lines under it are the
  award's recipients (:func:`kg.extract.rolls.roll_after`, :func:`kg.extract.unit_rolls.unit_roll`).
  The heading is a whole line, so a sentence about winners (``某某奖章获得者代表发言。``) is none.
  A part of a roll is headed so too (``某某模范名单（部分）``, ``某某提名奖（部分）``), and a line
  that is only the name of an award the text confers (``全国劳动模范`` under a province's name)
  heads the roll of its winners (:func:`award_lines`). A heading line that is an honour's name
  opened by a place (``甲省三八红旗手（部分）``, ``一、甲省五一劳动奖章``, ``（三）甲省工人先锋号``,
  :func:`placed_honour`) heads the roll of its winners too, with or without its part or ordinal
  marked; a bare ``先进个人`` or ``一、总体要求`` is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.extract.conferral_forms import HONOUR_ENDS, PRIZE_ENDS

#: ``授予…等N个单位“某某奖状”`` with no 称号 after the quotation.
_COUNTED = re.compile(
    r"(授予|追授)([^。；，,“”：:\n]{1,80}?等[\d一二三四五六七八九十百千两]+[个名位家所支人]"
    r"[^。；，,“”：:\n]{0,6}?)“([^“”\n]{2,40})”(?!(?:荣誉)?称号)"
)
#: A heading line naming an award's winners: 某某奖章获得者（部分）, 某某奖获奖名单.
_HEADING = re.compile(
    r"^[ \u3000\t]*([^\s，。；：:“”、]{2,30}?)(?:获得者|获奖者|获奖名单|获得者名单)"
    r"(?:[（(](?:部分|共?[\d一二三四五六七八九十百]+[个名家位人]?)[)）])?[ \u3000\t]*$",
    re.MULTILINE,
)
#: A heading line of a part of a roll: 某某模范名单（部分）, 某某提名奖（部分）. Only a 名单 or a
#: prize (:data:`PRIZE_ENDS`) with its part marked, so that a category line (先进集体（部分）) is none.
_PART_HEADING = re.compile(
    r"^[ \u3000\t]*([^\s，。；：:“”、和及与]{4,30}?)(名单)?[（(]部分[)）][ \u3000\t]*$", re.MULTILINE
)
#: A 名单 that is no roll of winners: of nominees, candidates or a notice before the decision.
_NOT_WINNERS = ("推荐", "候选", "公示", "拟表彰", "提名人选", "参评")
#: What the name of an honour for units ends in (甲省工人先锋号, 甲市先进基层党组织).
UNIT_HONOUR_ENDS = ("先锋号", "红旗集体", "先进集体", "先进基层党组织", "巾帼文明岗")
#: An honour's name that a place opens (甲省…, 甲市…, 全国…): a heading of its own, not a category
#: line of a roll (``先进集体（部分）``).
_PLACED = re.compile(r"(?:全国|全省|全市|全县|[\u4e00-\u9fff]{1,8}?[省市县区州旗])[\u4e00-\u9fff]{3,}")
#: A numbered heading line that is only an honour's name: ``一、甲省五一劳动奖章``, ``（二）甲市工人先锋号``.
_NUMBERED_HEADING = re.compile(
    r"^[ \u3000\t]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])"
    r"([^\s，。；：:“”、和及与]{4,30}?)[ \u3000\t]*$",
    re.MULTILINE,
)


def counted_conferrals(text: str) -> list[tuple[int, int, str, tuple[int, int], bool]]:
    """``(start, end, prize, (recipients' start, end), posthumous)`` of each conferral of a quoted
    prize on a counted enumeration (``授予甲等20个单位“某某奖状”``)."""
    out = []
    for m in _COUNTED.finditer(text):
        if m.group(3).endswith(PRIZE_ENDS):
            out.append((m.start(3), m.end(3), m.group(3), m.span(2), m.group(1) == "追授"))
    return out


def roll_headings(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, award)`` of each heading line that names an award's winners."""
    out = [(m.start(1), m.end(1), m.group(1)) for m in _HEADING.finditer(text)]
    taken = {start for start, _e, _n in out}
    for m in _PART_HEADING.finditer(text):
        name = m.group(1)
        if m.start(1) in taken or name.endswith(_NOT_WINNERS):
            continue
        if m.group(2) or name.endswith(PRIZE_ENDS) or placed_honour(name):
            out.append((m.start(1), m.end(1), name))
            taken.add(m.start(1))
    for m in _NUMBERED_HEADING.finditer(text):
        if m.start(1) not in taken and (m.group(1).endswith(PRIZE_ENDS) or placed_honour(m.group(1))):
            out.append((m.start(1), m.end(1), m.group(1)))
    return sorted(out)


def placed_honour(name: str) -> bool:
    """Whether ``name`` is an honour title that a place opens (``甲省三八红旗手``,
    ``甲市先进基层党组织``): a heading over its winners, where a bare ``先进集体`` is a category."""
    ends = HONOUR_ENDS + UNIT_HONOUR_ENDS
    return (
        name.endswith(ends)
        and _PLACED.fullmatch(name) is not None
        and not any(w in name for w in _NOT_WINNERS)
    )


def award_lines(text: str, names: Iterable[str]) -> list[tuple[int, int, str]]:
    """``(start, end, award)`` of each line that is only the name of an award the text confers
    (``授予…“全国劳动模范”称号`` and, below, the line ``全国劳动模范`` over a roll of its winners).
    A line is found by one search for all the names, not a search per name."""
    wanted = sorted({n for n in names if len(n) >= 4}, key=len, reverse=True)
    if not wanted:
        return []
    line = re.compile(r"^[ \u3000\t]*(" + "|".join(map(re.escape, wanted)) + r")[ \u3000\t]*$", re.MULTILINE)
    return [(m.start(1), m.end(1), m.group(1)) for m in line.finditer(text)]
