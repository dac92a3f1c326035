"""Farewells to the dead: ``甲、乙等到某市殡仪馆送别``, ``前往某某告别厅向…遗体告别``.

Grammar:
- ``<persons>(等)到/前往/来到/赴 <venue> (为…/向…)送别/吊唁/告别/遗体告别``, where the venue is a
  place of mourning (:data:`_MOURNING`: 殡仪馆, 公墓, 灵堂, 告别厅, 礼堂): the farewell, named by
  the venue and its word (``某市殡仪馆送别``), with the persons named in its sentence before the
  verb of going as attendees, except the one who died (``某某同志`` before 逝世/遗体/病重/的);
- not a farewell: seeing someone off elsewhere (``到机场送别外宾``, ``到车站送别``), a farewell still
  to come (:mod:`kg.extract.reported`).
"""

from __future__ import annotations

import re

from kg.extract.dates import date_near
from kg.extract.event_merge import Draft
from kg.extract.event_places import place_in
from kg.extract.reported import reported
from kg.model import Extraction

#: A venue of mourning: where a farewell is held.
_MOURNING = r"(?:殡仪馆|殡仪服务中心|革命公墓|公墓|陵园|灵堂|告别厅|礼堂)"
#: Going to the venue, then the farewell's word (after 为某某/向某某 and 的遗体).
FAREWELL = re.compile(
    r"(?:到|前往|来到|赴)(?P<venue>[^，。；：\n]{0,16}?" + _MOURNING + r")"
    r"(?:[为向][^，。；：\n]{1,16}?)?(?P<word>遗体告别|送别|吊唁|告别)"
)
#: After a name, what makes it the one who died (某某同志逝世, 某某同志的遗体).
_DECEASED = re.compile(r"同志(?:的|逝世|遗体|病重|因病|生前)?")


def farewells(ex: Extraction) -> list[Draft]:
    """The farewells the body tells, each with the persons who went to it."""
    text = ex.article.text
    found: list[Draft] = []
    for m in FAREWELL.finditer(text, ex.article.body_start):
        if not reported(ex, m.start(), m.end()):
            continue
        s, e = ex.article.sentence(m.start())
        people = [
            p.ref
            for p in sorted(ex.mentions, key=lambda p: p.start)
            if p.label == "Person"
            and p.ref
            and s <= p.start
            and p.end <= m.start()
            and not _DECEASED.match(text, p.end)
        ]
        if not people:
            continue
        name = m["venue"] + m["word"]
        draft = Draft(name, "Meeting", m.start(), m.end(), m["word"], date_near(ex, s, e), place_in(ex, s, e))
        draft.attendees.extend(dict.fromkeys(people))
        found.append(draft)
    return found
