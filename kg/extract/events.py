"""Events: meetings and inspections, their date, place, attendees and the sites visited.

Grammar:
- a meeting is a noun phrase ending in a meeting word (座谈会, 会议, 推介会, 仪式 …) that is
  held (``举行/召开/举办 X``, ``X在…举行/召开/开幕/闭幕``);
- an inspection is ``赴/到/在 <place> (学习)考察/调研/视察``;
- attendees are the people named in sentences with an attendance verb (出席, 参加, 主持, 陪同,
  讲话, 发言 …); a sentence that names an event's trigger word gives its people to that event,
  otherwise to the event last spoken of;
- sites are what an inspection ``参观/考察/走进/来到 X`` or ``在 X，`` names, when X ends like a
  venue or an organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.titles import ORG_SUFFIXES
from kg.model import Event, Extraction, Mention
from kg.pipeline import stage

_MEETING_WORD = r"(?:调度会议?|推进会议?|部署会议?|动员会议?|协调会议?|联席会议|现场会|观摩会|务虚会|培训会|说明会|听证会|推进会|座谈会|研讨会|推介会|对接会|发布会|交流会|报告会|表彰大会|大会|会议|论坛|峰会|仪式|典礼|讲座|恳谈会|见面会|洽谈会|博览会|年会|全会|常务会议)"
#: An event's name: words, and quoted slogans that may hold 、 (“学党史、知党恩”).
_NAME = r"(?:“[^”]{1,24}”|[^，。；：、“”（）()\s])"
_HELD_BEFORE = re.compile(
    r"(?:举行|召开|举办|主持召开|出席|参加)(?:了|的)?(" + _NAME + "{0,40}?" + _MEETING_WORD + ")"
)
#: Verbs that end a ``X举行`` phrase.
_HELD_VERBS = ("举行", "召开", "开幕", "闭幕", "举办")
_HELD_VERB = "(?:" + "|".join(_HELD_VERBS) + ")"
_HELD_AFTER = re.compile(
    r"(?<![了的])(" + _NAME + "{2,40}?" + _MEETING_WORD + r")(?:[^，。；]{0,20}?)" + _HELD_VERB
)
_JOINED = re.compile(r"暨" + _NAME + "{0,30}?" + _MEETING_WORD)
_MEET = re.compile(r"(?:亲切)?会见(?:了)?([^，。；、“”]{2,30})")
_INSPECT = re.compile(r"(赴|到|在)([^，。；、]{2,12}?)(学习考察|考察调研|考察|调研|视察|检查)")
_ATTEND = re.compile(
    r"出席|参加|列席|主持|陪同|讲话|致辞|发言|会见|会谈|考察|调研|参观|见证|座谈|宣读|作报告|作了报告|讲座|授课|讲课"
)
#: A name used as a modifier (某某新时代…思想, 以某某同志为核心) is not someone present.
_ATTRIBUTIVE = ("新时代", "同志为核心", "思想", "重要讲话", "重要指示", "总书记重要", "关于")
_SITE = re.compile(r"(?:参观|考察|走进|来到|察看|调研|走访)(?:了)?([^，。；]{3,60})|^在([^，。；、]{3,30})$")
VENUE_ENDS = tuple(s for s in ORG_SUFFIXES if len(s) > 1 or s in "厂段院园所站村馆店台") + (
    "城", "市场", "石窟", "展厅", "产业园", "新村", "广场", "工地", "项目", "家",
)  # fmt: skip
#: A sentence of reported speech: its verbs are not attendance (他说，…考察…).
_SPEECH = re.compile(r"^[^，。]{0,12}?(?:他|她|他们|我们)?(?:说|表示|指出|强调|认为|希望|要求|提出)[，：]")


@dataclass
class _Ev:
    name: str
    kind: str
    start: int
    end: int
    trigger: str  # the word that names it in later sentences (座谈会, 考察)
    date: str | None
    place: str | None
    attendees: list[str] = field(default_factory=list)
    sites: list[str] = field(default_factory=list)


def _date_near(ex: Extraction, start: int, end: int) -> str | None:
    """The first date the sentence gives (as precise as written), else the article's date."""
    dates = sorted(
        (m for m in ex.mentions if m.label == "Date" and start <= m.start < end and m.ref), key=_start
    )
    if dates and dates[0].ref:
        return dates[0].ref
    anchor = ex.article.date or ex.article.published
    return anchor.isoformat() if anchor else None


def _start(m: Mention) -> int:
    return m.start


def _place_in(ex: Extraction, start: int, end: int) -> str | None:
    """Where the sentence says things happen: the place after 赴/到/在/于, else its first place."""
    text = ex.article.text
    places = [m for m in ex.mentions if m.label == "Place" and start <= m.start < end and m.ref]
    moved = [m for m in places if text[m.start - 1 : m.start] in ("赴", "到", "在", "于")]
    if moved:
        return moved[0].ref
    return places[0].ref if places else ex.home


def find_events(ex: Extraction) -> list[_Ev]:
    text = ex.article.text
    body = 0  # headlines name events too (某某主持召开某某座谈会)
    found: list[_Ev] = []
    # a match of _HELD_AFTER ends with a verb, so none goes past the last one
    last_verb = max((text.rfind(v) + len(v) for v in _HELD_VERBS if v in text), default=0)
    for rx, stop in ((_HELD_BEFORE, len(text)), (_HELD_AFTER, last_verb)):
        for m in rx.finditer(text, body, stop):
            name_end = m.end(1)
            joined = _JOINED.match(text, name_end)  # 甲会暨乙会 is one event
            if joined:
                name_end = joined.end()
            name = text[m.start(1) : name_end]
            trig = re.search(_MEETING_WORD + "$", name)
            if any(e.name == name for e in found) or trig is None:
                continue
            s, e = ex.article.sentence(m.start())
            found.append(
                _Ev(
                    name,
                    "Meeting",
                    m.start(1),
                    name_end,
                    trig.group(0),
                    _date_near(ex, s, e),
                    _place_in(ex, s, e),
                )
            )
    for m in _MEET.finditer(text, ex.article.body_start):
        s, e = ex.article.sentence(m.start())
        hosts = [p for p in ex.mentions if p.label == "Person" and s <= p.start and p.end <= m.start()]
        if not hosts:
            continue
        host = hosts[-1]
        name = f"{host.text}会见{m.group(1)}"
        if not any(ev.name == name for ev in found):
            found.append(
                _Ev(name, "Meeting", host.start, m.end(), "会见", _date_near(ex, s, e), _place_in(ex, s, e))
            )
    for m in _INSPECT.finditer(text, body):
        place_text = m.group(2)
        s, e = ex.article.sentence(m.start())
        places = [p for p in ex.mentions if p.label == "Place" and m.start(2) <= p.start < m.end(2)]
        if not places:
            continue
        subject = text[s : m.start()].split("，")[-1].strip()
        name = f"{subject}{m.group(1)}{place_text}{m.group(3)}" if subject else f"{place_text}{m.group(3)}"
        if any(ev.kind == "Inspection" for ev in found):
            continue
        found.append(
            _Ev(name, "Inspection", m.start(), m.end(), m.group(3)[-2:], _date_near(ex, s, e), places[0].ref)
        )
    found.sort(key=lambda ev: ev.start)
    named = [ev for ev in found if ev.kind == "Meeting" and ev.name != ev.trigger]
    if named:  # 出席会议, 主持座谈会: a bare meeting word refers to the meeting already named
        found = [ev for ev in found if ev.kind != "Meeting" or ev.name != ev.trigger]
    return _merge(found, ex.article.body_start)


def _merge(found: list[_Ev], body_start: int = 0) -> list[_Ev]:
    """One event named twice (a headline and its body, 某会 and 十三届某会闭幕会) is one event;
    the body's sentence dates it (a headline gives no date, only the article's)."""
    out: list[_Ev] = []
    for ev in found:
        same = next(
            (
                o
                for o in out
                if o.kind == ev.kind and o.trigger == ev.trigger and (o.name in ev.name or ev.name in o.name)
            ),
            None,
        )
        if same is None:
            out.append(ev)
            continue
        if same.start < body_start <= ev.start:
            same.date = ev.date
        if len(ev.name) > len(same.name):
            same.name, same.start, same.end = ev.name, ev.start, ev.end
    return out


@stage("events", needs=("people", "places"), adds=("events", "mentions"))
def events_stage(ex: Extraction) -> Extraction:
    events = find_events(ex)
    if not events:
        return ex
    text = ex.article.text
    honourees = {c.recipient for c in ex.conferrals}
    credited = set(ex.reporters) | set(ex.photographers)
    persons = [
        m for m in ex.mentions if m.label == "Person" and m.ref not in credited and m.ref not in honourees
    ]
    current = events[0]
    for s, e in ex.article.sentences():
        if s < ex.article.body_start or ex.article.in_caption(s):
            continue
        sentence = text[s:e]
        named = [ev for ev in events if ev.trigger in sentence or ev.name in sentence]
        inside = [(ev.start, ev.end) for ev in events]
        people = [
            m.ref
            for m in persons
            if s <= m.start < e
            and m.ref
            and not any(a < m.start < b for a, b in inside)  # 纪念某某同志座谈会: not an attendee
            and not text.startswith(_ATTRIBUTIVE, m.end)
        ]
        if named:
            current = named[-1]
        if _SPEECH.match(sentence):
            continue
        if not people or not _ATTEND.search(sentence):
            _sites(ex, s, e, sentence, current)
            continue
        for ev in named or [current]:
            for ref in people:
                if ref not in ev.attendees:
                    ev.attendees.append(ref)
        _sites(ex, s, e, sentence, current)
    out: list[Event] = []
    mentions: list[Mention] = []
    for i, ev in enumerate(events):
        key = f"event|{ex.article.id}|{i}|{ev.name}"
        mention = ex.article.span(ev.start, ev.end, "Event", ref=key)
        out.append(
            Event(key, ev.name, ev.kind, ev.date, ev.place, tuple(ev.attendees), tuple(ev.sites), mention)
        )
        mentions.append(mention)
    return ex.add(events=out, mentions=mentions)


def _sites(ex: Extraction, s: int, e: int, sentence: str, ev: _Ev) -> None:
    if ev.kind != "Inspection":
        return
    for clause in re.split(r"[，,；]", sentence):
        for m in _SITE.finditer(clause):
            phrase = (m.group(1) or m.group(2) or "").strip()
            for item in phrase.split("、"):  # 走进甲公司、乙医院: each item a site
                site = re.sub(r"^(了|在)", "", item)
                if len(site) >= 3 and site.endswith(VENUE_ENDS) and site not in ev.sites:
                    ev.sites.append(site)
    del s, e
