"""When two names that :mod:`kg.extract.events` finds are one event, and when a numbered session's
name is no name.

Grammar:
- a party body is written in full or short (中国共产党某市委员会, 中共某市委员会): a headline's
  ``中共…全体会议`` and the body's ``中国共产党…全体会议`` are one meeting;
- a joined meeting (``甲会议暨乙大会``) is often named by its first part alone in the headline:
  ``召开2025年工作会议`` over ``召开2025年工作会议暨职工代表大会`` is one meeting;
- a bare meeting word (``参加会议``) names the meeting whose word ends with it (联席会议, 常务会议,
  表彰大会), no meeting of its own;
- what a meeting did (``全会审议通过了某委员会第一次全体会议选举结果``) names a document or another
  body's session, no event: a session's name holds no verb of deciding;
- a ceremony held at the same time at branch venues (``某县设分会场，同步举行开工仪式``, ``各分会场
  同时举行签约仪式``) is the main event seen from those venues, no event of its own; a part held
  at the same time with no branch venue (``会议同时举行了颁奖仪式``) stays one;
- a fair or a forum named for its host and its venue writes the venue's place in brackets
  (``2023中国（某市）某某博览会``, ``某市（上海）某某推介会``): a bracket holding no division's name
  (``本报讯（记者某某）``) is no part of a name.
"""

from __future__ import annotations

import re

from kg import rx
from kg.extract.event_merge import Draft
from kg.extract.session_keys import session_key

#: The full and the short name of the party, as they open a body's name.
_PARTY = ("中国共产党", "中共")
#: The mark that joins two meetings held as one (甲会议暨乙大会).
_JOINED = "暨"
#: Verbs of what a meeting did: a session's name holding one is a clause, not a name.
_DONE = rx.compile(r"审议|通过|选举|听取|批准|表决|决定")


def _short(name: str) -> str:
    """``name`` with the party written short (中国共产党某市委员会 -> 中共某市委员会)."""
    return _PARTY[1] + name[len(_PARTY[0]) :] if name.startswith(_PARTY[0]) else name


_BRACKETED = rx.compile(r"（([^（）]+)）")


def bracket_start(text: str, start: int, end: int) -> int:
    """Where a name read over ``start``–``end`` starts: after the last bracket in it that holds no
    division's name (``本报讯（记者某某）某某会议``), else at ``start`` (``某市（上海）某某推介会``)."""
    from kg.extract.divisions import division_prefix  # divisions loads the table: only when asked

    for m in reversed(list(_BRACKETED.finditer(text, start, end))):
        if division_prefix(m.group(1)) != len(m.group(1)):
            return m.end()
    return start


def same_event(a: str, b: str) -> bool:
    """Whether the names ``a`` and ``b`` name one meeting: equal with the party written full or
    short, or one the first part of the other joined with 暨."""
    a, b = _short(a), _short(b)
    if a == b or a.startswith(b + _JOINED) or b.startswith(a + _JOINED):
        return True
    key = session_key(a)
    return key is not None and key == session_key(b)  # 省纪委七届三次全会, written in full


def session_clause(name: str) -> bool:
    """Whether a numbered session's name is a clause of what a meeting did (审议通过了某会议)."""
    return _DONE.search(name) is not None


def drop_bare_heads(found: list[Draft]) -> list[Draft]:
    """Without the bare-word meetings (会议) that another meeting's word ends with (联席会议)."""
    words = {ev.name for ev in found if ev.kind == "Meeting"}
    return [
        ev
        for ev in found
        if ev.kind != "Meeting"
        or ev.name != ev.trigger
        or not any(w != ev.name and w.endswith(ev.name) for w in words)
    ]


#: A sitting of a congress or session, named by its part of the proceedings (闭幕大会, 开幕会), or
#: the congress by its bare word (图为大会开幕现场).
_SITTING = rx.compile(r"(?:开幕|闭幕)(?:大会|会)|全体会议|大会")
#: A congress or session named with its number (第十五次代表大会, 第十六次会议, 三次会议).
_NUMBERED = rx.compile(r"[一二三四五六七八九十百\d]+次(?:代表大会|(?:全体)?会议)$")


def sittings(found: list[Draft]) -> list[Draft]:
    """A sitting named bare (出席闭幕大会, 此前举行的全体会议, 大会) is a part of the one numbered
    congress or session the article names: its attendees go to that one, no event of its own.
    With no numbered meeting, or with two, the sitting stays."""
    numbered = [ev for ev in found if ev.kind == "Meeting" and _NUMBERED.search(ev.name)]
    if len(numbered) != 1:
        return found
    whole = numbered[0]
    out = []
    for ev in found:
        if ev.kind == "Meeting" and ev is not whole and _SITTING.fullmatch(ev.name):
            whole.attendees += [a for a in ev.attendees if a not in whole.attendees]
            continue
        out.append(ev)
    return out


#: A lecture or study held by a body after its name (委员长会议专题讲座, 中心组集体学习).
_LECTURE_AFTER = rx.compile(r"[^，。；：、“”（）()\s]{0,4}?(?:讲座|集体学习|专题学习|报告会|辅导报告)")


def lecture_after(text: str, name_end: int) -> re.Match[str] | None:
    """The lecture or study that the meeting named up to ``name_end`` holds (第三次委员长会议
    专题讲座: the lecture is the event), or None."""
    return _LECTURE_AFTER.match(text, name_end)


#: A unit of a session written after the session's name (某会议甘肃代表团, 某会议主席团).
_UNIT_OF = rx.compile(
    r"[^，。；：、“”（）()\s]{0,8}?(?:代表团|主席团|小组|界别)(?:在|于|今天|上午|下午|[^，。；]{0,8}?举行)"
)


def unit_holds(text: str, name_end: int) -> bool:
    """Whether the session named up to ``name_end`` is the one whose unit holds the meeting
    (十四届全国人大三次会议甘肃代表团在驻地举行全体会议: the delegation's meeting, the session
    no event of the article)."""
    return _UNIT_OF.match(text, name_end) is not None


#: Where a meeting has other venues, linked to the main one (分会场).
_BRANCH = "分会场"
#: Words that hold an event at the same time as another, right before the holding verb.
_AT_ONCE = rx.compile(r"(?:同步|同时|同期)(?:举行|召开|举办)")


def at_branch_venues(text: str, s: int, verb: int) -> bool:
    """Whether the holding verb at ``verb`` (in the sentence that starts at ``s``) holds the event at
    the same time at branch venues the sentence names (设分会场，同步举行某某仪式)."""
    return _AT_ONCE.match(text, max(s, verb - 2)) is not None and _BRANCH in text[s:verb]


#: Bare words that may name any meeting told before (出席会议, 参加活动, 大会指出).
_ANY_MEETING = frozenset({"会议", "大会", "会", "活动", "仪式"})
#: A meeting's short word and the words of the full names it stands for (全会 for 某届第N次全体会议).
_SHORT_WORDS = {"全会": ("全体会议", "全会"), "党代会": ("代表大会",), "人代会": ("人民代表大会",)}


def refers_back(bare: Draft, named: list[Draft], captioned: bool = False) -> bool:
    """Whether a meeting told by its bare word (``召开座谈会``, ``出席会议``) is one already named:
    one in a photo's caption (a view of the event the article tells), a word that any meeting
    takes, or the word a named meeting ends with (某某专题座谈会). A bare word of another kind in
    the body (``召开庆功会`` after ``某某表彰大会``, ``举行欢迎会`` after ``某某座谈会``) tells a
    meeting of its own."""
    if captioned or bare.name in _ANY_MEETING or any(ev.name.endswith(bare.name) for ev in named):
        return True
    full = _SHORT_WORDS.get(bare.name, ())  # 全会 after 某委员会第五次全体会议
    return any(w in ev.name for ev in named for w in full)
