"""Which events a sentence speaks of: by the name given in full, or by the word that names events
of its kind (座谈会, 会见, 出席会议).

A bare word looks back: it names no event told only after its sentence. A meeting word is read
whole (常务会议 is no 会议 of another meeting), and the head word of a longer one names that one too
(出席会议 after 某某常务会议). Of events that share a word, the words before it choose (主持开工仪式),
else the event last spoken of. A sentence that opens at the meeting (``会上，``, ``在会上``,
``会议上``, ``大会上``, ``会中``) speaks of the meeting told last before it, not of an activity told
since (``会前，委员们开展专题调研。会上，甲发言``); ``会前``, ``会后`` are other times.
"""

from __future__ import annotations

import re

from kg import rx
from kg.extract.attendance_words import SIGNED
from kg.extract.event_merge import Draft

#: The theme an event's name may open with: ``以“某某”为主题的`` (no part of the name).
THEME = rx.compile(r"以(?:“[^”]{1,30}”|[^，。；“”]{1,20}?)(?:为主题|为主线|为题)的")
#: The words that end a meeting's name (and name it alone in later sentences).
MEETING_WORD = r"(?:调度会议?|推进会议?|部署会议?|动员会议?|协调会议?|联席会议|现场会|观摩会|务虚会|培训会|说明会|听证会|验收会|评审会|论证会|鉴定会|反馈会|汇报会|通报会|询问会|约谈会|评议会|述职会|(?:民主|组织)生活会|推进会|座谈会|庆功会|总结会|分享会|启动会|欢迎会|欢送会|联欢会|纪念会|誓师会|表彰会|研讨会|推介会|对接会|发布会|交流会|交流活动|报告会|表彰大会|大会|会议|论坛|峰会|仪式|典礼|讲座|恳谈会|协商会|议政会|通气会|分析会|点评会|讲评会|见面会|洽谈会|博览会|(?:招聘|交易|展销|展览|订货|招商|双选)会|年会|全会|常务会议|招待会|宴会|晚宴|午宴|国宴|颁奖会|文艺晚会|晚会|音乐会|文艺演出|演讲会|茶话会|团拜会|集体学习|专题学习|(?:应急|综合|实战|联合|消防|防汛|疏散)演练|旅游节|文化节|艺术节|音乐节|美食节|电影节|戏剧节|读书节|购物节|丰收节|灯会|庙会|(?:开工|竣工|签约|揭牌|开业|投产|植树|公祭|祭扫|庆祝|研学|主题|义诊)活动|采摘节|(?<=届)[\u4e00-\u9fff]{1,5}?节)"
#: A whole meeting word.
WORD = rx.compile(MEETING_WORD)
#: What makes an event's word a mark of time, not the event spoken of (会见后, 开幕式前, 考察期间:
#: the people of ``考察期间，甲主持召开座谈会，听取乙汇报`` are at the meeting, not on the tour).
TIME_MARK = rx.compile(r"(?:结束)?[之]?[后前]|期间")
#: A name that owns what follows is not present (某某同志的亲属代表, 来到某某家中: the household
#: visited, 某某同志生前友好: the deceased), unless it leads (在某某的陪同下) or reports in person
#: (听取甲、乙的工作汇报).
OWNER = rx.compile(
    r"(?:同志)?(?:的(?!陪同|主持|带领|率领|邀请|见证|指导|(?:工作)?汇报)|亲属|家属|后人|子女|生前|家(?:中|里)?(?![长乡]))"
)
#: A sentence's opening that places it at the meeting (会上，甲发言).
AT_MEETING = rx.compile(r"(?:在|本次|此次)?(?:会议?|大会|全会)(?:上|中(?!心)|期间)[，,]?")


def named(events: list[Draft], sentence: str, current: Draft, end: int | None = None) -> list[Draft]:
    """The events a sentence speaks of: those whose name it gives, then those whose word it gives
    (not as a mark of time, 会见后; or the act a ceremony's word opens with: 签约 of 签约仪式) when
    no event of that word is named in full. Of events that share
    a word (开工仪式 and 签约仪式), the word names the one the sentence tells itself (甲在某地会见乙,
    when 甲会见乙 was named after a second 会见), else the one whose name ends in the words before it
    (主持开工仪式), else the one last spoken of (with those told in its sentence: 分别会见乙和丙),
    else all of them.

    A bare word looks back: it names no event told only after the sentence (``end``: where the
    sentence ends); a meeting word is a whole one (常务会议 is no 会议 of another meeting), and the
    head word of a longer one names that one too (出席会议 after 某某常务会议)."""
    out = [ev for ev in events if ev.name in sentence]
    rest = sentence
    for ev in out:  # the words of the names given in full are theirs
        rest = rest.replace(ev.name, "\u3000" * len(ev.name))
    words = {m.group() for m in WORD.finditer(rest)}
    by_word: dict[str, list[Draft]] = {}
    for ev in events:
        if ev in out or any(o.trigger == ev.trigger for o in out) or (end is not None and ev.start >= end):
            continue
        word = ev.trigger if _said(ev.trigger, rest, words) else _head(ev.trigger, rest, words)
        word = word or _act(ev.name, ev.trigger, rest)
        if word:
            by_word.setdefault(word, []).append(ev)
    for word, evs in by_word.items():
        if len(evs) > 1:
            before = {sentence[max(0, i - 2) : i] for i in _positions(word, sentence)}
            fit = [ev for ev in evs if any(b and ev.name[: -len(word)].endswith(b) for b in before)]
            # the sentence that tells an event (甲在某地会见乙) speaks of that one, not an earlier one
            told = [ev for ev in evs if end is not None and end - len(sentence) <= ev.start < end]
            # events told in one sentence (分别会见乙和丙) start together: the word names them all
            evs = told or fit or [ev for ev in evs if ev.start == current.start] or evs
        out += evs
    if not out and end is not None and AT_MEETING.match(sentence):  # 会上，甲发言
        start = end - len(sentence)
        told = [ev for ev in events if ev.kind == "Meeting" and ev.start < start]
        out = told[-1:]
    return sorted(out, key=lambda ev: ev.start)


def _said(word: str, sentence: str, words: set[str]) -> bool:
    """Whether ``word`` stands in the sentence, as a whole meeting word where it is one."""
    if WORD.fullmatch(word) is not None and word not in words:
        return False
    return _spoken(word, sentence)


#: The head word that names a meeting of a longer meeting word (常务会议, 联席会议: 会议).
_HEADS = ("会议",)


#: The head word of an activity named by its act (某县重大项目集中签约活动) after a verb of taking
#: part in it (县领导甲、乙参加活动; 出席此次活动): that activity (not 活动中心, 活动室).
_ACTIVITY_HEAD = rx.compile(r"(?:出席|参加|参与|观摩)了?(?:此次|本次|这次|当天的?|上述)?活动(?!中心|室|阵地)")


def _head(trigger: str, sentence: str, words: set[str]) -> str:
    """The head word of ``trigger`` when the sentence gives it alone (出席会议 for 常务会议; 参加活动
    for 某某签约活动), else ""."""
    if trigger.endswith("活动") and trigger != "活动" and _ACTIVITY_HEAD.search(sentence):
        return "活动"
    return next((h for h in _HEADS if trigger.endswith(h) and trigger != h and _said(h, sentence, words)), "")


#: The acts that a ceremony is named by (签约仪式, 开工仪式, 揭牌活动): the act alone names it too.
_ACTS = ("签约", "开工", "揭牌", "投产", "开业", "竣工")


def _act(name: str, trigger: str, sentence: str) -> str:
    """The act right before the ceremony's word ``trigger`` that ends its ``name`` (签约 of
    某某集中签约仪式), or that opens an activity's word where two sign in the sentence (甲与乙签约
    for 某某集中签约活动), when the sentence gives it alone, not as a mark of time (甲与乙签约某某项目; not 签约仪式前), else ""."""
    act = next((a for a in _ACTS if name.endswith(a + trigger)), "")
    if not act:  # 某某集中签约活动: only two who sign (甲与乙签约) name it, not 签约项目
        act = next((a for a in _ACTS if trigger == a + "活动" and _SIGNED_WITH.search(sentence)), "")
    alone = [
        i
        for i in _positions(act, sentence)
        if not sentence.startswith(trigger, i + len(act)) and not TIME_MARK.match(sentence, i + len(act))
    ]
    return act if act and alone else ""  # (签约仪式后: the ceremony's word, a mark of time)


#: Two who sign, the verb closing its clause (甲、乙分别代表所在镇，与丙、丁签约。): the act of a signing activity.
_SIGNED_WITH = rx.compile(SIGNED + r"(?=[，。；]|$)")


def _positions(word: str, sentence: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), sentence)]


def _spoken(word: str, sentence: str) -> bool:
    """Whether ``word`` stands in the sentence other than as a mark of time (会见后)."""
    return any(not TIME_MARK.match(sentence, i + len(word)) for i in _positions(word, sentence))
