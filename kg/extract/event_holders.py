"""The holder and the date that open a meeting's phrase (市委中心组 of 市委中心组举行第三次集体学习).

Helpers of :mod:`kg.extract.events`: a meeting named only by its count (第三次集体学习) takes its
holder from the words before the holding verb, and a session's name starts after a date that
opens it (6月8日某市人大常委会第十二次会议…).
"""

from __future__ import annotations

from kg import rx
from kg.ingest.split import opener_end
from kg.model import Extraction, clause_start

#: A meeting's name that opens with its count or year and names no holder (第三次集体学习), and a
#: year's 生活会, which every leading body holds (2024年度民主生活会, 2025年专题组织生活会).
HEADLESS = rx.compile(
    r"(?:\d{4}年(?:度)?)?第[一二三四五六七八九十百\d]+[次期]|\d{4}年度?[^，。；]{0,4}生活会$"
)


def holder(ex: Extraction, verb: int) -> str:
    """The holder written before a holding verb in its clause (市委中心组 of 市委中心组举行…),
    past a date that opens the clause; "" when the clause names a person or is long."""
    text = ex.article.text
    s, _e = ex.article.sentence(verb)
    start = clause_start(text, verb, "，；：", s)
    if start == s:  # 新华社北京5月31日电 某某政治局…: the dateline is no holder
        start += opener_end(text[s:verb]) or 0
    start = after_date(ex, start)
    # 某某政治局5月31日下午就某题进行…: the holder ends at a date or at the topic's preposition
    cut = [m.start for m in ex.mentions if m.label == "Date" and start < m.start < verb]
    topic = _TOPIC.search(text, start, verb)
    owner = text[start : min([verb, *cut, *([topic.start()] if topic else [])])].strip()
    someone = any(m.label == "Person" and start <= m.start < verb for m in ex.mentions)
    return "" if someone or not 2 <= len(owner) <= 20 else owner


#: A preposition that opens a study's topic after its holder (就某题, 围绕某题).
_TOPIC = rx.compile(r"就|围绕")


def after_date(ex: Extraction, start: int) -> int:
    """``start`` moved past a date that opens the phrase (6月8日某市人大常委会…)."""
    for m in ex.mentions:
        if m.label == "Date" and m.start == start:
            return m.end
    return start
