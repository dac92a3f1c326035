"""Inspections: a tour of places (``赴/到/在/深入 <place> 考察/调研/视察/检查``) and an inspection of a
kind of work whose places the article tells later (``某某带队检查防汛和安全生产工作``).

One article reports one inspection: the first found names it; when that is the headline's, the
body's sentence that tells it again dates it (``6月1日至2日，…在某市调研``). An inspection of work is
someone's: a person's name stands right before its verb (or before 带队/率队); it lies where the
sentence says, else in the article's home.
"""

from __future__ import annotations

import re

from kg.extract.dates import date_near
from kg.extract.event_merge import Draft
from kg.extract.event_places import most_specific, place_in
from kg.model import Extraction

#: A tour of a place: 赴某市考察, 在某县调研, 深入某县调研.
INSPECT = re.compile(r"(赴|到|在|深入)([^，。；、]{2,12}?)(学习考察|考察调研|考察|调研|视察|检查)")
#: An inspection of a kind of work: 带队检查防汛工作, 督导安全生产工作.
INSPECT_WORK = re.compile(r"(带队|率队)?(检查|督导|督查|调研|视察|暗访|考察)(?:了)?([^，。；“”]{2,20}?工作)")


def find_inspections(ex: Extraction, found: list[Draft]) -> list[Draft]:
    """The article's inspection (a list of one or none) when ``found`` holds none yet; a headline's
    inspection in ``found`` takes the date of the body's sentence that tells it again."""
    text = ex.article.text
    out: list[Draft] = []
    for m in sorted([*INSPECT.finditer(text), *_of_work(ex)], key=lambda m: m.start()):
        s, e = ex.article.sentence(m.start())
        if m.re is INSPECT:
            places = [p for p in ex.mentions if p.label == "Place" and m.start(2) <= p.start < m.end(2)]
            if not places:
                continue
            place = most_specific(ex, places[0]).ref
            subject = _subject(ex, s, m.start())
            tail = f"{m.group(1)}{m.group(2)}{m.group(3)}"
            trigger = m.group(3)[-2:]
        else:
            place = place_in(ex, s, e)
            subject = _subject(ex, s, m.start())
            tail = f"{m.group(2)}{m.group(3)}"
            trigger = m.group(2)
        earlier = next((ev for ev in [*found, *out] if ev.kind == "Inspection"), None)
        if earlier is not None:  # a headline's tour that the body tells dates it (6月1日至2日，…)
            if earlier.start < ex.article.body_start <= m.start() and not earlier.in_body:
                earlier.date, earlier.in_body = date_near(ex, s, e), True
            continue
        draft = Draft(
            f"{subject}{tail}", "Inspection", m.start(), m.end(), trigger, date_near(ex, s, e), place
        )
        out.append(draft)
    return out


def _of_work(ex: Extraction) -> list[re.Match[str]]:
    """Inspections of work with a person's name right before the verb (or before 带队)."""
    ends = {m.end for m in ex.mentions if m.label == "Person" and m.ref}
    return [m for m in INSPECT_WORK.finditer(ex.article.text) if m.start() in ends]


def _subject(ex: Extraction, sentence_start: int, verb: int) -> str:
    """Who inspects: the person named right before ``verb``, else the clause before it."""
    person = next((m.text for m in ex.mentions if m.label == "Person" and m.ref and m.end == verb), None)
    if person:
        return person
    return ex.article.text[sentence_start:verb].split("，")[-1].strip()
