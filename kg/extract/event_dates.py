"""The day of an event whose sentence gives none: the day of the event told before it in its
paragraph.

Grammar: a paragraph that dates its first event tells the next ones of the same day with a time
of day or a step of the programme only (``6月8日上午，召开甲会；下午，召开乙会``, ``调研结束时，
某某主持召开座谈会``): such an event takes the day of the event before it in the paragraph, not
the article's date. An event in a paragraph of its own keeps what its sentence gives, unless its sentence opens
with a step of the visit or meeting told before it (``调研中，某某还召开座谈会``, ``考察期间``,
``会见结束后``, ``活动期间``, ``随后，``, ``闭幕会后，``) or at the meeting that follows it (``在随后召开的
座谈会上，``, ``在座谈会上，``): that step is of the same day, in any paragraph. An
event whose sentence gives a date (a day, a year, 日前) keeps it.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from kg import rx
from kg.extract.dates import RECENTLY
from kg.extract.event_merge import Draft
from kg.model import Extraction

#: A sentence's opening that makes it a step of the visit or meeting told before it.
STEP = rx.compile(
    r"(?:调研|考察|视察|检查|督导|走访|活动|会见|会谈|访问)(?:中|期间|结束[时后]|之后|时)，"
    r"|(?:随后|当天|当日|同日|其间)，"
    r"|在?(?:随后|当天|当日|同日)(?:召开|举行)的[^，。；\n]{0,24}?上，"  # 在随后召开的座谈会上，
    r"|在?(?:座谈会|汇报会|见面会|交流会)上，"  # 在座谈会上，: the meeting of the visit told before
    r"|(?:[\u4e00-\u9fff]{0,4}会|仪式)(?:结束)?后，"  # 闭幕会后，举行宪法宣誓仪式: the meeting's day
)


def same_day(ex: Extraction, found: list[Draft]) -> None:
    """Give each event of ``found`` (in text order) that its sentence does not date the date of
    the event before it in the same paragraph."""
    anchor = ex.article.date or ex.article.published
    if anchor is None or len(found) < 2:
        return
    text = ex.article.text
    dated = sorted(m.start for m in ex.mentions if m.label == "Date")
    day = anchor.isoformat()
    for before, ev in pairwise(found):
        if ev.date != day or before.date in (None, day):
            continue
        s, e = ex.article.sentence(ev.start)
        if "\n" in text[before.start : ev.start] and STEP.match(text, s) is None:
            continue
        i = bisect_left(dated, s)
        if i < len(dated) and dated[i] < e or RECENTLY.search(text, s, e):
            continue  # the sentence gives a date of its own
        ev.date = before.date
