"""Farewells to the dead: ``甲、乙等到某市殡仪馆送别``, ``前往某某告别厅向…遗体告别``.

Grammar:
- ``<persons>(等)到/前往/来到/赴 <venue> (为…/向…)送别/吊唁/告别/遗体告别``, where the venue is a
  place of mourning (:data:`_MOURNING`: 殡仪馆, 公墓, 灵堂, 告别厅, 礼堂): the farewell, named by
  the venue and its word (``某市殡仪馆送别``), with the persons named in its sentence before the
  verb of going as attendees, except the one who died (``某某同志`` before 逝世/遗体/病重/的);
- ``<persons>等前往送别`` with no venue, right after the sentence that names the remains and a venue
  (``遗体在某市殡仪馆火化。``) in the same paragraph: a farewell at that venue, of the date and the
  place of both (after ``某某同志遗体告别仪式在某公墓举行。`` it is that ceremony, whose people they are);
- not a farewell: seeing someone off elsewhere (``到机场送别外宾``, ``到车站送别``), a farewell still
  to come (:mod:`kg.extract.reported`), a bare ``前往送别`` after no sentence naming the remains in a
  venue of mourning (``援藏干部在某县礼堂集合出发。…前往送别``).
"""

from __future__ import annotations

import re

from kg import rx
from kg.extract.dates import date_near
from kg.extract.event_merge import Draft
from kg.extract.event_places import place_in
from kg.extract.reported import reported
from kg.model import Extraction

#: A venue of mourning: where a farewell is held.
_MOURNING = r"(?:殡仪馆|殡仪服务中心|革命公墓|公墓|陵园|灵堂|告别厅|礼堂)"
#: Going to the venue, then the farewell's word (after 为某某/向某某 and 的遗体).
FAREWELL = rx.compile(
    r"(?:到|前往|来到|赴)(?P<venue>[^，。；：\n]{0,16}?" + _MOURNING + r")"
    r"(?:[为向][^，。；：\n]{1,16}?)?(?P<word>遗体告别|送别|吊唁|告别)"
)
#: Going to a farewell whose venue the sentence before names (``等前往送别``).
BARE_FAREWELL = rx.compile(r"(?:到|前往|来到|赴)(?P<word>遗体告别|送别|吊唁|告别)(?=[，。；])")
#: The remains in the venue that sentence names: ``遗体在/于<venue>``.
_VENUE = rx.compile(
    r"(?:遗体|骨灰|灵柩)(?:(?!告别|仪式|追悼)[^，。；：\n]){0,4}?[在于](?P<venue>[^，。；：\n]{0,16}?"
    + _MOURNING
    + ")"
)
#: After a name, what makes it the one who died (某某同志逝世, 某某同志的遗体).
_DECEASED = rx.compile(r"同志(?:的|逝世|遗体|病重|因病|生前)?")


def farewells(ex: Extraction) -> list[Draft]:
    """The farewells the body tells, each with the persons who went to it."""
    text = ex.article.text
    found: list[Draft] = []
    for m, venue, s, e, at in _told(ex):
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
        name = venue + m["word"]
        draft = Draft(
            name, "Meeting", m.start(), m.end(), m["word"], date_near(ex, at, e), place_in(ex, at, e)
        )
        draft.attendees.extend(dict.fromkeys(people))
        found.append(draft)
    return found


def _told(ex: Extraction) -> list[tuple[re.Match[str], str, int, int, int]]:
    """Each reported farewell: its match, its venue, its sentence's span and where its date and
    place are sought (its sentence, or from the sentence before that names the venue)."""
    text = ex.article.text
    out: list[tuple[re.Match[str], str, int, int, int]] = []
    for m in FAREWELL.finditer(text, ex.article.body_start):
        if reported(ex, m.start(), m.end()):
            s, e = ex.article.sentence(m.start())
            out.append((m, m["venue"], s, e, s))
    for m in BARE_FAREWELL.finditer(text, ex.article.body_start):
        s, e = ex.article.sentence(m.start())
        if s <= ex.article.body_start or text[s - 1] == "\n" or not reported(ex, m.start(), m.end()):
            continue
        before = ex.article.sentence(s - 1)[0]
        venue = _VENUE.search(text, before, s)
        if venue is not None:
            out.append((m, venue["venue"], s, e, before))
    return out
