"""Photo captions that are only a meeting's name: a part of the occasion the article reports.

Grammar:
- a caption line of a few words ending in a meeting word and nothing else (``项目签约仪式``,
  ``揭牌仪式``) names a part of the occasion: it takes the date and place of the event told
  before it (the article's date and home where none is);
- a caption that shows someone (``王小明出席座谈会``: a person or an attendance verb) names no
  event of its own.
"""

from __future__ import annotations

import re

from kg import rx
from kg.extract.dates import date_near
from kg.extract.event_merge import Draft
from kg.extract.event_words import MEETING_WORD
from kg.model import Extraction

#: A caption that is only a meeting's name: a few words before a meeting word, nothing else.
_CAPTION_EVENT = rx.compile(r"[^，。；：、“”（）()\s]{2,14}?" + MEETING_WORD)


def captioned(ex: Extraction, found: list[Draft], attend: re.Pattern[str]) -> list[Draft]:
    """``found`` with the events that photo captions name (module docstring); ``attend`` finds
    the attendance verbs that make a caption show someone."""
    text = ex.article.text
    out = list(found)
    for s, e in ex.article.captions:
        line = text[s:e].strip()
        start = text.index(line, s)
        if _CAPTION_EVENT.fullmatch(line) is None or any(ev.name == line for ev in out):
            continue
        someone = any(m.label == "Person" and start <= m.start < start + len(line) for m in ex.mentions)
        if someone or attend.search(line):  # 王小明出席座谈会 shows someone, not a part of the event
            continue
        before = [ev for ev in found if ev.start < start]
        date = before[-1].date if before else date_near(ex, start, start)
        place = before[-1].place if before else ex.home
        trig = re.search(MEETING_WORD + "$", line)
        out.append(
            Draft(line, "Meeting", start, start + len(line), trig.group(0) if trig else line, date, place)
        )
    out.sort(key=lambda ev: ev.start)
    return out
