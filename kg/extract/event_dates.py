"""The day of an event whose sentence gives none: the day of the event told before it in its
paragraph.

Grammar: a paragraph that dates its first event tells the next ones of the same day with a time
of day or a step of the programme only (``6月8日上午，召开甲会；下午，召开乙会``, ``调研结束时，
某某主持召开座谈会``): such an event takes the day of the event before it in the paragraph, not
the article's date. An event in a paragraph of its own, or whose sentence gives a date (a day, a
year, 日前), keeps what its sentence gives.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from kg.extract.dates import RECENTLY
from kg.extract.event_merge import Draft
from kg.model import Extraction


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
        if ev.date != day or before.date in (None, day) or "\n" in text[before.start : ev.start]:
            continue
        s, e = ex.article.sentence(ev.start)
        i = bisect_left(dated, s)
        if i < len(dated) and dated[i] < e or RECENTLY.search(text, s, e):
            continue  # the sentence gives a date of its own
        ev.date = before.date
