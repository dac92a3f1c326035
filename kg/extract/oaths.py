"""An oath told as an act, with the official who oversees it: ``新任命的国家工作人员进行了宪法宣誓，
某某监誓``.

After a standing committee appoints officials, the appointees take the constitutional oath in a
ceremony of its own. News names the ceremony (``举行宪法宣誓仪式``: an event that
:mod:`kg.extract.events` reads by its word 仪式) or tells only the act. Grammar:
- ``进行(了)?/举行(了)?(宪法)?宣誓`` or ``向宪法宣誓`` (not ``宣誓仪式``, the ceremony's name) in a sentence where a
  person oversees or leads it (``监誓``, ``领誓``), presides over it (``主持``) or organises it
  (``会后，甲为新任命人员颁发任命书，并组织宪法宣誓``: 甲 is there): the oath, an event
  named by its words (``宪法宣誓``), dated and placed by its sentence (or, where it opens with
  ``会后，`` or ``闭幕会后，``, dated as the meeting told before); its people are read as
  everyone's (``监誓``, ``领誓`` are words of attendance: :mod:`kg.extract.attendance_words`);
- the act of named people, who take the oath themselves (``会后，甲为新任命人员颁发任命书，乙、丙
  进行了宪法宣誓``): an oath event too, with nobody who oversees it;
- not an oath event: the act with nobody who oversees it and nobody named who takes it
  (``新任命人员进行了宪法宣誓。``), nor where one only hands the appointees their letters (``甲为新任命
  人员颁发任命书，新任命人员进行宪法宣誓``: writers count that as an event of its own or not), an
  oath still to come (:mod:`kg.extract.reported`), and a sentence that names the ceremony already.
"""

from __future__ import annotations

from kg import rx
from kg.extract.appointments import GENDER_MARK
from kg.extract.dates import date_near
from kg.extract.event_merge import Draft
from kg.extract.event_places import place_in
from kg.model import Extraction, Mention

#: The act of taking the oath (not the ceremony's name, 宣誓仪式, nor the oath's words, 宣誓誓词).
OATH = rx.compile(r"(?:(?:进行|举行|组织)了?|向)(?P<name>(?:宪法)?宣誓)(?!仪式|制度|誓词)")
#: A sentence that opens right after the meeting told before: 会后，, 闭幕会后，, 会议结束后，.
_AFTER_MEETING = rx.compile(r"[ \u3000]*[^，。；\s]{0,6}?(?:会|会议)(?:结束)?后[，,]")
#: A gender mark after a name: 乙（女）进行宪法宣誓.
GENDER = rx.compile(GENDER_MARK)
#: Someone who oversees, leads, presides over or organises the oath (甲…，并组织宪法宣誓).
_OVERSEEN = rx.compile(r"监誓|领誓|主持|组织(?:了)?(?:宪法)?宣誓")


def oaths(ex: Extraction, found: list[Draft]) -> list[Draft]:
    """The oaths told as acts that someone oversees, not already named as ceremonies."""
    text = ex.article.text
    out: list[Draft] = []
    for m in OATH.finditer(text, ex.article.body_start):
        s, e = ex.article.sentence(m.start())
        if any(s <= ev.start < e for ev in (*found, *out)):
            continue
        people = [p for p in ex.mentions if p.label == "Person" and p.ref and s <= p.start < e]
        if not people or not (_OVERSEEN.search(text, s, e) or _takers(text, people, m.start())):
            continue
        name = m["name"]
        after = _AFTER_MEETING.match(text, s)  # 闭幕会后，…宣誓: on the day of the meeting told before
        before = [ev for ev in found if ev.start < s and ev.date] if after else []
        date = before[-1].date if before else date_near(ex, s, e)
        out.append(Draft(name, "Meeting", m.start("name"), m.end("name"), "宣誓", date, place_in(ex, s, e)))
    return out


def _takers(text: str, people: list[Mention], act: int) -> bool:
    """Does a named person take the oath: a name (its gender mark after it, if any) right before
    the act, the last of those who take it (``乙、丙进行了宪法宣誓``)?"""
    return any(p.end == act or GENDER.fullmatch(text, p.end, act) for p in people)
