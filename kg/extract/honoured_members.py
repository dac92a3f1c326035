"""Members of an honoured category presented one by one: ``在获奖者中，有…的甲，有…的乙``.

A report on an honour often names a few of its holders by an enumeration of portraits: a clause
that names the category of honoured people (``在入榜的好人里``, ``受表彰的劳动模范``,
``这些道德模范里``, ``本届获奖者中``), then items each opened by 有 (``有…的退休教师甲，有…的“某某
英雄”乙；还有…的丙……``, ``既有…的甲，也有…的乙``). The person that closes an item is a member of
the category, so a recipient of the honour it names. The family of an honoured person may be the
one met (``走访了劳动模范的亲属，有…的甲的女儿``): the person before the kinship word is the member.

The honour: an award named before whose name ends with the category's last words (道德模范 after
全国道德模范), else a quoted honour that holds them (好人 in “某某好人榜”), else the category's own
words from a word that opens an honour's name (全国, 全省, a year) or after its last 的, without a
word of being listed (上榜, 入榜, 入选, 获奖, 受表彰) or a pointer (这些, 本届); a bare word of winning
(获奖者, 受表彰者) stands for the award named last before the clause.

The honoured may be told of first and pointed at (``本次受表彰的个人中，…。他们当中，有…的甲；有…的乙``):
after a stretch that tells of being honoured, the items of 他们当中 receive the award of persons
named last before (not a unit's, 某某奖状 or 某某先锋号).

Not a member: an item whose person is not at its end (``有甲带领的团队``: the team is portrayed), a
clause whose category is no honour (``会场里，有甲，有乙``), a person inside the category's clause
(``甲等劳动模范，有…``: a conferral read elsewhere).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from kg import rx
from kg.extract.conferral_forms import HONOUR_ENDS
from kg.extract.prize_conferrals import UNIT_HONOUR_ENDS
from kg.model import Extraction, Mention, clause_start

#: Words that name the winners of an award already named (the award named last before them).
_WINNERS = ("获奖者", "获奖人", "受表彰者", "获奖代表", "上榜者", "入选者", "获得者")
#: The category's clause, and the 有 that opens the first item.
_OPENER = rx.compile(
    "(" + "|".join(sorted((*HONOUR_ENDS, *_WINNERS), key=len, reverse=True)) + ")"
    r"(?:家属|亲属|家人)?(?:中|里|当中|之中)?[，,]?(?:既|也)?有(?![关的些所力效点时])"
)
#: The honoured spoken of by a pronoun after the sentence that tells of them: 他们当中，有…的甲.
_THEY = rx.compile(r"(?:他们|她们)(?:当中|中间|之中|中)[，,]?(?:既)?有(?![关的些所力效点时])")
#: Words of being honoured in the stretch before 他们当中.
_HONOURED = rx.compile(r"受表彰|获表彰|获奖|荣获|被授予|受到表彰")
#: How far before 他们当中 that stretch reaches.
_BEFORE_THEY = 60
#: Awards of units, which no person of such a list receives.
_UNIT_AWARDS = (*UNIT_HONOUR_ENDS, "奖状", "集体")
#: Where one item ends and the next opens.
_NEXT_ITEM = rx.compile(r"[，,；;](?:也|还|更|既)?有(?![关的些所力效点时])")
#: Where the enumeration ends: the sentence's end, or an ellipsis.
_END = rx.compile(r"[。！？!?\n]|……")
#: What may follow the member at the end of an item: nothing, 等, or 的 and a kinship word.
_TAIL = rx.compile(r"(?:等|的(?:父母|父亲|母亲|妻子|丈夫|家属|亲属|家人|子女|儿子|女儿|遗孀))?$")
#: Words before the category's own words that are no part of the honour's name.
_LEADS = (
    "在",
    "这些",
    "这批",
    "本届",
    "本次",
    "此次",
    "首批",
    "上榜",
    "入榜",
    "入选",
    "获奖",
    "受表彰",
    "部分",
)
#: A quoted honour in the article.
_QUOTED = rx.compile(r"“([^“”\n]{2,20})”")
#: Where the name of an honour may open inside the category's clause (全国道德模范, 全省劳动模范).
_OPENS = rx.compile(r"全国|全省|全市|全县|全区|全州|\d{4}年度?")
#: The longest honour's name read from the category's clause alone.
_CORE_MAX = 10
#: The longest category clause read before the opener's honour word.
_CLAUSE_MAX = 24


@dataclass(frozen=True)
class Members:
    start: int  # where the honour's name is written
    award: str
    recipients: tuple[Mention, ...]


def _honour(
    ex: Extraction, head: str, word: str, at: int, named: Sequence[tuple[int, str]]
) -> tuple[int, str] | None:
    """Where the honour of the category ``head`` (ending in the honour ``word`` at ``at``) is
    named, and its name; None when the category names none."""
    text = ex.article.text
    if word in _WINNERS:  # 获奖者中: the award named last before
        before = [n for n in named if n[0] < at]
        return max(before) if before else None
    words = len(head) - len(word)
    for k in range(words + 1):  # 道德模范 after 全国道德模范 named before: the longest shared end
        named_as = [n for n in named if n[1].endswith(head[k:])]
        if named_as:
            return named_as[-1]
    quotations = [(q.start(1), q.group(1)) for q in _QUOTED.finditer(text)]
    for k in range(words + 1):  # 好人 in “某某好人榜”
        found = [q for q in quotations if head[k:] in q[1] and q[1] != head[k:]]
        if found:
            return found[0]
    opens = [o.start() for o in _OPENS.finditer(head)]
    core = head[opens[-1] :] if opens else head.rsplit("的", 1)[-1]
    for lead in _LEADS:
        core = core.removeprefix(lead)
    if len(core) < 3 or len(core) > _CORE_MAX:
        return None  # 好人, 英雄 alone, or a clause: no honour's name
    return at + len(word) - len(core), core


def honoured_members(
    ex: Extraction, persons: Sequence[Mention], named: Sequence[tuple[int, str]]
) -> list[Members]:
    """The members presented after each category clause (``persons`` sorted by start; ``named``:
    ``(start, name)`` of the awards found before, sorted)."""
    text = ex.article.text
    starts = [p.start for p in persons]
    out: list[Members] = []
    openers = [(m, False) for m in _OPENER.finditer(text)] + [(m, True) for m in _THEY.finditer(text)]
    for m, pronoun in sorted(openers, key=lambda o: o[0].start()):
        floor = clause_start(text, m.start(), "，,。；;：:！!？?…\n")
        if m.start() - floor > _CLAUSE_MAX:
            continue
        if bisect.bisect_left(starts, m.start()) != bisect.bisect_left(starts, floor):
            continue  # 甲等劳动模范，有…: a person in the category's clause
        if pronoun and not _HONOURED.search(text, max(0, floor - _BEFORE_THEY), floor):
            continue  # 他们当中，有…: only after a sentence that tells of the honoured
        end = _END.search(text, m.end())
        stop = end.start() if end else len(text)
        cuts = [
            m.end(),
            *(x for n in _NEXT_ITEM.finditer(text, m.end(), stop) for x in (n.start(), n.end())),
            stop,
        ]
        members = []
        for a, b in zip(cuts[::2], cuts[1::2], strict=True):
            i, j = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
            if i == j:
                continue
            last = persons[j - 1]
            if last.end <= b and _TAIL.match(text, last.end, b):
                members.append(last)
        if not members:
            continue
        known = [*named, *((x.start, x.award) for x in out)]
        if pronoun:  # the award of persons named last before (not a unit's: 某某奖状, 某某先锋号)
            before = [n for n in known if n[0] < m.start() and not n[1].endswith(_UNIT_AWARDS)]
            honour = max(before) if before else None
        else:
            honour = _honour(ex, text[floor : m.start(1)] + m.group(1), m.group(1), m.start(1), known)
        if honour is not None:
            out.append(Members(honour[0], honour[1], tuple(members)))
    return out
