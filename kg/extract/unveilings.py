"""Unveilings told without a meeting word: ``某某工作站在某县揭牌成立``, ``某中心正式揭牌运行``.

Grammar:
- a unit unveiled is a clause of the body ``(<date>，)<unit> (在<place>)(正式)揭牌(成立|运行|启用…)``
  that ends there, the unit named by no person (``王小明为某中心揭牌`` is a person's part in an
  unveiling, read by :mod:`kg.extract.events` as attendance): the unveiling ceremony
  (``<unit>揭牌仪式``, word 仪式, so that a later ``主持揭牌仪式``/``仪式上`` speaks of it), on the
  sentence's date, in the place after 在 (else the sentence's);
- not an unveiling: one to come (``将于下月揭牌``, :mod:`kg.extract.reported`), a plaque noun
  (``揭牌仪式`` itself is a meeting's name, found by :mod:`kg.extract.events`), a unit that is a pronoun
  or a bare word (``该中心``, ``工作站``: too short to name what was unveiled).
"""

from __future__ import annotations

from kg import rx
from kg.extract.dates import date_near
from kg.extract.event_merge import Draft
from kg.extract.event_places import place_in
from kg.extract.reported import reported
from kg.model import Extraction

#: A clause that unveils a unit: the unit, where, then 揭牌 and how it starts, at the clause's end.
_UNVEILED = rx.compile(
    r"(?:^|(?<=[，。；\n]))(?P<unit>[^，。；：“”\n]{4,40}?)(?:在(?P<where>[^，。；：\n]{2,20}?))?"
    r"(?:正式|隆重)?揭牌(?:成立|运行|启用|开馆|开园|投用|落地)?(?=[，。；！\n]|$)"
)
#: Words that make the clause's subject no unit (该中心, 为某中心: a person's part).
_NO_UNIT = rx.compile(r"^(?:该|此|这|其)|为|向|将|由")


def unveilings(ex: Extraction) -> list[Draft]:
    """The unveilings the body tells in a clause of their own, as ceremonies with no attendee yet."""
    text = ex.article.text
    found: list[Draft] = []
    if "揭牌" not in text:  # the pattern tries every clause: none is read where the verb is missing
        return found
    for m in _UNVEILED.finditer(text, ex.article.body_start):
        unit_start = _past_date(ex, m.start("unit"), m.end("unit"))
        unit = text[unit_start : m.end("unit")]
        someone = any(p.label == "Person" and unit_start <= p.start < m.end("unit") for p in ex.mentions)
        if someone or len(unit) < 4 or _NO_UNIT.search(unit) or not reported(ex, m.start(), m.end()):
            continue
        s, e = ex.article.sentence(m.start())
        where = [
            p.ref
            for p in ex.mentions
            if p.label == "Place" and p.ref and m.start("where") <= p.start < m.end("where")
        ]
        place = where[-1] if m.group("where") and where else place_in(ex, s, e)
        found.append(
            Draft(unit + "揭牌仪式", "Meeting", unit_start, m.end(), "仪式", date_near(ex, s, e), place)
        )
    return found


def _past_date(ex: Extraction, start: int, end: int) -> int:
    """``start`` moved past a date (and its comma) that opens the unit's words (11月11日，某中心…)."""
    for d in ex.mentions:
        if d.label == "Date" and start <= d.start < end and d.start - start <= 1:
            return d.end
    return start
