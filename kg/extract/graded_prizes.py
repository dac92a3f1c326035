"""Units that win a bare grade of a prize the text named before: ``甲公司完成的“某某”等项目获一等奖``.

A report of a science or a quality prize names the prize once (``评选出省科学技术奖项目268项``,
``2024年度某某省科技进步奖评审结果揭晓``) and then gives each grade's winners with the grade alone:

- ``甲公司完成的“某某”等项目获一等奖`` (the units of a project, :mod:`kg.extract.honoured_units`);
- ``甲大学、乙研究院荣获二等奖``;
- ``其中，甲公司牵头的“某某”项目获得特等奖``;
- ``甲集团获评一等奖``, ``甲厂摘得金奖``.

The award is that grade of the nearest such prize named before it (the prize, then the grade:
某某省科学技术奖一等奖). The prize is a prize that is given by grade (科学技术奖, 科技进步奖, 技术发明奖,
自然科学奖, 专利奖, 质量奖, 教学成果奖…) after the division that gives it: a place named in full, a
bare 省 or 市 of the article's home (``省科学技术奖`` in a province's paper is that province's), or
国家/中国. A grade with no such prize before it (``某某杯比赛获一等奖``, or no prize named at all)
is left alone, as is a grade that a prize's own name carries (``获某某奖一等奖``: the named prize,
:data:`kg.extract.honoured_units._PRIZE`), and a count of grades (``评出一等奖36项``) names no winner.
"""

from __future__ import annotations

from kg import rx
from kg.extract.org_places import bare_place
from kg.model import Extraction, clause_start

#: A grade received, closing its clause: 获一等奖, 荣获特等奖, 获评金奖, 摘得银奖.
_GRADE = rx.compile(
    r"(?:荣获|获得|获评|摘得|斩获|(?<![荣捕查缴斩])获)了?([一二三特]等奖|[金银铜]奖)(?=[，。；;\n]|$)"
)
#: A prize given by grade, without its division: 科学技术奖 (not 科学技术奖励大会, 最高奖).
_PRIZE = rx.compile(
    r"(?:科学技术|科技进步|技术发明|自然科学|专利|质量|教学成果|社会科学优秀成果|哲学社会科学优秀成果)奖"
    r"(?![励金])"
)
#: Divisions that give a prize by name alone.
_NATIONAL = ("国家", "中国")
_CLAUSE_MARKS = "，,；;。\n：:"


def _giver(ex: Extraction, at: int, places: dict[int, str]) -> str | None:
    """The division whose prize's name starts at ``at`` ends: a place named in full, a bare 省/市 of
    the article's home, 国家/中国; None when none is written there."""
    text = ex.article.text
    if at in places:
        return places[at]
    for word in _NATIONAL:
        if text.startswith(word, at - len(word)):
            return word
    if at >= 1 and text[at - 1] in "省市":
        found = bare_place(text[at - 1 : at + 1], ex.home)
        return found[1] if found else None
    return None


def graded_prizes(ex: Extraction) -> list[tuple[int, int, str, tuple[int, int]]]:
    """``(start, end, award, (recipients' start, end))`` of each bare grade received after a prize
    the text named before (the module docstring); the recipients are the whole items of that span."""
    text = ex.article.text
    grades = list(_GRADE.finditer(text))
    if not grades:
        return []
    place_ends = {m.end: m.text for m in ex.mentions if m.label == "Place"}
    prizes = []
    for m in _PRIZE.finditer(text, 0, grades[-1].start()):
        giver = _giver(ex, m.start(), place_ends)
        if giver is not None:
            prizes.append((m.start(), giver + m.group()))
    out = []
    for g in grades:
        before = [name for start, name in prizes if start < g.start()]
        if before:
            floor = clause_start(text, g.start(), _CLAUSE_MARKS)
            out.append((g.start(1), g.end(1), before[-1] + g.group(1), (floor, g.start())))
    return out
