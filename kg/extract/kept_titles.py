"""Honour titles kept on review and titles named without quotation marks, for units and places.

Grammar:
- a title kept: ``甲市、乙市通过复查确认，继续保留荣誉称号`` (or ``保留“某某”荣誉称号``) confers
  again the title named before it in its sentence (or the sentence before): the recipients are the
  units and places that end the subject clause, the clause of 保留 or, where that clause opens
  with the verb (``继续保留…``), the clause before it; with no title named before and none in
  quotes, nothing is conferred (``保留原有荣誉称号评选制度`` keeps a rule, no title);
- a title named without quotation marks: ``甲县被命名为全国文明城市（县级）``, ``被授予全省先进
  集体称号``: a passive naming whose name opens with a level (全国, 全省, 国家, 省级 …) and closes
  its clause, a bracketed grade (``（县级）``) set aside; a naming with no level is no title
  (``该路被命名为幸福大道``: a street's name).
"""

from __future__ import annotations

from kg import rx
from kg.model import Extraction, clause_start

#: ``(继续)保留(了)(“某某”)荣誉称号``: the title kept, quoted or not named.
_KEPT = rx.compile(r"(?:继续|仍然?)?保留了?(?:“([^“”\n]{2,30})”)?荣誉称号")
#: ``被命名为全国某某（县级）``: an unquoted title that opens with a level and closes its clause.
_BARE = rx.compile(
    r"被(?:命名为|授予)((?:全国|全省|全市|全区|国家级?|省级|市级|中国)[^，。；：“”（）()\s]{2,20}?)"
    r"(?:（[^（）\s]{1,6}）)?(?:荣誉)?(?:称号)?(?=[，。；！\n]|$)"
)
_CLAUSE_MARKS = "，,；;。\n：:"


def bare_namings(text: str) -> list[tuple[int, int, str, tuple[int, int]]]:
    """``(start, end, title, (recipients' start, end))`` of each passive naming with an unquoted
    title that opens with a level; the recipients are the clause before 被."""
    out = []
    for m in _BARE.finditer(text):
        floor = clause_start(text, m.start(), _CLAUSE_MARKS)
        out.append((m.start(1), m.end(1), m.group(1), (floor, m.start())))
    return out


def kept_titles(ex: Extraction, named: list[tuple[int, str]]) -> list[tuple[int, int, str, tuple[int, int]]]:
    """``(start, end, title, (recipients' start, end))`` of each title kept on review, where
    ``named`` holds ``(start, title)`` of the titles the text confers, in order of start."""
    text = ex.article.text
    out: list[tuple[int, int, str, tuple[int, int]]] = []
    if "保留" not in text:
        return out
    for m in _KEPT.finditer(text):
        s, _e = ex.article.sentence(m.start())
        before_s = ex.article.sentence(s - 1)[0] if s > 0 else s
        title = m.group(1) or next((t for at, t in reversed(named) if before_s <= at < m.start()), None)
        if title is None:
            continue
        span = _subject(ex, m.start(), s)
        if span is not None:
            out.append((m.start(), m.end(), title, span))
    return out


def _subject(ex: Extraction, verb: int, floor: int) -> tuple[int, int] | None:
    """The span of units and places that ends the subject clause of ``verb``: its own clause, or the
    one before where its own names none; None where neither does."""
    text = ex.article.text
    end = verb
    for _ in range(2):
        start = clause_start(text, end, _CLAUSE_MARKS, floor)
        ends = [
            m.end
            for m in ex.mentions
            if m.label in ("Organization", "Place") and m.ref and start <= m.start and m.end <= end
        ]
        if ends:
            return start, max(ends)
        if start <= floor:
            return None
        end = start - 1
    return None
