"""Visits of a delegation that someone leads (``某某率某省代表团访问某国``, ``率团出访``).

Grammar:
- ``<person>率/率领/带领<…代表团/访问团/考察团/经贸团>(于<dates>)(赴<place>)访问/出访(<place>)``,
  or ``<person>率团访问<place>``: a visit led by that person, who attends it. Its name is the
  leader, the group and the places visited (``王小明率某省代表团访问某国``); dates and the inviter
  are no part of it. Those who accompany it (``陪同访问``) attend it through its word 访问.
- one article reports one such visit: the first the body tells (a headline's visit that the body
  tells again is that one; a headline's alone is the article's visit, of the article's date).
- not a visit: the guest's visit told before the guest (``来华访问的某国外长``: no one leads it),
  a visit still to come (``将率团访问``: :mod:`kg.extract.reported`), 访问 as a noun of counts
  (``访问量``) or of people (``访问学者``).
"""

from __future__ import annotations

from kg import rx
from kg.extract.dates import date_near
from kg.extract.event_merge import Draft
from kg.extract.event_places import place_in
from kg.extract.reported import reported
from kg.model import Extraction

#: The word that names the visit in later sentences (陪同访问).
VISIT_WORD = "访问"
#: A led visit: the verb of leading, the group, what stands before the verb (dates, 赴 + places),
#: the verb, and the places after it (up to the clause's end or a purpose: 并出席, 期间).
LED_VISIT = rx.compile(
    r"(?:率领|带领|率)(?P<group>团|[^，。；：\n]{0,20}?(?:代表团|访问团|考察团|经贸团|友好团))"
    r"(?P<gap>[^，。；：\n]{0,24}?)(?:出访|(?:进行|开展)?(?:正式|友好|工作)?访问)(?![量者问学])"
    r"(?P<dest>[^，。；：\n]{0,16}?)(?=[，。；：\n]|并|期间|$)"
)
#: What stands before the places in the gap (于5月10日至13日赴某国): the last verb of going.
_GOING = rx.compile(r"(?:赴|到|前往)")


def delegation_visits(ex: Extraction) -> list[Draft]:
    """The article's led visit (a list of one or none), with its leader as attendee."""
    text = ex.article.text
    leaders = {m.end: m for m in ex.mentions if m.label == "Person" and m.ref}
    found: list[Draft] = []
    for m in LED_VISIT.finditer(text):
        leader = leaders.get(m.start())
        if leader is None or not leader.ref or not reported(ex, m.start(), m.end()):
            continue
        going = list(_GOING.finditer(m["gap"]))
        where = (m["gap"][going[-1].end() :] if going else "") + m["dest"]
        if not where:
            continue  # 率团访问 with no place named: no visit to name
        s, e = ex.article.sentence(m.start())
        name = f"{leader.text}率{m['group']}{VISIT_WORD}{where}"
        draft = Draft(
            name, "Inspection", leader.start, m.end(), VISIT_WORD, date_near(ex, s, e), place_in(ex, s, e)
        )
        draft.attendees.append(leader.ref)
        found.append(draft)
    body = [d for d in found if d.start >= ex.article.body_start]
    return body[:1] or found[:1]
