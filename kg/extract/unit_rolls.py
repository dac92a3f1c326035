"""Rolls of honoured units: the lines after a conferral that defers its recipients, or after a
名单 heading, that list organisations.

    授予下列单位和个人“某某先进”称号：
    一、先进集体（3个）
    甲单位
    乙单位
    二、先进个人（2名）
    王小明  甲单位局长

    现将某某名单公布如下：
    青禾市：甲单位、乙单位

The grammar:

- a roll line is a whole enumeration of units (:func:`kg.extract.honoured_units.enumerated_units`),
  after indentation or an ordinal, or after a short heading and a colon (a place: ``青禾市：甲、乙``);
- a short line that lists no unit is a heading: it does not end the roll, and where it names a
  kind of recipient (:data:`CATEGORY_ENDS`: ``先进集体（20个）``, ``一、先进集体``, ``先进个人``) it
  is the category of the entries under it, units and persons alike; a place's name is no category;
- a line that opens with a person's name is a person's entry (:mod:`kg.extract.rolls`);
- a line of prose (longer than a heading, or closed by 。) ends the roll, as does ``stop``;
- a line just above a line that is only a date is a document's signature (``某某市人民政府`` over
  ``2024年2月26日``): the issuer of the notice, no entry of its roll.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg import rx
from kg.extract.honoured_units import enumerated_units
from kg.extract.rolls import GAP, HEADING_MAX, ORDINAL, opens_line
from kg.model import Extraction, Mention

#: What a heading that names a kind of recipient ends in: 先进集体, 先进基层党组织, 优秀共产党员.
CATEGORY_ENDS = (
    "集体",
    "个人",
    "单位",
    "党组织",
    "党支部",
    "党委",
    "组织",
    "工作者",
    "共产党员",
    "企业",
    "模范",
    "团委",
    "团支部",
)
#: An aside that closes a heading's name (某某红旗团委（团支部）): its other form.
_ASIDE = rx.compile(r"[（(][^（）()]{1,8}[)）]$")


def award_class(category: str | None, award: str) -> str | None:
    """The class a roll's heading names within its award: the heading without the word it shares
    with the award's end (敬业奉献模范 under 某某省道德模范 -> 敬业奉献); the heading as it is when
    it shares none (先进集体 under a prize), and None when it is the award's own end."""
    if not category or not category.endswith("模范") or not award.endswith("模范"):
        return category
    rest = category.removesuffix("模范")
    return rest if len(rest) >= 2 and not award.endswith(category) else None


#: A count closing a heading: （20个）, (10名), （共6家）.
_COUNT = rx.compile(r"[（(]共?[\d一二三四五六七八九十百]+[个名家所位人项]?[)）]$")
#: The most characters of the heading before a roll line's colon (青禾市：, 某某自治州：).
_PREFIX_MAX = 12
#: A line that is only a date: the date of a document's signature (2024年2月26日, 二〇二四年二月二十六日).
_SIGNATURE_DATE = rx.compile(
    r"[\d〇零一二三四五六七八九]{4}年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日"
)


def signed(text: str, end: int) -> bool:
    """Whether the line after the one ending at ``end`` is only a date (the line is a signature)."""
    nxt = text.find("\n", end + 1)
    return _SIGNATURE_DATE.fullmatch(text[end + 1 : len(text) if nxt < 0 else nxt].strip(GAP)) is not None


def heading_category(body: str) -> str | None:
    """The category a roll's heading names (``一、先进集体（3个）`` -> 先进集体), or None."""
    m = ORDINAL.match(body)
    name = _COUNT.sub("", body[m.end() if m else 0 :]).strip(GAP + "：:")
    return name if len(name) >= 2 and _ASIDE.sub("", name).endswith(CATEGORY_ENDS) else None


def unit_roll(
    ex: Extraction, offset: int, persons: Sequence[Mention], stop: int
) -> tuple[list[tuple[Mention, str | None]], dict[int, str]]:
    """The units (each with the category of its heading) on the roll lines after the line holding
    ``offset``, before ``stop``; and the category of each person's entry, by the person's start."""
    text = ex.article.text
    opening = {m.start for m in persons if opens_line(text, m.start)}
    units: list[tuple[Mention, str | None]] = []
    person_categories: dict[int, str] = {}
    category: str | None = None
    line = text.find("\n", offset)
    while 0 <= line < stop:
        start, end = line + 1, text.find("\n", line + 1)
        end = min(stop, len(text) if end < 0 else end)
        body = text[start:end].strip(GAP)
        a = start + len(text[start:end]) - len(text[start:end].lstrip(GAP))
        b = a + len(body)
        ordinal = ORDINAL.match(text, a, b)
        first = ordinal.end() if ordinal else a
        colon = text.find("：", first, min(b, first + _PREFIX_MAX + 1))
        here = category
        if colon > first:  # 青禾市：甲、乙 (a place) or 先进集体：甲、乙 (a category)
            here = heading_category(text[first:colon]) or category
            first = colon + 1
        found = enumerated_units(ex, first, b) if body and not signed(text, end) else []
        named = a if a in opening else first if first in opening else None
        if found:
            units += [(u, here) for u in found]
        elif named is not None:
            if category:
                person_categories[named] = category
        elif body and (len(body) > HEADING_MAX or body.endswith("。")):
            break  # prose: the roll is over
        elif body:
            category = heading_category(body) or category
        line = end if end < len(text) else -1
    return units, person_categories
