"""Events an article reports, and events it only mentions.

A news article reports what happened on its day; its sentences also cite events it does not report:

- a planned one: the clause says it will be held (``将于7月召开``, ``拟于9月举办``, ``定于``, ``即将``,
  ``还将``, ``也将``,
  ``筹备`` but not the preparations inspected, ``检查筹备工作``),
  or its sentence says before it that someone will do it (``某某还将出席…，会见…``: 将 right before a
  verb of taking part, which the later verbs of the sentence share);
- a decided one: the clause follows a deciding verb and its comma (``会议决定，7月上旬召开某全会``,
  ``会议研究确定，某大会于下月举行``, ``会议同意，适时召开…``, ``会议提议，召开…``): the meeting
  that decided it is reported, the one decided is to come;
- a directed one: its sentence opens with what must be done (``要…，组织委员深入某县开展视察``,
  ``会议强调，要…``, ``必须…``): a task set, not an event held;
- a habitual one: the clause says it recurs (``多次召开``, ``每年举办``, ``历次``, ``定期``), or took
  place in the life of one who has died (``图为某某生前在某村察看…``; not ``生前友好前往送别``, who are there);
- a past one cited in passing: the clause writes a year before the article's (any year when the
  article has no date) and tells when something was said by the event (``2019年某某在某地考察时指出``,
  ``2020年…接见代表时的讲话``); a past event named as such (``在2019年召开的某会议上``) stays.

The clause is the text between the punctuation marks around the event's words. A year of the
article itself (``2024年5月8日，…召开``) and a clause with none of these words leave the event reported.
"""

from __future__ import annotations

from kg import rx
from kg.model import Extraction, clause_start

#: A clause that tells of an event to come.
PLANNED = rx.compile(
    r"将于|拟于|拟在|将在|定于|计划于|计划在|即将|将要|[还也又]将|筹备(?!工作|情况|进展)|将(?:陆续|相继)?(?:举办|举行|召开)"
)
#: Someone will take part (某某将出席…，会见…); 将 as 把 (将与会人员分组) takes a noun, not these verbs.
WILL = rx.compile(
    r"将(?=出席|会见|会晤|会谈|接见|参加|访问|举行|召开|主持|前往|赴|出访|视察|考察|调研|抵达|举办|同|与(?!会))"
)
#: A deciding verb and its comma, just before the clause that tells what was decided (会议决定，).
DECIDED = rx.compile(r"(?:决定|确定|同意|提议|商定|议定)[，：]$")
#: A sentence that sets a task: it opens with 要, 必须 or 务必, after a speaker's verb and its
#: comma if any (会议强调，要…).
DIRECTED = rx.compile(r"[ \u3000]*(?:[^，。；：]{0,12}?(?:强调|要求|指出|提出)[，：])?(?:要|必须|务必)")
#: A clause that tells of an event that recurs, or of one in a life now ended (生前在某村察看).
HABITUAL = rx.compile(r"多次|屡次|每年|每季度|每月|每周|历年|历次|定期|曾经|生前(?:在|曾|到|赴)")
#: A year written in full.
YEAR = rx.compile(r"((?:19|20)\d\d)年")
#: When a cited event happened (考察时, 接见…时的讲话).
WHEN = "时"
_CLAUSE_END = "，。；：！？\n"


def reported(ex: Extraction, start: int, end: int) -> bool:
    """Whether the event written at ``[start, end)`` is one the article reports (module docstring)."""
    text = ex.article.text
    s, e = _clause(text, start, end)
    before = text[s:start]
    clause = text[s:e]
    if PLANNED.search(clause) or HABITUAL.search(before + text[start:end]):
        return False
    if DECIDED.search(text, max(0, s - 4), s):  # 会议决定，7月上旬召开某全会
        return False
    if WILL.search(text, start, end):
        return False
    if DIRECTED.match(text, ex.article.sentence(start)[0], start):  # 要…，组织委员深入某县开展视察
        return False
    anchor = ex.article.date or ex.article.published
    years = [int(y) for y in YEAR.findall(before + text[start:end])]
    if not years or WHEN not in text[start:e]:
        return True  # 在2019年召开的某会议上: a past event named, told of as such
    return anchor is not None and min(years) >= anchor.year


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    s = clause_start(text, start, _CLAUSE_END)
    ends = [i for i in (text.find(c, end) for c in _CLAUSE_END) if i >= 0]
    return s, min(ends, default=len(text))
