"""Events: meetings and inspections, their date, place, attendees and the sites visited.

Grammar:
- a meeting is a noun phrase ending in a meeting word (座谈会, 会议, 推介会, 仪式 …) that is
  held (``举行/召开/举办 X``, ``组织/召开了一场 X``, ``X在…举行/召开/开幕/闭幕``), a numbered
  session that decides (``…第N次会议审议/通过/废止…``), a person hearing a report
  (``某某听取了…汇报``), or a photo caption that is only a meeting's name (``项目签约仪式``);
- an inspection is ``赴/到/在 <place> (学习)考察/调研/视察``;
- attendees are the people named in sentences with an attendance verb (出席, 参加, 主持, 陪同,
  讲话, 发言 …; not 主持 of a research project, 主持完成/主持研制) outside quotations; a sentence that names an event's trigger word gives its people
  to that event, otherwise to the event last spoken of, and also to an event whose name it gives
  after an attendance verb without the meeting word (``见证项目签约`` for 项目签约仪式); names
  in book titles, after 纪念/回顾, or honoured in that sentence are not attendees, nor those a
  meeting announces (宣布/宣读 王小明任…); its speakers are (:mod:`kg.extract.speakers`), and
  so is one who presents a place to investors at the fair or signing told before
  (``乙推介了某地投资环境``, :func:`kg.extract.event_witnesses.promoted_event`);
- sites are what an inspection ``参观/考察/走进/来到 X`` or ``在 X，`` names, when X ends like a
  venue or an organisation.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg import rx
from kg.extract import event_names
from kg.extract.adopting_sessions import adopting_sessions
from kg.extract.attendance_words import MORE_ATTEND, SIGNED
from kg.extract.both_sides import both_sides, witnessed_signings
from kg.extract.captioned_events import captioned
from kg.extract.cut_names import CAPTION_OPENER
from kg.extract.dates import date_near
from kg.extract.delegation_visits import delegation_visits
from kg.extract.encounters import find_encounters
from kg.extract.event_dates import same_day
from kg.extract.event_holders import HEADLESS, after_date, holder
from kg.extract.event_merge import Draft, headline_merge, merge
from kg.extract.event_occasions import occasions
from kg.extract.event_places import place_in
from kg.extract.event_speeches import spoken_meetings
from kg.extract.event_witnesses import ALL_ABOVE, named_again, promoted_event, related_event
from kg.extract.event_words import MEETING_WORD as _MEETING_WORD
from kg.extract.event_words import OWNER, THEME
from kg.extract.event_words import named as _named
from kg.extract.farewells import farewells
from kg.extract.guest_visits import guest_visits
from kg.extract.headline_activities import dated_activities, headline_activities  # 甲部、乙办开展某某活动
from kg.extract.heard_reports import heard_report
from kg.extract.inspections import find_inspections
from kg.extract.invitations import inviters
from kg.extract.joint_meetings import joint_meetings
from kg.extract.milestones import milestones
from kg.extract.oaths import oaths
from kg.extract.opened_meetings import OPENED_AT, opened_meetings
from kg.extract.presenters import described, receives
from kg.extract.reported import reported
from kg.extract.signings import signings
from kg.extract.site_items import site_items
from kg.extract.site_visits import site_visits
from kg.extract.speakers import SPOKEN_AT, announced, speakers
from kg.extract.titles import ORG_SUFFIXES
from kg.extract.trials import trials
from kg.extract.unveilings import unveilings
from kg.model import Event, Extraction, Mention, clause_start
from kg.pipeline import stage

#: The count of one occurrence of a recurring event (第185场某某活动): no part of its name.
_OCCURRENCE = rx.compile(r"第[\d一二三四五六七八九十百千]+场")
#: Words that make a meeting indefinite, a kind and no named one (一次重要会议, 一场座谈会).
_INDEFINITE = ("一次", "一场", "一个")
#: Words that point at a meeting rather than name it (今天的晚宴, 此次座谈会).
_DEIXIS = rx.compile(r"(?:[今昨当前明][天晚日]|此次|这次|本次|上述|以上)的?")
#: Words that tell how grand a meeting was (举行隆重的欢迎宴会, 盛大欢迎仪式), no part of its name.
_PRAISE = rx.compile(r"(?:盛大|隆重|简短|简朴|简单|庄严|庄重)(?:而(?:隆重|热烈|简朴|庄严))?的?")
#: Words after a meeting word that make it the manner of a meeting (以电视电话会议形式召开).
_MANNER = ("形式", "方式")
#: A word that tells of an event's opening, not of another event (某某宣布旅游节开幕).
_ANNOUNCED = "宣布"
#: Meeting words that make an event only after a name (举办交流活动 names no one event).
_NAMED_ONLY = ("交流活动",)
#: Activities named as a pair (参加会见和签约活动, 参加调研和座谈会) point at the events told, naming none.
_PAIRED = rx.compile(r"[和及][^，。；]{1,6}活动$|^(?:调研|考察|视察|检查|参观|会见|会谈)[和及与、]座谈会$")
#: An event's name: words, and quoted slogans that may hold 、 (“学党史、知党恩”).
_NAME = r"(?:“[^”]{1,24}”|(?<=[\u4e00-\u9fff])（[^（）\s，。；：、]{2,6}）|[^，。；：、“”（）()\s])"
#: Holding verbs; an organiser's verb holds a meeting only with a measure word (组织了一场); 主持
#: alone only a ceremony it names (主持宪法宣誓仪式; 主持会议 is the meeting told already).
_HOLD = (
    r"(?:(?:组织|开展|举行|召开|举办)了?[一两三四五六七八九十几数多]+[场次期个轮]"
    r"|(?:举行|召开|举办|主持召开|出席|参加)(?:了|的)?|进行了?(?=第)|主持(?=[^，。；]{2,20}?仪式))"
)
#: A meeting word that is the start of a room's or building's name (人民大会堂, 会议室, 会议中心).
_NOT_WORD_END = r"(?!堂|室|厅|中心)"
_HELD_BEFORE = rx.compile(_HOLD + "(" + _NAME + "{0,40}?" + _MEETING_WORD + ")" + _NOT_WORD_END)
#: An act and 并 before the verb of taking part in the event named (出席会谈并参加签字仪式): the
#: act is another event's, no part of this one's name.
_JOINT_ACT = rx.compile(r"[^，。；“”]{1,8}?并(?:出席|参加|见证|观看|举行)了?")
#: Verbs that end a ``X举行`` phrase.
_HELD_VERBS = ("举行", "召开", "开幕", "闭幕", "举办", "启动")
#: 开幕式 is a part of the meeting, no verb; 启动仪式 a ceremony's name, 启动会 a meeting's
_HELD_VERB = "(?:" + "|".join(_HELD_VERBS) + ")(?!式|仪式|会)"
_HELD_AFTER = rx.compile(
    r"(?<![了的])("
    + _NAME
    + "{2,40}?"
    + _MEETING_WORD
    + ")"
    + _NOT_WORD_END
    + r"(?:[^，。；]{0,20}?)"
    + _HELD_VERB
)
#: A longer name whose first meeting word is only a part of it (某某丰收节某县庆祝活动), before the
#: place or the day it is held at.
_LONGER = rx.compile(r"[^，。；：、“”（）()\s]{1,16}?" + _MEETING_WORD + r"(?=在|于|\d|今天|昨天)")
_JOINED = rx.compile(r"暨" + _NAME + "{0,30}?" + _MEETING_WORD + r"(?:第[一二三四五六七八九十\d]+次会议)?")
#: A numbered session of the congress named before it (某县第十八届人民代表大会第五次会议), or of its
#: standing committee (某市第十五届人民代表大会常务委员会第二十三次会议): one event.
_NUMBERED_SESSION = rx.compile(
    r"(?:常务委员会|常委会)?第[一二三四五六七八九十百零〇两\d]+次(?:全体|常务|主任)?会议"
)
#: A numbered session that decides: 某市人大常委会第十二次会议废止了…; not ``…会议通过的条例``.
_SESSION = rx.compile(
    r"(?:^|(?<=[，。；：\n]))("
    + _NAME
    + r"{2,30}?第[一二三四五六七八九十百零〇两\d]+次(?:全体|常务|主任)?会议)[^，。；]{0,6}?"
    r"(?:审议|通过|听取|废止|批准|表决|决定|选举|任命|修订|修改|作出)(?![^，。；]{0,2}的)"
)
#: A session cited as the source of a rule is not an event of the article.
_CITED = ("根据", "依据", "依照", "按照", "经")
#: A session that something is sent to is not one that sits: 提请某某第二次会议审议.
_SENT_TO = ("提请", "提交", "报请", "交由")
#: A person hearing a report: 某某听取了某省委工作汇报.
_HEAR = rx.compile(r"听取(?:了)?([^，。；“”]{2,30}?汇报)")
_ATTEND = rx.compile(
    r"出席|参加(?!(?:工作|革命)(?:[，。；、)）]|$))|列席|主持(?!完成|研制|研发|设计|编制|承担|开发|起草|攻关|研究|项目|课题)|陪同|讲话|致辞|发言|会见|会谈|考察|调研|参观|见证|座谈|宣读|(?<!工)作报告|作了报告|(?<!工)作了?(?:工作|专题|情况)?汇报(?!会|材料)|讲座|授课|讲课|作了?(?:专题)?辅导|听取|代表(?:双方|各方|[两三四]方)签[约署订]|视察|观摩|任(?:验收|评审|评估|鉴定)?专家组组长|(?<![要将需])担?任[^，。；]{0,8}?(?:总指挥|指挥长)|督导|督查|带队|率队|检查|宣布|讲解|[为向][^，。；]{1,20}?(?:举行|揭牌|剪彩|授牌|颁奖|颁发|颁证)|回答记者提问|答记者问|通报了?|主旨演讲|介绍了|"
    r"(?:这|上述|以上)[\d一二三四五六七八九十两]+位[^，。；：]{0,6}(?:分别)?[是为]：|"
    + SPOKEN_AT
    + "|"
    + MORE_ATTEND
)
#: A name used as a modifier (某某新时代…思想, 以某某同志为核心) is not someone present.
_ATTRIBUTIVE = (
    "新时代",
    "同志为核心",
    "思想",
    "重要讲话",
    "重要指示",
    "总书记重要",
    "总书记关于",
    "关于",
    "先进事迹",
    "事迹",
    "生平",
)
#: A name after these is remembered, studied or told of, not present (纪念某某同志, 反映某某事迹).
_REMEMBERED = rx.compile(
    r"(?:纪念|缅怀|悼念|追思|追忆|回顾|从事|研究|学习|贯彻|传达|弘扬|发扬|宣传|反映|讲述|报道)了?$"
)
#: Conveying someone's words to a meeting (传达了某某书记甲在…时的讲话要求): 甲 is not there.
_CONVEYING = rx.compile(r"传达(?:学习)?了?[^，。；]{0,16}$")
_CONVEYED_WORDS = rx.compile(r"[^，。；]{0,40}?的(?:重要)?(?:讲话|指示|批示|要求|精神)")


def conveyed(text: str, s: int, m: Mention) -> bool:
    """Whether the meeting hears ``m``'s words conveyed (``传达了县委书记甲在…时的讲话要求``),
    ``m`` being absent; ``甲传达了…精神`` (the one who conveys) is there."""
    return (
        _CONVEYING.search(text, max(s, m.start - 18), m.start) is not None
        and _CONVEYED_WORDS.match(text, m.end) is not None
    )


#: Quoted words and book titles: verbs and names inside them are not the sentence's own.
_QUOTED = rx.compile(r"“[^”]*(?:”|$)|《[^》]*(?:》|$)")
_SITE = rx.compile(
    r"(?:参观|考察|走进|来到|察看|调研|走访|深入)(?:了)?([^，。；]{3,60})|^在([^，。；、]{3,30})$"
)
VENUE_ENDS = tuple(s for s in ORG_SUFFIXES if len(s) > 1 or s in "厂段院园所站村馆店台") + (
    "城", "市场", "石窟", "展厅", "产业园", "新村", "广场", "工地", "项目", "家", "合作社", "码头", "闸", "港",
    "水库", "堤防", "隐患点", "示范点", "保税区",
)  # fmt: skip
#: A sentence of reported speech: its verbs are not attendance (他说，…考察…).
_SPEECH = rx.compile(r"^[^，。]{0,12}?(?:他|她|他们|我们)?(?:说|表示|指出|强调|认为|希望|要求|提出)[，：]")


#: A sentence that opens at the meeting told before: 会上，; 座谈会上 is read by its name.
_AT_THE_MEETING = rx.compile(r"[ \u3000]*会上[，,]")


def _meeting_before(events: list[Draft], pos: int) -> Draft | None:
    """The last meeting told before ``pos`` (not a tour: 会前，某某深入各县开展调研)."""
    return next((ev for ev in reversed(events) if ev.start < pos and ev.kind == "Meeting"), None)


def find_events(ex: Extraction) -> list[Draft]:
    text = ex.article.text
    body = 0  # headlines name events too (某某主持召开某某座谈会)
    found: list[Draft] = []
    # a match of _HELD_AFTER ends with a verb, so none goes past the last one (and the character
    # after it, which tells 开幕 from 开幕式)
    last_verb = max((text.rfind(v) + len(v) + 1 for v in _HELD_VERBS if v in text), default=0)
    for held, stop in ((_HELD_BEFORE, len(text)), (_HELD_AFTER, last_verb)):
        for m in held.finditer(text, body, stop):
            name_end = m.end(1)
            if held is _HELD_AFTER and event_names.unit_holds(text, name_end):  # 某会议某代表团举行全体会议
                continue
            if text.startswith("代表", name_end) and text[m.start(1) : name_end].endswith("代表大会"):
                continue  # 选举产生出席某某人民代表大会代表: that congress's delegates, no event held
            numbered = _NUMBERED_SESSION.match(text, name_end)  # 某县第十八届人民代表大会第五次会议
            name_end = numbered.end() if numbered else name_end
            longer = _LONGER.match(text, name_end) if held is _HELD_AFTER else None
            if longer and not any(v in longer.group() for v in (*_HELD_VERBS, "在")):
                name_end = (
                    longer.end()
                )  # 中国农民丰收节某县庆祝活动在某镇举行: the activity, not the festival
            joined = _JOINED.match(text, name_end) or event_names.lecture_after(text, name_end)
            if joined:  # 甲会暨乙会, 某某会议专题讲座: one event
                name_end = joined.end()
            start = event_names.bracket_start(text, m.start(1), name_end)  # not 本报讯（记者某某）
            count = _OCCURRENCE.match(text, start)  # 第185场某某活动: the count is no part of the name
            start = count.end() if count else start
            deixis = _DEIXIS.match(text, start)  # 出席了今天的晚宴: 今天的 is no part of the name
            start = deixis.end() if deixis else start
            start += len(CAPTION_OPENER) if text.startswith(CAPTION_OPENER, start) else 0  # 图为大会开幕现场
            manner = _PRAISE.match(text, start)  # 举行盛大欢迎仪式: 盛大 is how, no part of the name
            start = manner.end() if manner and name_end - manner.end() >= 4 else start
            theme = THEME.match(text, start)  # 以“某某”为主题的某某节: the theme is no part of the name
            start = theme.end() if theme and name_end - theme.end() >= 3 else start
            joint = _JOINT_ACT.match(text, start) if held is _HELD_BEFORE else None
            start = joint.end() if joint and name_end - joint.end() >= 3 else start  # 出席会谈并参加…
            name = text[start:name_end]
            if held is _HELD_BEFORE and HEADLESS.match(name):  # 某中心组举行第三次集体学习: whose
                owner = holder(ex, m.start())
                name = owner + name if owner else name
            trig = re.search(_MEETING_WORD + "$", name)
            if trig is None or name in _NAMED_ONLY or _ANNOUNCED in name or _PAIRED.search(name):
                continue
            if name.startswith(_INDEFINITE):  # 两会是…召开的一次重要会议: a kind of meeting, not one
                continue
            if text.startswith(_MANNER, name_end):  # 会议以视频会议形式召开: how, not which meeting
                continue
            s, e = ex.article.sentence(m.start())
            if event_names.at_branch_venues(text, s, m.start()):  # 设分会场，同步举行: the main event
                continue
            same = next((o for o in found if event_names.same_event(o.name, name)), None)
            if same is not None:  # the headline's event, told again in the body that dates it
                if same.start < ex.article.body_start <= start and not same.in_body:
                    same.date, same.place = date_near(ex, s, e), place_in(ex, s, e, name)
                    same.in_body = True
                    if len(name) > len(same.name):  # 工作会议 in the headline, 工作会议暨…大会 below
                        same.name, same.start, same.end = name, start, name_end
                elif day_within(day := date_near(ex, s, e), same.date):  # a trip's days, then its own
                    same.date = day
                continue
            found.append(
                Draft(
                    name,
                    "Meeting",
                    start,
                    name_end,
                    trig.group(0),
                    date_near(ex, s, e),
                    place_in(ex, s, e, name),
                )
            )
    for m in _SESSION.finditer(text, body):
        start = after_date(ex, event_names.bracket_start(text, m.start(1), m.end(1)))
        name = text[start : m.end(1)]
        if (
            name.startswith(_CITED)
            or any(w in name for w in _SENT_TO)
            or any(event_names.same_event(ev.name, name) for ev in found)
            or event_names.session_clause(name)  # 审议通过了某委员会第一次全体会议选举结果: no event
        ):
            continue
        s, e = ex.article.sentence(m.start())
        found.append(
            Draft(name, "Meeting", start, m.end(1), "会议", date_near(ex, s, e), place_in(ex, s, e, name))
        )
    found += adopting_sessions(ex, found)  # （某日某某第N次会议通过） under a list's title
    for m in _HEAR.finditer(text, ex.article.body_start):
        host = next((p for p in ex.mentions if p.label == "Person" and p.end == m.start() and p.ref), None)
        if host is None or not host.ref:  # 会议听取了…汇报 is a part of that meeting
            continue
        s, e = ex.article.sentence(m.start())
        if any(s <= ev.start < host.start for ev in found):
            continue  # 在随后举行的座谈会上，甲听取了…汇报: a part of the meeting its sentence names
        indent = s
        while indent > 0 and text[indent - 1] in " \u3000":  # the paragraph's indent
            indent -= 1
        opened = OPENED_AT.match(text, indent)
        if opened and opened.group("name") == opened.group("word") and opened.end() <= host.start:
            continue  # 在座谈会上，甲听取了…汇报: a part of that meeting (kg.extract.opened_meetings)
        name = f"{host.text}听取{m.group(1)}"
        found.append(
            Draft(name, "Meeting", host.start, m.end(), "汇报", date_near(ex, s, e), place_in(ex, s, e))
        )
        found[-1].attendees.append(host.ref)
    encounters = find_encounters(ex)
    for enc in [*encounters, *joint_meetings(ex, encounters)]:  # 甲会见乙。双方举行座谈会
        s, e = ex.article.sentence(enc.start)
        if not any(ev.name == enc.name for ev in found):
            ev = Draft(
                enc.name, "Meeting", enc.start, enc.end, enc.trigger, date_near(ex, s, e), place_in(ex, s, e)
            )
            ev.attendees.extend(enc.attendees)
            found.append(ev)
    both_sides(ex, encounters, found)  # 会见后，双方共同出席某某座谈会
    found += witnessed_signings(ex, encounters, found)  # 会见后，双方共同见证了某某协议签约
    found += signings(ex, found)  # 甲与乙代表双方签署某某协议
    found += guest_visits(ex, encounters)  # 会见前，某某一行参观了某某公司
    found += oaths(ex, found)  # 新任命的国家工作人员进行了宪法宣誓，某某监誓
    found = [ev for ev in found if reported(ex, ev.start, ev.end)]  # not 将于…召开, 多次召开
    found += delegation_visits(ex) + spoken_meetings(ex, found)  # 率代表团访问某国; 甲在某某会上说
    found += farewells(ex) + trials(ex) + occasions(ex) + opened_meetings(ex, found)  # 送别; 座谈会上
    found += [u for u in unveilings(ex) if not any(event_names.same_event(ev.name, u.name) for ev in found)]
    found += [
        m for m in milestones(ex) if not any(m.trigger in ev.name for ev in found)
    ]  # 主桥合龙; 通车仪式
    found += find_inspections(ex, found)
    found += [
        a
        for a in [*headline_activities(ex), *dated_activities(ex)]
        if not any(event_names.same_event(ev.name, a.name) for ev in found)
    ]
    found.sort(key=lambda ev: ev.start)
    named = [ev for ev in found if ev.kind == "Meeting" and ev.name != ev.trigger]
    if named:  # 出席会议, 主持座谈会: a bare meeting word refers to the meeting already named
        found = [
            ev
            for ev in found
            if ev.kind != "Meeting"
            or ev.name != ev.trigger
            or not event_names.refers_back(ev, named, ex.article.in_caption(ev.start))
        ]
    found = event_names.drop_bare_heads(found)  # 召开联席会议…参加会议: one meeting
    found = captioned(ex, found, _ATTEND)  # 项目签约仪式 under a photo
    same_day(ex, found)  # 上午召开甲会；下午召开乙会: the day of the one before (kg.extract.event_dates)
    return event_names.sittings(headline_merge(merge(found, ex.article.body_start), ex.article.body_start))


@stage("events", needs=("people", "places"), adds=("events", "mentions"))
def events_stage(ex: Extraction) -> Extraction:
    events = find_events(ex)
    if not events:
        return ex
    text = ex.article.text
    # an honouree is not an attendee where honoured (向甲颁发), but may be elsewhere (甲发言), as may
    # one described by the award (获得一等奖的甲发言: kg.extract.presenters)
    sentence_of = ex.article.sentence
    honoured = {
        (c.recipient, sentence_of(c.mention.start)) for c in ex.conferrals if not described(text, c.mention)
    }
    credited = set(ex.reporters) | set(ex.photographers)
    persons = [m for m in ex.mentions if m.label == "Person" and m.ref and m.ref not in credited]
    current = events[0]
    tour = next((ev for ev in events if ev.kind == "Inspection"), None)  # visits are its sites
    told = -1  # the end of the sentence before, where it names a meeting (召开某会。董事长甲表示)
    toured = -1  # the end of the sentence before, where it tells the tour's people there
    spoke = -1  # the end of the sentence before, where it quotes a speaker at the event
    officials = {h.person for h in ex.holdings if not h.former}
    credit, closed = -1, False  # after a photo's credit, a caption that opens with its date: a new photo
    for s, e in ex.article.sentences():
        if _CREDIT.match(text, s, e):
            credit = e
            continue
        if _next_to(text, credit, s):
            closed = any(m.label == "Date" and m.start == s for m in ex.mentions)
        if s < ex.article.body_start or ex.article.in_caption(s):
            continue
        at_meeting = _AT_THE_MEETING.match(text, s) is not None
        if at_meeting and (meeting := _meeting_before(events, s)) is not None:
            current, closed = meeting, False  # 会前，某某开展调研。会上，…: back at the meeting
        sentence = text[s:e]
        own = _QUOTED.sub("", sentence)  # the sentence's own words, quotations left out
        quoted = [(s + q.start(), s + q.end()) for q in _QUOTED.finditer(sentence)]
        named = _named(events, sentence, current, e)
        if at_meeting:  # 会上，甲代表调研组作调研报告: the meeting's, not the tour that 调研 names
            named = [ev for ev in named if ev.kind == "Meeting"]
        inside = [(ev.start, ev.end) for ev in events] + quoted
        here = [
            m
            for m in persons
            if s <= m.start < e
            and m.ref
            and (m.ref, (s, e)) not in honoured
            and not any(a < m.start < b for a, b in inside)  # 纪念某某同志座谈会: not an attendee
            and (not text.startswith(_ATTRIBUTIVE, m.end) or heard_report(text, s, m.start, m.end))
            and not _REMEMBERED.search(text, max(s, m.start - 3), m.start)
            and not conveyed(text, s, m)  # 传达了县委书记甲在…时的讲话要求: 甲's words, not 甲
            and not OWNER.match(text, m.end)
            and not text.startswith(_REMAINS, m.end)  # 某某同志遗体送别仪式: the deceased
            and not announced(text, s, e, m, _ATTEND)  # 会议宣布，王小明任局长: the announced
            and not receives(text, s, m)  # 甲为乙颁奖: 乙 receives (kg.extract.presenters)
        ]
        people = [m.ref for m in here if m.ref]
        after_meeting = not named and current.kind == "Meeting" and (told == s or _next_to(text, spoke, s))
        # on a tour: the sentence after one that tells the leader there (甲来到某村，察看…。村党支部书记乙介绍，…)
        after_meeting = after_meeting or (not named and current.kind == "Inspection" and toured == s)
        # at a press conference or a deliberation: each paragraph opened by an official's briefing (甲介绍，…)
        briefing = not named and current.kind == "Meeting" and _briefed(text, current, sentence_of)
        briefing = briefing and told != s and _opens_paragraph(text, s)
        told = e if any(ev.kind == "Meeting" for ev in named) and text[e - 1] != "\n" else -1
        toured = e if text[e - 1] != "\n" and any(p in current.attendees for p in people) else -1
        if named:  # the event the sentence's subject goes to; not one it only invites others to
            going = [ev for ev in named if not inviters(text, here, ev.start, (s, e))]
            current, closed = (going or named)[-1], False
        # no event under another photo (某日，甲陪同客人参观), nor a farewell told only later in the
        # body (病重期间，甲看望…。…遗体送别仪式举行: not at it)
        later = ex.article.body_start <= current.start and e <= current.start
        fallback = [] if closed or (later and _FAREWELL.search(current.name)) else [current]
        said = speakers(text, s, e, here, _ATTEND, after_meeting or briefing)  # 甲在会上表示，…
        if briefing:  # an official's briefing: one who holds a post the article tells (市民甲说: none)
            said = [r for r in said if r in officials]
        if (said or after_meeting) and text[e - 1] == "；":  # 甲认为，…；乙建议…: the next speaker too
            told = e  # (also past a speaker's clause read otherwise: 丙就某事提出建议；丁呼吁…)
        spoke = e if said else -1  # 甲在致辞中表示，…。\n乙表示，…: a speech after a speech there
        for ev in (named or fallback) if said else ():
            ev.attendees += [r for r in said if r not in ev.attendees]
        if _SPEECH.match(sentence):
            continue
        visit = tour if tour is not None and tour.start < e else current
        signing = any(ev.name.endswith(SIGNING_CEREMONIES) for ev in named) and _SIGNED.search(own)
        promoted = promoted_event(own, events, s)  # 乙推介了某地投资环境: at the fair or signing told
        if not people or not (_ATTEND.search(own) or signing or promoted):
            _sites(ex, s, e, sentence, visit)
            continue
        witnessed = [ev for ev in events if ev not in named and named_again(ev, own)]
        if ALL_ABOVE.search(own):  # 参加上述活动: every event told before
            witnessed += [ev for ev in events if ev.start < s and ev not in named and ev not in witnessed]
        elif not named and fallback and (related := related_event(own, events, tour, s)) is not None:
            fallback = [related]  # 乙参加有关活动: the report's main event, not the meeting told last
        elif not named and fallback and promoted is not None:
            fallback = [promoted]  # not at a meeting with guests told since
        for ev in (named or fallback) + [ev for ev in witnessed if ev is not current]:
            asked = inviters(text, here, ev.start, (s, e))  # 甲邀请乙参加某会: 乙 attends
            for ref in people:
                if ref not in ev.attendees and ref not in asked:
                    ev.attendees.append(ref)
        _sites(ex, s, e, sentence, visit)
    if tour is not None:
        _group_meetings(ex, events, tour)
    # 仪式结束后，甲、乙一行实地察看了项目建设现场: a look at sites of its own, its people those named
    # there (added last: no sentence after it goes to it)
    events = sorted(events + site_visits(ex, events), key=lambda ev: ev.start)
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


#: A photo's credit line (本报记者 王小明 摄).
_CREDIT = rx.compile(
    r"\s*(?:本报|新华社)?(?:记者|通讯员)?\s*[^，。；：\s]{2,4}(?:\s+[^，。；：\s]{2,4})*\s*摄\s*$"
)


#: Two who sign a project, in a sentence that speaks of a signing ceremony (甲与乙签约某某项目).
_SIGNED = rx.compile(SIGNED)
#: The words that end the name of a signing ceremony.
SIGNING_CEREMONIES = ("签约仪式", "签约活动")
#: Events whose officials brief the press one after another, a paragraph each (新闻发布会).
BRIEFINGS = ("发布会", "通气会", "吹风会")
#: A delegation's or a group's deliberation told in the sentence of its meeting (代表团举行全体会议，
#: 审议政府工作报告): its members speak one after another, a paragraph each, as officials brief the
#: press (a company's meeting that 审议通过了多项议案 is none).
_DELIBERATION = rx.compile(r"(?:代表团|代表小组|小组|分组)[^。；]{0,30}?(?:审议|讨论)")
#: A farewell to the dead (遗体送别仪式, 告别仪式, 追悼会): those told before it are not at it.
_FAREWELL = rx.compile(r"送别|告别|追悼|悼念")
#: Words after the name of the one a farewell is held for (某某同志遗体送别仪式).
_REMAINS = ("同志遗体", "遗体")


#: A tour's group as the subject that holds a meeting (视察组在某县召开座谈会, 调研组召开汇报会).
_GROUP_HOLDS = rx.compile(r"(?:视察|调研|考察|督导|检查|督查)组[^，。；]{0,12}?(?:召开|举行)了?$")


def _group_meetings(ex: Extraction, events: list[Draft], tour: Draft) -> None:
    """A meeting that the tour's group holds on the tour (``视察组在某县召开座谈会``) has the tour's
    people: the group is its subject, and those who lead, join or accompany it are there."""
    text = ex.article.text
    for ev in events:
        if ev.kind != "Meeting" or ev.start < tour.start:
            continue
        s, _e = ex.article.sentence(ev.start)
        clause = text[clause_start(text, ev.start, "，", s) : ev.start]
        if _GROUP_HOLDS.search(clause):
            ev.attendees += [a for a in tour.attendees if a not in ev.attendees]


def day_within(day: str | None, span: str | None) -> bool:
    """Whether ``day`` is one day inside the range ``span`` (``2023-04-12/2023-04-14``): an event
    told first with a trip's days (4月12日至14日…并举办某推介会) and again on its own day (13日下午，
    某推介会举行) is on that day."""
    if not day or not span or "/" in day or "/" not in span:
        return False
    first, _, last = span.partition("/")
    return len(day) == len(first) and first <= day <= last


def _briefed(text: str, ev: Draft, sentence_of: Callable[[int], tuple[int, int]]) -> bool:
    """Whether ``ev`` is a press conference or a deliberation (:data:`BRIEFINGS`, :data:`_DELIBERATION`)."""
    if ev.name.endswith(BRIEFINGS):
        return True
    s, e = sentence_of(ev.start)
    return _DELIBERATION.search(text, s, e) is not None


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether only indentation stands between the start of its line and ``start``."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip(" \u3000\t")


def _next_to(text: str, end: int, start: int) -> bool:
    """Whether the sentence at ``start`` follows right after ``end`` (the next paragraph's first)."""
    return 0 <= end <= start and not text[end:start].strip()


def _sites(ex: Extraction, s: int, e: int, sentence: str, ev: Draft) -> None:
    if ev.kind != "Inspection" or ex.article.body_start <= ev.start and e <= ev.start:
        return  # a feature's opening (走进某村，…) before the tour is told visits no site of it
    names = [m.text for m in ex.mentions if m.label == "Person" and s <= m.start < e]
    for clause in re.split(r"[，,；]", sentence):
        for m in _SITE.finditer(clause):
            phrase = (m.group(1) or m.group(2) or "").strip()
            for site in site_items(phrase, VENUE_ENDS, names):  # 走进甲公司、乙医院: each a site
                if site not in ev.sites:
                    ev.sites.append(site)
