"""Meetings told only by a speech given there: ``甲在某某工作推进会上说，…``.

Grammar:
- ``<person>(同志)在<name>上<speech verb>``, where the name ends with a meeting word
  (:data:`kg.extract.event_words.MEETING_WORD`) and has at least two characters before it: the
  meeting, with the person as an attendee (its speaker);
- not a meeting: a bare word (``在会议上说``, ``在会上表示``: the meeting told before, read by
  :mod:`kg.extract.speakers`), a name already found by a verb of holding, a meeting still to come or
  told as a habit (:mod:`kg.extract.reported`), words before 在 that are no person's name.
"""

from __future__ import annotations

import bisect
import re

from kg import rx
from kg.extract import event_names
from kg.extract.dates import date_near
from kg.extract.event_merge import Draft
from kg.extract.event_places import place_in
from kg.extract.event_words import MEETING_WORD
from kg.extract.reported import reported
from kg.model import Extraction

#: 在 + a meeting's name + 上 + a verb of speech.
SPEECH_AT = rx.compile(
    r"(?:同志)?在(?P<name>[^，。；：、“”《》\s在]{2,40}?" + MEETING_WORD + r")上"
    r"(?:发表讲话|讲话|致辞|说|表示|强调|指出|要求|提出)"
)


def spoken_meetings(ex: Extraction, found: list[Draft]) -> list[Draft]:
    """The meetings named only where a person speaks at them, each with that person."""
    text = ex.article.text
    persons = sorted((m for m in ex.mentions if m.label == "Person" and m.ref), key=lambda m: m.end)
    ends = [m.end for m in persons]
    out: list[Draft] = []
    for m in SPEECH_AT.finditer(text, ex.article.body_start):
        name = m.group("name")
        if re.fullmatch(MEETING_WORD, name) or len(re.sub(MEETING_WORD + "$", "", name)) < 2:
            continue
        k = bisect.bisect_left(ends, m.start())
        if k == len(ends) or ends[k] != m.start():
            continue  # no name right before 在 (他在…, 会议在…)
        if any(event_names.same_event(ev.name, name) for ev in [*found, *out]):
            continue
        start, end = m.start("name"), m.end("name")
        if not reported(ex, start, end):
            continue
        s, e = ex.article.sentence(start)
        word = re.search(MEETING_WORD + "$", name)
        ev = Draft(
            name,
            "Meeting",
            start,
            end,
            word.group(0) if word else name,
            date_near(ex, s, e),
            place_in(ex, s, e, name),
        )
        ev.attendees.append(persons[k].ref or "")
        out.append(ev)
    return out
