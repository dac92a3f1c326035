"""A look at sites before or after a ceremony or a meeting: ``仪式结束后，甲、乙一行实地察看了项目建设现场``.

Grammar: a report of a ceremony or a meeting (a groundbreaking, a launch, a conference) often tells,
in a sentence of its own that opens with the step of the programme (``仪式结束后，``, ``活动前，``,
``会前，``, ``随后，``), that its leaders went to see sites: the persons named at the sentence's start,
a party word perhaps (一行), and a verb of looking (察看, 参观, 考察, 调研, 视察, 走访) with a word of
manner before it (实地, 现场). That is a tour of its own, of the day of the event told before (the
step says so), whose people are the persons named before the verb. An article that reports a tour
already (``甲在某县调研``) has its tour, and the sentence is part of it; a sentence with no person
named before the verb (``开工仪式后，市领导实地察看了…``) gives none.
"""

from __future__ import annotations

from kg import rx
from kg.extract.dates import date_near
from kg.extract.event_merge import Draft
from kg.extract.event_places import place_in
from kg.model import Extraction

#: The step of the programme that opens the sentence, then the visitors, then the verb of looking.
_VISIT = rx.compile(
    r"(?:^|(?<=[。；\n]))[ \u3000]*"
    r"(?:(?:仪式|活动|开工仪式|签约仪式|启动仪式|大会|会议)(?:结束)?[后前]|会[前后]|随后|活动期间)，"
    r"(?P<who>[^，。；：\n]{2,40}?)(?:一行)?(?:还|先后|一同|共同)?(?:实地|现场|深入)?"
    r"(?P<verb>察看|参观|考察|调研|视察|走访)了?(?P<what>[^，。；\n]{2,30})"
)


def site_visits(ex: Extraction, found: list[Draft]) -> list[Draft]:
    """The looks at sites that sentences opening with a step of the programme of an event of
    ``found`` tell (module doc), where the article reports no tour of its own."""
    if any(ev.kind == "Inspection" for ev in found):
        return []
    text = ex.article.text
    persons = [m for m in ex.mentions if m.label == "Person" and m.ref]
    out: list[Draft] = []
    for m in _VISIT.finditer(text, ex.article.body_start):
        who = [p for p in persons if m.start("who") <= p.start and p.end <= m.end("who")]
        rest = text[m.start("who") : m.end("who")]
        if not who or any(c in rest for c in "的在对向为把"):
            continue  # no one named, or a clause of its own before the verb
        s, e = ex.article.sentence(m.start("who"))
        name = text[m.start("who") : m.end("what")].replace("一行", "").replace("了", "", 1)
        place = place_in(ex, s, e)
        draft = Draft(name, "Inspection", m.start("who"), m.end("what"), m.group("verb"), None, place)
        before = [ev for ev in found if ev.start < m.start() and ev.date]
        if not before:
            continue  # the step of no programme told before
        dated = any(d.label == "Date" and s <= d.start < e for d in ex.mentions)
        draft.date = date_near(ex, s, e) if dated else before[-1].date  # the step's day
        draft.attendees.extend(dict.fromkeys(p.ref for p in who if p.ref))
        out.append(draft)
    return out
