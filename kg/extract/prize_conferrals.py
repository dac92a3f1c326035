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

from kg import rx
from kg.extract.conferral_forms import HONOUR_ENDS, PRIZE_ENDS
from kg.model import Extraction

#: ``授予…等N个单位“某某奖状”`` with no 称号 after the quotation.
_COUNTED = rx.compile(
    r"(授予|追授)([^。；，,“”：:\n]{1,80}?等[\d一二三四五六七八九十百千两]+[个名位家所支人]"
    r"[^。；，,“”：:\n]{0,6}?)“([^“”\n]{2,40})”(?!(?:荣誉)?称号)"
)
#: The end of a prize's name for units (某某五四奖章集体, 某某先进集体).
_COLLECTIVE = "集体"
#: ``授予…等N名外国专家某某奖。`` with the prize unquoted, closing its clause (or the title of the
#: decision that confers it: ``《关于授予甲等80名同志某市五一劳动奖章、授予乙等30个集体某市工人先锋号
#: 的决定》``): the count's noun (at most six characters) and the prize, whose start
#: :func:`counted_plain` finds.
_COUNTED_PLAIN = rx.compile(
    r"(授予|追授)([^。；，,“”：:\n]{1,80}?等[\d一二三四五六七八九十百千两]+[个名位家所支人])"
    r"([^。；，,、“”：:\n]{2,40}?(?:奖|奖章|勋章|奖状|先锋号))(?=[，。；;\n》]|、(?:授予|追授)|的决定》|$)"
)
#: How an unquoted prize's own name opens, besides a place the text names.
_PRIZE_OPENS = rx.compile(r"国家|全国|中国|中华|\d{4}年|第[一二三四五六七八九十\d]+届|首届|自治区|兵团")
#: The longest noun of a count before the prize (名外国专家, 个先进集体).
_NOUN_MAX = 6
#: A 名单 that is no roll of winners: of nominees, candidates or a notice before the decision, of
#: people at a meeting (``附：出席会议人员名单``, ``交流发言代表名单（部分）``) or of appointments.
_NOT_WINNERS = (
    "推荐",
    "候选",
    "公示",
    "拟表彰",
    "提名人选",
    "参评",
    "出席",
    "列席",
    "参会",
    "发言",
    "嘉宾",
    "任免",
)
#: What the name of an honour for units ends in (甲省工人先锋号, 甲市先进基层党组织).
UNIT_HONOUR_ENDS = ("先锋号", "红旗集体", "先进集体", "先进基层党组织", "巾帼文明岗")
#: An honour's name that a place opens (甲省…, 甲市…, 全国…): a heading of its own, not a category
#: line of a roll (``先进集体（部分）``).
_PLACED = rx.compile(r"(?:全国|全省|全市|全县|[\u4e00-\u9fff]{1,8}?[省市县区州旗])[\u4e00-\u9fff]{3,}")


def counted_conferrals(text: str) -> list[tuple[int, int, str, tuple[int, int], bool]]:
    """``(start, end, prize, (recipients' start, end), posthumous)`` of each conferral of a quoted
    prize on a counted enumeration (``授予甲等20个单位“某某奖状”``)."""
    out = []
    for m in _COUNTED.finditer(text):  # (a prize's form for units: 授予甲等3个集体“某某奖章集体”,
        # an honour for units: 授予甲等200个集体“某省工人先锋号”)
        if m.group(3).endswith((*PRIZE_ENDS, _COLLECTIVE, *UNIT_HONOUR_ENDS)):
            out.append((m.start(3), m.end(3), m.group(3), m.span(2), m.group(1) == "追授"))
    return out


def counted_plain(ex: Extraction) -> list[tuple[int, int, str, tuple[int, int], bool]]:
    """As :func:`counted_conferrals`, for a prize written without quotation marks
    (``授予王小明教授等10名外国专家某某合作奖``): the prize opens, at most :data:`_NOUN_MAX`
    characters after the count, with a word of :data:`_PRIZE_OPENS` (a region's own, 自治区五一劳动奖章,
    too) or a place the text names; a
    counted noun with no such opening after it (``授予甲等10名职工奖金``) gives none."""
    text = ex.article.text
    places = {m.start for m in ex.mentions if m.label == "Place"}
    out = []
    for m in _COUNTED_PLAIN.finditer(text):
        tail = m.group(3)
        for k in range(min(_NOUN_MAX, len(tail) - 2) + 1):
            if _PRIZE_OPENS.match(tail, k) or m.start(3) + k in places:
                out.append((m.start(3) + k, m.end(3), tail[k:], m.span(2), m.group(1) == "追授"))
                break
    return out


#: The words of a heading that names an award's winners.
_WINNERS = ("获得者名单", "获奖者名单", "获得者", "获奖者", "获奖名单", "上榜人员", "上榜名单", "入选人员")
#: Words before the words of winners that name no award (部分获奖名单, 本次获奖者).
_NO_AWARD = ("部分", "此次", "本次", "本届", "全部", "以下", "下列")
#: A heading line over a roll, in any of the ways papers print one: an appendix's mark (``附：``,
#: ``附件2：``), an ordinal (``一、``, ``（二）``, ``3.``), the name (quoted or not), the words of its
#: winners (获得者, 获奖名单…, 名单如下), marks in brackets (``（部分）``, ``（100名）``, ``（共20个）``,
#: ``（排名不分先后）``) and a colon, each optional.
_HEADING_LINE = rx.compile(
    r"^[ \u3000\t]*((?:附件?[\d一二三四五六七八九十]{0,2}[：:]?[ \u3000\t]*)?"
    r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．])?)"
    r"[ \u3000\t]*(?:\d{4}年(?:度|第[一二三四]季度|[上下]半年)?)?“?([^\s，。；：:“”、（()）]{2,30}?)”?"
    r"(" + "|".join(_WINNERS) + r"|名单)?"
    r"(?:(?<=名单)(?:公布)?如下)?((?:[（(][^（）()\n]{1,16}[)）])*)[ \u3000\t]*([：:]?)[ \u3000\t]*$",
    re.MULTILINE,
)
#: What the brackets of a heading may say: a part, a count (共8名，其中追授1名), an order (others make
#: it no heading).
_MARK = rx.compile(r"[（(]([^（）()]*)[)）]")
_MARK_WORDS = rx.compile(
    r"(?:部分(?:名单)?|(?:共|其中(?:追授|追记)?)?[\d一二三四五六七八九十百千]+[个名家位人项所支]?|排名不分先后|"
    r"按姓氏笔画(?:为序|排序|排列)|以姓氏笔画为序)"
)
#: A bracket's count of a roll's entries: （10名）, （共5家）, （其中追授1名）.
_COUNT = rx.compile(r"[\d一二三四五六七八九十百]+[个名家位人项所支]")
#: Words joining two kinds in one heading (先进集体和先进个人).
_JOINED = rx.compile("[和及与]")
#: Words that open a heading over those honoured (受表彰的优秀共产党员：, 受到表彰的先进集体：).
_HONOURED = rx.compile(r"(?:受到?|获)表彰的")


def _heading_lines(text: str) -> list[tuple[int, int, str, str, bool, bool, bool]]:
    """``(start, end, name, suffix, marked, part, counted)`` of each line shaped as a roll's heading:
    ``marked`` when an ordinal, a bracket or a colon says it heads the lines below it, ``part`` when
    a bracket says the roll is a part (``（部分）``), ``counted`` when a bracket counts its entries
    (``（10名）``, ``（共5家）``)."""
    out = []
    for m in _HEADING_LINE.finditer(text):
        marks = [k.group(1) for k in _MARK.finditer(m.group(4))]
        if any(not all(_MARK_WORDS.fullmatch(w) for w in re.split("[，,、]", k)) for k in marks):
            continue  # （2024年度）, （见附件）: no mark of a roll
        marked = bool(m.group(1) or marks or m.group(5))
        part = any("部分" in k for k in marks)
        counted = any(_COUNT.search(k) for k in marks)
        out.append((m.start(2), m.end(2), m.group(2), m.group(3) or "", marked, part, counted))
    return out


def roll_headings(text: str, conferred: Iterable[str] = ()) -> list[tuple[int, int, str]]:
    """``(start, end, award)`` of each heading line that names an award's winners: with the words
    of its winners (``某某奖章获得者``), a part of a 名单 (``某某名单（部分）``), a prize or an
    honour a place opens (:func:`placed_honour`) marked as a heading (an ordinal, a bracket, a colon,
    an appendix's mark), or the 名单 of such an honour or of one the text ``conferred`` so marked
    (``附：甲省某某模范个人名单（排名不分先后）``; ``附：出席会议人员名单``, ``附件：任免名单`` are none)."""
    wanted = {n for n in conferred if len(n) >= 4}
    clauses = [m.group(0) for m in _COMMENDED.finditer(text)] if "表彰" in text else []
    out = []
    for start, end, name, suffix, marked, part, counted in _heading_lines(text):
        if any(w in name for w in _NOT_WINNERS):
            continue
        if (honoured := _HONOURED.match(name)) and marked and not suffix:
            kind = name[honoured.end() :]  # 受表彰的优秀共产党员（8名）：the honour of the lines below
            if kind.endswith(HONOUR_ENDS + UNIT_HONOUR_ENDS) and not _JOINED.search(kind):
                out.append((start + honoured.end(), end, _named(kind, wanted) or kind))
            continue
        if suffix in _WINNERS and name in _NO_AWARD:  # 部分获奖名单：the award conferred last before it
            at, award = max(((text.rfind(n, 0, start), n) for n in wanted), default=(-1, ""))
            if at >= 0:
                out.append((start, end, award))
        elif suffix in _WINNERS:
            out.append((start, end, name))
        elif len(name) < 4 or _JOINED.search(name):
            continue  # 先进集体和个人名单（部分）: two kinds, no one award
        elif (suffix == "名单" and (part or _named(name, wanted))) or (
            marked and (_honour(name) or _commended(clauses, name, counted)) and suffix in ("", "名单")
        ):
            if (own := _named(name, wanted)) is not None:
                out.append((start, end, own))
            else:  # 2024年度甲市优秀企业家（10名）: the year is part of the honour's name
                year = _YEAR.search(text, text.rfind("\n", 0, start) + 1, start)
                out.append((year.start(), end, text[year.start() : end]) if year else (start, end, name))
    return sorted(out)


def _named(name: str, conferred: set[str]) -> str | None:
    """The award of ``conferred`` that a heading's ``name`` names: itself, else the one alone whose
    name ends with it (``护林模范个人名单`` under ``授予…“甲省护林模范个人”称号``)."""
    if name in conferred:
        return name
    ends = [n for n in conferred if n.endswith(name)]
    return ends[0] if len(ends) == 1 else None


#: A year written before a heading's name, right before it: 2024年度, 2023年.
_YEAR = rx.compile(r"\d{4}年度?$")
#: A place that opens an honour's name (甲市…, 甲省…).
_PLACE_OPENS = rx.compile(r"[\u4e00-\u9fff]{1,8}?[省市县区州旗]")
#: The verb of a commendation, and the clause around it (关于表彰…的决定, 对…予以表彰).
_COMMENDED = rx.compile(r"[^。；！？\n]{0,80}表彰[^。；！？\n]{0,80}")


def _commended(clauses: list[str], name: str, counted: bool = False) -> bool:
    """Whether ``name``, an honour's title (``优秀共产党员``, ``先进基层党组织``), is what one of the
    text's ``clauses`` of commendation commends (``关于表彰优秀共产党员、…的决定``, ``对10名优秀共产党员
    …予以表彰``): a heading of that name (``一、优秀共产党员（10名）``) is then over its winners, not a
    category. A heading that counts its entries (``甲市优秀企业家（10名）``) names an honour whatever
    its last word, where the clause names it, its place written once before the enumeration
    (``关于表彰甲市优秀企业家、优秀青年企业家的决定`` over ``甲市优秀青年企业家（3名）``)."""
    if not counted:
        return name.endswith(HONOUR_ENDS + UNIT_HONOUR_ENDS) and any(name in c for c in clauses)
    place = _PLACE_OPENS.match(name)
    bare = name[place.end() :] if place else name
    return any(
        name in c or (place is not None and len(bare) >= 4 and place.group(0) in c and bare in c)
        for c in clauses
    )


def _honour(name: str) -> bool:
    return name.endswith(PRIZE_ENDS) or placed_honour(name)


def placed_honour(name: str) -> bool:
    """Whether ``name`` is an honour title that a place opens (``甲省三八红旗手``,
    ``甲市先进基层党组织``): a heading over its winners, where a bare ``先进集体`` is a category."""
    ends = HONOUR_ENDS + UNIT_HONOUR_ENDS
    return (
        name.endswith(ends)
        and _PLACED.fullmatch(name) is not None
        and not any(w in name for w in _NOT_WINNERS)
    )


#: The year that opens an award's name (2023年度某某奖): its edition.
OPENING_YEAR = rx.compile(r"^\d{4}年度?")


def award_lines(text: str, names: Iterable[str]) -> list[tuple[int, int, str]]:
    """``(start, end, award)`` of each heading line (an ordinal, brackets and a colon allowed) that is
    only the name of an award the text confers (``授予…“全国劳动模范”称号`` and, below, the line
    ``全国劳动模范`` or ``二、全国劳动模范（部分）：`` over a roll of its winners), its year before it
    or not (``授予…2023年某省五一劳动奖章`` over ``2023年某省五一劳动奖章``)."""
    wanted = {n: n for n in names if len(n) >= 4}
    for n in list(
        wanted
    ):  # 授予…2023年某省五一劳动奖章 over the line 2023年某省五一劳动奖章 (read past its year)
        if (undated := OPENING_YEAR.sub("", n)) != n and len(undated) >= 4:
            wanted.setdefault(undated, n)
    if not wanted:
        return []
    return [
        (s, e, wanted[n])
        for s, e, n, suffix, _m, _p, _c in _heading_lines(text)
        if not suffix and n in wanted
    ]
