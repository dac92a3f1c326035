"""The session that adopted a document, told on a line of its own under the document's title.

A list of appointments, a law or a plan printed in full carries, under its title, the session
that adopted it and the day: ``（2021年3月5日青禾县第五届人民代表大会常务委员会第九次会议通过）``,
``2019年1月9日某某委员会第四次全体会议审议通过``, ``（某日国务院第四十次常务会议批准）``,
``（某日某市人大第三次会议修订）``. That session is an event of the article, on that day.

Not an event: a session the line cites as the source (``根据某某会议通过的决定修正``), nor one
named inside a sentence of the body (that is :data:`kg.extract.events._SESSION`'s).
"""

from __future__ import annotations

import re

from kg import rx
from kg.extract.dates import date_near
from kg.extract.event_holders import after_date
from kg.extract.event_merge import Draft
from kg.extract.event_names import same_event
from kg.extract.event_places import place_in
from kg.model import Extraction

#: A whole line, bracketed or not: the session (a date may open it) and the verb of adoption.
_LINE = rx.compile(
    r"^[ \t　]*[（(]?"
    r"([^（）()\n，。；：“”《》]{4,60}?第[一二三四五六七八九十百零〇两\d]+次(?:全体|常务|主任)?会议)"
    r"(?:审议|表决)?(?:通过|批准|修订|修正|决定)[）)]?[ \t　]*$",
    re.M,
)
#: The session's number and kind, which its short name keeps.
_NUMBER = rx.compile(r"第[一二三四五六七八九十百零〇两\d]+次(?:全体|常务|主任)?会议$")
#: Words that make the session the source of what the line tells, not its event (根据…通过的决定).
_CITED = ("根据", "依据", "依照", "按照")


def adopting_sessions(ex: Extraction, found: list[Draft]) -> list[Draft]:
    """The sessions named on a line of their own as adopting the text above (none already in
    ``found``), each dated by its line."""
    text = ex.article.text
    if "会议" not in text:
        return []
    out: list[Draft] = []
    for m in _LINE.finditer(text):
        start = after_date(ex, m.start(1))
        name = text[start : m.end(1)].strip()
        if name.startswith(_CITED) or any(w in text[m.start() : start] for w in _CITED):
            continue
        if len(name) < 6 or any(same_event(ev.name, name) for ev in [*found, *out]):
            continue
        number = _NUMBER.search(name)
        if number and any(ev.name.endswith(number.group(0)) for ev in found):
            continue  # the body tells that session, its name written short (市五届人大常委会第九次会议)
        out.append(
            Draft(
                name,
                "Meeting",
                m.end(1) - len(name),
                m.end(1),
                "会议",
                date_near(ex, m.start(), m.end()),
                place_in(ex, m.start(), m.end(), name),
            )
        )
    return out
