"""Occasions that no meeting word names: a sports meet held, and a Party lesson given.

Grammar:
- a sports meet held is ``<meet>(…)开幕/闭幕/举行/落幕/开赛`` in the lead (the body's first
  paragraph, which tells the news; a meet told later, ``某某世界杯9月14日至29日在某国举行``, is
  background to another event), the meet's name ending
  in a word of sport (锦标赛, 运动会, 公开赛, 联赛, 马拉松 …) and the clause not of the future
  (:mod:`kg.extract.reported`); when the verb is 开幕 or 闭幕 and the text names that ceremony
  (``闭幕式上，甲为获奖运动员颁奖``), the event is the ceremony (``某某锦标赛闭幕式``), which later
  sentences name by 开幕式/闭幕式; else it is the meet, named by its word of sport;
- a meet only taken part in, won or recalled (``在某某运动会上夺冠``, ``决赛在某馆进行``) is none;
- a Party lesson given is ``讲授/讲/上 (一堂)(专题)党课`` (or 思政课): the lesson (``专题党课``),
  named again by 党课; a lesson to be given (``要讲好党课``, ``将为…讲党课``) or studied
  (``学习党课内容``), or an online lesson (``网上党课``), is none.
"""

from __future__ import annotations

import re

from kg import rx
from kg.extract.dates import date_near
from kg.extract.event_merge import Draft
from kg.extract.event_places import place_in
from kg.extract.event_words import MEETING_WORD, THEME
from kg.extract.reported import reported
from kg.model import Extraction

#: Words that end a sports meet's name.
SPORT_WORD = r"(?:锦标赛|运动会|全运会|公开赛|联赛|大奖赛|邀请赛|冠军赛|世界杯|马拉松|杯赛|自行车赛|龙舟赛|越野赛|帆船赛|大赛)"
#: A festival's name: a word ending in 节 that a place or a time follows (某某节在某地开幕, 某某节
#: 8月3日开幕), not the 节 of a holiday told as a time (春节前夕, 国庆节期间) nor of a word (节能).
FESTIVAL_WORD = r"节(?=在|于|今天|昨天|日前|近日|\d|开幕|闭幕|举行|落幕|启幕)"
#: A meet (or a festival) and the verb that tells it held, up to 24 characters apart (21日在某中心闭幕).
_MEET = rx.compile(
    r"([^，。；：、“”（）()\s]{2,30}?(?:"
    + SPORT_WORD
    + "|"
    + FESTIVAL_WORD
    + r"))[^，。；]{0,24}?(开幕|闭幕|举行|落幕|开赛|启幕)(?!式)"
)
#: A festival's word that the meeting words hold already (文化节, 旅游节): events.py tells it.
_TOLD_FESTIVAL = rx.compile(MEETING_WORD + "$")
#: A meeting word right after a meet's name: the event told is that meeting (某某大赛颁奖典礼).
_CEREMONY_AFTER = rx.compile(r"[^，。；：、\s]{0,6}?" + MEETING_WORD)
#: The ceremony of an opening or closing verb.
_CEREMONY = {"开幕": "开幕式", "闭幕": "闭幕式"}
#: A lesson given: the verb, an optional measure, then the lesson's name.
_LESSON = rx.compile(
    r"(?:讲授|(?<![要好])讲|(?<![网线会要好])上)了?(?:一堂|一次|一场)?([^，。；：“”\s]{0,8}?(?:党课|思政课))"
)
#: Words that make the lesson's name a manner, not a name (讲好党课).
_NOT_NAME = ("好", "过", "的")


def occasions(ex: Extraction) -> list[Draft]:
    """The sports meets and Party lessons the article reports, in text order."""
    return sorted(_meets(ex) + _lessons(ex), key=lambda ev: ev.start)


def _meets(ex: Extraction) -> list[Draft]:
    text = ex.article.text
    if not re.search(SPORT_WORD + "|" + FESTIVAL_WORD, text):  # none without the word: the pattern
        return []  # tries every position
    out: list[Draft] = []
    lead = text.find("\n", ex.article.body_start + 1)  # the lead paragraph tells the news
    for m in _MEET.finditer(text, ex.article.body_start, len(text) if lead < 0 else lead):
        if not reported(ex, m.start(1), m.end()) or any(ev.name.startswith(m.group(1)) for ev in out):
            continue
        if _CEREMONY_AFTER.match(text, m.end(1)):
            continue  # 某某大赛颁奖典礼在某地举行: the ceremony, a meeting word's event (events.py)
        theme = THEME.search(text, max(0, m.start(1) - 40), m.end(1))  # 以“某某”为主题的某某节
        start = theme.end() if theme and m.start(1) < theme.end() < m.end(1) else m.start(1)
        name, trigger = text[start : m.end(1)], re.search(SPORT_WORD + "$", m.group(1))
        if not trigger and (len(name) < 3 or _TOLD_FESTIVAL.search(name)):
            continue  # 某节 of one character's name; 某某文化节: a meeting word's event
        word = trigger.group() if trigger else name
        ceremony = _CEREMONY.get(m.group(2))
        if ceremony and ceremony in text:  # 闭幕式上，…: the ceremony is the event told
            name, word = name + ceremony, ceremony
        s, e = ex.article.sentence(m.start())
        out.append(Draft(name, "Meeting", start, m.end(1), word, date_near(ex, s, e), place_in(ex, s, e)))
    return out


def _lessons(ex: Extraction) -> list[Draft]:
    text = ex.article.text
    if "党课" not in text and "思政课" not in text:
        return []
    out: list[Draft] = []
    for m in _LESSON.finditer(text):
        name = m.group(1)
        if name.startswith(_NOT_NAME) or not reported(ex, m.start(), m.end()):
            continue
        s, e = ex.article.sentence(m.start())
        trigger = name[-2:] if name.endswith("党课") else name[-3:]
        out.append(
            Draft(name, "Meeting", m.start(1), m.end(1), trigger, date_near(ex, s, e), place_in(ex, s, e))
        )
    return out
