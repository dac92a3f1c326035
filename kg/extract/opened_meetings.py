"""Meetings told only by a sentence that opens there: ``座谈会上，甲汇报了…``.

Grammar: a tour or a visit often ends in a meeting the article names by its word alone, in the
sentence that opens by placing what it tells there: ``座谈会上，``, ``在座谈会上，``, ``在随后
召开的座谈会上，``, ``随后举行的汇报会上，``, ``在当天下午的座谈会上，``. That is a meeting of its own
(its people are at it, not only on the tour), named by its word, unless the article has already
told a meeting of that word (``召开座谈会。…座谈会上，甲推介了…``: the same one, and the
sentence's people are at it, whatever they do there, but for those it honours) or the words
before it say it is another time's (``在去年的座谈会上``: :mod:`kg.extract.reported`). ``会上，``
and ``会议上，`` place a sentence at the meeting told before and name no meeting of their own.

A sentence that opens at a meeting the article names in full (the name found within that of
one of its events) (``在日前召开的全市某某大会上，市委
常委甲要求…``, ``在某某座谈会上，甲、乙先后发言``) places its people at that meeting, whatever they
do there; one that opens at a meeting the article tells of nowhere else (``在随后召开的某某全委会
上，甲当选为…``: another sitting) places them at none, unless it opens with the day
(``6月18日，在某镇上半年工作推进会上，镇党委书记甲说``: the meeting the article reports).
"""

from __future__ import annotations

from bisect import bisect_left

from kg import rx
from kg.extract.dates import date_near
from kg.extract.event_merge import Draft
from kg.extract.event_places import place_in
from kg.extract.event_words import MEETING_WORD, OWNER
from kg.extract.reported import reported
from kg.model import Extraction

#: A sentence opening at a meeting: (在)(随后/当天…召开/举行的)(name)<meeting word>上，
OPENED_AT = rx.compile(
    r"(?:^|(?<=[。；！？\n]))[ \u3000]*(?:”?(?P<date>\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?)，)?"
    r"在?(?:[^，。；\n“”]{0,8}?(?:召开|举行)的)?"
    r"(?P<name>[^，。；\n“”的]{0,24}?(?P<word>" + MEETING_WORD + r"))上，"
)
#: Words that name no meeting of their own: the meeting told before.
_BARE = ("会议", "大会", "全会")
#: Words that name a sitting of a session, not a meeting of its own (全体会议, 开幕会).
_SITTINGS = ("全体", "开幕", "闭幕", "预备", "分组", "主任", "常务", "第一次全体", "第二次全体")


def opened_meetings(ex: Extraction, found: list[Draft]) -> list[Draft]:
    """The meetings named only by a sentence that opens at them, one per meeting word; the people
    of a sentence that opens at a meeting of ``found`` named in full join that meeting."""
    text = ex.article.text
    out: list[Draft] = []
    persons = sorted((p.start, p.ref, p.end) for p in ex.mentions if p.label == "Person" and p.ref)
    for m in OPENED_AT.finditer(text, ex.article.body_start):
        word = m.group("word")
        if m.group("name")[: -len(word)] in _SITTINGS:
            continue  # 此前举行的全体会议上，: one sitting of a session, not the event itself
        e = ex.article.sentence(m.start("name"))[1]
        honoured = {c.recipient for c in ex.conferrals if m.end() <= c.mention.start < e}  # 甲荣获…称号
        here = [
            ref
            for _, ref, end in persons[bisect_left(persons, (m.end(),)) : bisect_left(persons, (e,))]
            if ref not in honoured and not OWNER.match(text, end)  # 某某同志亲属代表: not 某某
        ]
        if m.group("name") != word:  # 在某某大会上，甲…: the people of the sentence are at it
            named = [ev for ev in (*found, *out) if m.group("name") in ev.name]
            if not named and m.group("date") and reported(ex, m.start(), m.end()):
                s, e = ex.article.sentence(m.start("name"))  # 6月18日，在某某推进会上，甲说: that meeting
                draft = Draft(
                    m.group("name"),
                    "Meeting",
                    m.start("name"),
                    m.end("word"),
                    word,
                    date_near(ex, s, e),
                    place_in(ex, s, e),
                )
                out.append(draft)
                named = [draft]
            for ev in named:
                ev.attendees += [ref for ref in dict.fromkeys(here) if ref not in ev.attendees]
            continue
        if word in _BARE:
            continue
        told = [ev for ev in [*found, *out] if ev.trigger == word or ev.name.endswith(word)]
        for ev in told[-1:]:  # 召开某某推介会。…推介会上，甲推介了…: the people are at the one told
            ev.attendees += [ref for ref in dict.fromkeys(here) if ref not in ev.attendees]
        if told:
            continue
        start, end = m.start("word"), m.end("word")
        if not reported(ex, m.start(), end):
            continue
        s, e = ex.article.sentence(start)
        out.append(Draft(word, "Meeting", start, end, word, date_near(ex, s, e), place_in(ex, s, e)))
    return out
