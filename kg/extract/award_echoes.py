"""Who receives an award named in a 向-phrase, and the sentence after it that names the winners.

    王小明、李华向荣获“某某模范”称号的代表颁奖。甲、乙等10人获奖。

- In ``甲向荣获X称号的代表颁奖`` (向…颁奖, 向…致敬, 向…学习) the names before 向 are whoever
  presents, salutes or learns: the recipients are only the words after 向
  (:func:`receiving_floor`). 向 inside a word (面向, 走向, 方向, 志向) is no preposition. Nor
  is whoever tells of the award (``甲汇报了公司获评某某等情况``, ``甲介绍，乙荣获某某``).
- The sentence right after an award sentence that ends ``等N人获奖`` (获此殊荣, 受到表彰) names its
  winners: the persons and units of that clause receive the award (:func:`echoed_span`); so does
  a later clause of the award's own sentence (``对某某标兵进行了表彰，甲、乙等10名同志受到表彰``,
  ``对某某先进班组进行了通报表扬，甲班、乙班等5个班组受到表扬``). Without the count
  (``王小明获奖后说``) the sentence is about one winner's words, and is left alone.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from kg import rx
from kg.model import Extraction, Mention, clause_start

#: Characters before 向 that make it part of a word, not the preposition (面向, 走向, 方向, 志向).
_IN_WORD = frozenset("面走迈转导方倾指一志意动取朝纵横双单反逆去")
#: The close of a sentence naming the winners of the award before it: 等10人获奖, 等三名同志获此殊荣.
_WINNERS = rx.compile(
    r"等[\d一二三四五六七八九十百两]+(?:(?:名|位|人)(?:同志|代表|个人)?|(?:个|家)(?:单位|集体|企业|班组|党组织))"
    r"(?:获奖|获此殊荣|获此荣誉|获得表彰|受到表彰|获表彰|受到(?:通报)?表扬)[。；;]?$"
)


#: A verb of telling whose object is the clause that names the award (甲汇报了公司获评…等情况,
#: 甲介绍，乙荣获…): whoever tells is no recipient.
_TELLING = rx.compile(r"(?:汇报|介绍|表示|透露|指出)了?[，,：:]?")


def receiving_floor(text: str, floor: int, award_start: int) -> int:
    """Where the recipients before the award at ``award_start`` may start: after the last 向 of
    ``text[floor:award_start]`` that is a preposition, else after the last verb of telling
    there, else ``floor``."""
    told = [m.end() for m in _TELLING.finditer(text, floor, award_start)]
    floor = told[-1] if told else floor
    at = text.rfind("向", floor, award_start)
    while at >= floor:
        if at == 0 or text[at - 1] not in _IN_WORD:
            return at + 1
        at = text.rfind("向", floor, at)
    return floor


def echoed_span(ex: Extraction, award_start: int) -> tuple[int, int] | None:
    """Where the winners of the award at ``award_start`` are named again with their count: a later
    clause of its own sentence, else the sentence after it, when that closes with ``等N人获奖``
    (``等5个班组受到表扬``); None where neither does."""
    text = ex.article.text
    s, end = ex.article.sentence(award_start)
    own = _WINNERS.search(text[s:end].rstrip(" \u3000\n"))
    if own is not None:
        close = s + own.start()
        start = clause_start(text, close, "，,；;：:", s)
        if start > award_start:  # 对某某进行了表彰，甲、乙等10名同志受到表彰
            return start, close
    pos = end
    while pos < len(text) and text[pos] in " \u3000\n":
        pos += 1
    if pos >= len(text):
        return None
    s, e = ex.article.sentence(pos)
    m = _WINNERS.search(text[s:e].rstrip(" \u3000\n"))
    if m is None:
        return None
    close = s + m.start()
    return clause_start(text, close, "，,；;：:", s), close


def echoed_winners(span: tuple[int, int] | None, persons: Sequence[Mention]) -> list[Mention]:
    """The persons in the ``span`` of :func:`echoed_span` (none where it is None); ``persons``
    sorted by start (found by bisection)."""
    if span is None:
        return []
    starts = [p.start for p in persons]
    lo, hi = bisect.bisect_left(starts, span[0]), bisect.bisect_left(starts, span[1])
    return list(persons[lo:hi])
