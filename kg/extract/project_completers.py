"""The persons who completed a prize-winning project: ``甲作为第一完成人领奖``, ``主要完成人包括甲、乙``.

A science or technology prize (国家科学技术进步奖一等奖, 某省技术发明奖二等奖, 某某专利奖金奖) is won
by a project: its units (the 完成单位, read by :mod:`kg.extract.honoured_units`) and the persons who
completed it (the 完成人, whom the prize's certificate names) receive it. A report names a completer
in one of these forms, the completer word being ``完成人`` with its rank (第一, 第二…, 主要) or the
project before it:

- the person, then 作为/是/为/系 and the word: ``董事长甲作为第一完成人参加大会并领奖``,
  ``甲是该项目的第一完成人``, ``原总工程师甲作为项目主要完成人代表发言``;
- a count after the names: ``甲、乙等5人作为项目主要完成人``: the persons of the clause before it;
- the word, then the persons of its clause: ``主要完成人包括甲、乙和丙``, ``项目第一完成人、某研究院
  研究员甲``.

The prize is the last one named before the word (a name that ends in 奖: a grade or a prize), else
the first named after it. Not a completer: a person who receives the unit's prize on its behalf
(``代表企业上台领奖``: the unit's award), a 完成单位 (a unit), a completer where the text names no prize
(``该项目的完成人`` of a plain report), nor a person after the word where a person before it is its
subject (``甲作为第一完成人向乙汇报``: 乙 completed nothing; but ``甲向第一完成人乙颁奖``: 乙 did).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from kg import rx
from kg.model import Extraction, Mention, clause_end, clause_start

#: The completer word: 完成人 with its rank or its project before it.
_WORD = r"(?:该|这一|此|本)?(?:项目|成果)?的?(?:第[一二三四五六七八九十\d]+|主要)?完成人(?!员)"
#: The person (or a counted list) before, and the verb that makes him the completer.
_BEFORE = rx.compile(r"(等[\d一二三四五六七八九十]+[名人位])?(?:作为|是|为|系)" + _WORD)
#: The word, then its persons.
_AFTER = rx.compile(_WORD + r"(?:代表)?(?:分别)?(?:包括|有|为|是)?[：:]?")
_CLAUSE_MARKS = "，,；;。\n"


@dataclass(frozen=True)
class Completers:
    """The prize named at ``start`` (``award``), won by ``recipients`` as its project's completers."""

    start: int
    award: str
    recipients: tuple[Mention, ...]


def project_completers(
    ex: Extraction, persons: Sequence[Mention], prizes: Sequence[tuple[int, str]]
) -> list[Completers]:
    """The completers of each prize of ``prizes`` (``(start, name)`` of the awards found, by start)
    that the text names (module docstring); ``persons`` are the person mentions by start."""
    text = ex.article.text
    if "完成人" not in text:
        return []
    named = [(s, n) for s, n in prizes if n.endswith("奖")]
    if not named:
        return []
    starts = [p.start for p in persons]
    ends = {p.end: p for p in persons}

    def between(lo: int, hi: int) -> tuple[Mention, ...]:
        return tuple(persons[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)])

    def prize(offset: int) -> tuple[int, str]:
        before = [p for p in named if p[0] < offset]
        return before[-1] if before else named[0]

    out: list[Completers] = []
    subjects: list[tuple[int, int]] = []  # the words a person before has as a subject
    for m in _BEFORE.finditer(text):
        subjects.append(m.span())
        if m.group(1):  # 甲、乙等5人作为…: the persons of its clause before the count
            got = between(clause_start(text, m.start(), _CLAUSE_MARKS), m.start())
        else:
            at = m.start() - 2 if text.startswith("同志", m.start() - 2) else m.start()  # 甲同志作为…
            got = (ends[at],) if at in ends else ()
        if got:
            out.append(Completers(*prize(m.start()), got))
    for m in _AFTER.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in subjects):
            continue  # 甲作为第一完成人向乙汇报: the word is 甲's
        got = between(m.end(), clause_end(text, m.end(), _CLAUSE_MARKS))
        if got:
            out.append(Completers(*prize(m.start()), got))
    return out
