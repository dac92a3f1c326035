"""Encounters: one person meeting another, named by who met whom.

Grammar:
- ``某甲(今天在某地)(亲切)会见/会晤/接见(了)某乙``: the meeting 某甲会见某乙. Its object ends at a
  clause's end, at ``时`` that closes a time clause (在会见某乙时表示), at ``并`` that joins the next
  verb (会见某乙并讲话) and at an agency's dateline run into the text (…据新华社北京6月10日电).
  ``会见`` used as a noun is none: after ``的`` (参加了今天的会见), or before ``时``/``和``
  (会见时在座, 会见和会晤);
- ``某甲同/与/和某乙(就…)(举行/进行)(了)(工作/电话)会谈/会晤``, ``某甲与某乙一行座谈`` and
  ``某甲与某乙会见(后)``: the meeting 某甲同某乙会谈, with both as attendees (a 座谈 is one with a
  visiting party, 某乙一行 or 某某代表团, or a guest called visiting, 来访的某乙, only: 与企业代表座谈
  and 与群众座谈 are none; 座谈会 is a meeting's word). Nothing but a time may stand between 某甲 and
  同/与/和 (某甲28日下午与某乙会见).

- ``某甲分别会见某乙和某丙``: a meeting with each guest, named 某甲会见某乙 and 某甲会见某丙; a
  later ``参加会见`` names both (:mod:`kg.extract.event_words`).
- ``某甲(12日在某地)接受(某国)(新任驻华)大使递交国书``: the ceremony 某甲接受…递交国书, with the
  ambassadors it names (a roll that follows, ``这6位使节是：…``, gives the others).

The host is the last person named in the sentence before the verb (before 同/与/和).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg import rx
from kg.model import Extraction, Mention

#: 到会见证签约 is 到会 and 见证; 在会见现场合影 names the site of a meeting told before.
_VISIT = rx.compile(r"(?:亲切)?((?<!到)会见(?!证|现场)|会晤|接见)了?")
#: Where the object of 会见 ends.
_OBJECT_END = rx.compile(r"[，。；：、\n]|时(?![间代期候刻节段事尚])|并|据?(?:新华社|本报)")
#: After these, 会见 is a noun (参加了今天的会见) or a time clause with no object (会见时在座).
_NOUN_BEFORE = "的"
_NOUN_AFTER = ("时", "和", "、", "，", "。", "后")
_TALKS = rx.compile(
    r"(同|与|和)([^，。；：、\n]{2,30}?)(?:就[^。；\n]{2,80}?)?(?:举行|进行)?了?"
    r"((?:工作|电话|视频|正式|非正式|小范围|大范围)?)(会谈|会晤|会见|座谈(?!会))"
)
#: A talk (座谈) is an encounter with a visiting party only (甲与乙一行座谈), or with a guest the
#: sentence says is visiting (甲与来访的某公司总裁乙座谈, 与前来考察的乙座谈).
_TALK = "座谈"
_VISITING = rx.compile(r"^(?:来访的|(?:前来|来[^，。；、]{1,6}?)(?:考察|调研|访问|洽谈|交流|参观|对接)的)")
#: What may stand between a host and 同/与/和: a date or a time of day (28日下午).
_TIME_GAP = rx.compile(
    r"[\d一二三四五六七八九十〇零]*(?:日|号)?(?:上午|下午|晚上|中午|晚|早上)?(?:在[^，。；]{1,12})?"
)


#: Credentials presented to a head of state: 接受某国驻华大使递交国书.
_CREDENTIALS = rx.compile(r"接受了?([^，。；]{0,40}?)递交的?国书")

#: A guest's visit told before the guest (来华进行国事访问的, 正在北京访问的): no part of a name.
_ON_VISIT = rx.compile(r"^(?:来华|访华|正在[^，。；]{1,6}|在华)[^，。；]{0,10}?访问的")


@dataclass(frozen=True)
class Encounter:
    name: str
    start: int  # the host's start
    end: int
    trigger: str  # 会见, 会谈 …: the word that names it in later sentences
    attendees: tuple[str, ...]  # person keys: the host first


def find_encounters(ex: Extraction) -> list[Encounter]:
    """The encounters of the article's body, in text order."""
    text = ex.article.text
    persons = [m for m in ex.mentions if m.label == "Person"]
    out: list[Encounter] = []
    for m in _VISIT.finditer(text, ex.article.body_start):
        if text[m.start() - 1 : m.start()] == _NOUN_BEFORE or text.startswith(_NOUN_AFTER, m.end()):
            continue
        s, e = ex.article.sentence(m.start())
        hosts = [p for p in persons if s <= p.start and p.end <= m.start()]
        stop = _OBJECT_END.search(text, m.end(), e)
        obj_end = stop.start() if stop else e
        obj_end = _past_titles(text, persons, m.end(), obj_end, e)  # 会见某集团董事长、总经理乙一行
        obj_end = min(obj_end, m.end() + 40)
        if not hosts or obj_end - m.end() < 2:
            continue
        host = hosts[-1]
        first = _first_cohost(text, hosts)
        apart = separately(text, persons, m.start(), m.end(), e)
        if apart:  # 甲分别会见乙和丙: a meeting with each guest
            cohosts = [h.ref for h in hosts[first:-1]]
            lead = "、".join(h.text for h in hosts[first:])
            for obj_start, guest in apart:
                name = f"{lead}{m.group(1)}{_ON_VISIT.sub('', text[obj_start : guest.end])}"
                out.append(
                    Encounter(name, host.start, guest.end, m.group(1), _unique(host.ref, *cohosts, guest.ref))
                )
            continue
        obj = _ON_VISIT.sub("", text[m.end() : obj_end])
        name = f"{'、'.join(h.text for h in hosts[first:])}{m.group(1)}{obj}"
        guests = _refs(persons, m.end(), obj_end) or _leader(text, persons, obj, host.start)
        cohosts = [h.ref for h in hosts[first:-1]]
        out.append(Encounter(name, host.start, obj_end, m.group(1), _unique(host.ref, *cohosts, *guests)))
    for m in _TALKS.finditer(text, ex.article.body_start):
        s, e = ex.article.sentence(m.start())
        host = next(
            (p for p in reversed(persons) if s <= p.start and p.end <= m.start()),
            None,
        )
        if host is None or _TIME_GAP.fullmatch(text, host.end, m.start()) is None:
            continue
        guests = _refs(persons, m.start(2), m.end(2))
        if not guests and not re.search(r"团|代表|一行", m.group(2)):
            continue  # 与某某会谈 needs a person or a delegation on the other side
        if m.group(4) == _TALK and not (
            re.search(r"一行|代表团$", m.group(2)) or _VISITING.match(m.group(2))
        ):
            continue  # 与某某一行座谈: a talk with a visiting party only
        guest = _ON_VISIT.sub("", m.group(2))  # 同来华进行国事访问的某国总统: the visit is no part
        name = f"{host.text}{m.group(1)}{guest}{m.group(3)}{m.group(4)}"
        if any(o.start == host.start for o in out):
            continue
        out.append(Encounter(name, host.start, m.end(), m.group(4), _unique(host.ref, *guests)))
    out += _credentials(ex, persons)
    out.sort(key=lambda enc: enc.start)
    return out


#: 分别 before the verb: the host meets each guest of the object on their own.
_APART = "分别"
#: What joins the guests of 分别会见 (甲和乙, 甲、乙).
_GUEST_JOIN = rx.compile(r"[、和及与]|以及")


def separately(text: str, persons: list[Mention], verb: int, obj: int, end: int) -> list[tuple[int, Mention]]:
    """The guests of ``分别会见乙和丙`` (the verb at ``verb``, its object from ``obj`` to the clause's
    end before ``end``), each with where its part of the object starts; none unless 分别 stands
    right before the verb and the object names two people or more, each part ending in one."""
    if not text.startswith(_APART, verb - len(_APART)):
        return []
    stop = min((i for i in (text.find(c, obj, end) for c in "，。；：") if i >= 0), default=end)
    guests = [p for p in persons if p.ref and obj <= p.start and p.end <= stop]
    out: list[tuple[int, Mention]] = []
    start = obj
    for g in guests:
        out.append((start, g))
        join = _GUEST_JOIN.match(text, g.end)
        start = join.end() if join else g.end
    return out if len(out) > 1 else []


#: What a guest's name may carry: 一行 (the party with the guest).
_PARTY = "一行"


def _past_titles(text: str, persons: list[Mention], obj: int, end: int, stop: int) -> int:
    """Where the object of 会见 ends when it stops at a 、 that joins the titles before its guest
    (``会见某集团党委副书记、总经理乙一行``, ``会见某省委书记、省长乙``): past the first person named
    after it in the clause (and 一行); ``end`` when the 、 comes after a person (会见甲、乙) or no
    person follows."""
    if text[end : end + 1] != "、" or any(obj <= p.start < end for p in persons):
        return end
    clause = min((i for i in (text.find(c, end, stop) for c in "，。；：\n") if i >= 0), default=stop)
    guest = next((p for p in persons if end < p.start and p.end <= clause), None)
    if guest is None:
        return end
    return guest.end + len(_PARTY) if text.startswith(_PARTY, guest.end) else guest.end


def _credentials(ex: Extraction, persons: list[Mention]) -> list[Encounter]:
    """Ceremonies of credentials: the host right before 接受 (a time and place between)."""
    text = ex.article.text
    out: list[Encounter] = []
    for m in _CREDENTIALS.finditer(text, ex.article.body_start):
        s, _e = ex.article.sentence(m.start())
        host = next((p for p in reversed(persons) if s <= p.start and p.end <= m.start()), None)
        if host is None or _TIME_GAP.fullmatch(text, host.end, m.start()) is None:
            continue
        name = f"{host.text}{text[m.start() : m.end()]}"
        out.append(
            Encounter(
                name, host.start, m.end(), "国书", _unique(host.ref, *_refs(persons, m.start(1), m.end(1)))
            )
        )
    return out


#: What joins hosts who meet someone together: 甲、乙会见, 甲和省长乙会见 (a title may follow).
_COHOST = rx.compile(r"[、和与][^，。；：、\n]{0,8}")
#: A delegation led by someone: 某某率某省党政代表团; :data:`_LED` names the leader's verb.
_LED = rx.compile(r"(?:率领|带领|率)[^，。；\n]{0,20}?(?:代表团|考察团|访问团)")
_GROUP = ("代表团", "考察团", "访问团")


def _first_cohost(text: str, hosts: list[Mention]) -> int:
    """The index of the first of the hosts enumerated before the verb (甲、省长乙会见: 甲)."""
    i = len(hosts) - 1
    while i > 0 and _COHOST.fullmatch(text, hosts[i - 1].end, hosts[i].start):
        i -= 1
    return i


def _leader(text: str, persons: list[Mention], obj: str, before: int) -> list[str]:
    """The leader of the delegation met (会见代表团一行), named as the one who led it earlier in
    the article (某某率某省代表团赴…); none when the object names no delegation."""
    if not any(w in obj for w in _GROUP):
        return []
    ends = {p.end: p for p in persons if p.ref}
    for m in _LED.finditer(text, 0, before):
        leader = ends.get(m.start())
        if leader is not None and leader.ref:
            return [leader.ref]
    return []


def _refs(persons: list[Mention], start: int, end: int) -> list[str]:
    return [p.ref for p in persons if p.ref and start <= p.start and p.end <= end]


def _unique(*refs: str | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(r for r in refs if r))
