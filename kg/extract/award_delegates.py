"""The delegate who speaks for an honoured class: ``优秀共产党员代表、某医院主任甲作交流发言``.

Grammar: at a commendation one member of each honoured class speaks for the rest, introduced by the
class and 代表: ``优秀共产党员代表、县某局干部甲``, ``受表彰的劳动模范代表甲``, ``甲作为优秀共产党员
代表发言``. The delegate is one of the class, so receives its award.

- The class must be one the article confers: the name of an award found (``授予甲等10名同志“优秀
  共产党员”称号``), or words that end like an honour's title (:data:`HONOUR_ENDS`, 十佳某某, 优秀
  某某) written again in a sentence that commends (``对50名优秀共产党员…进行了表彰``). The longest
  such class that ends right before 代表 is the one (``由优秀共产党员代表甲发言``: 优秀共产党员).
- The delegate is the first person after 代表 in its clause, its chain between them
  (``代表、县人民医院主任甲``), or the person right before 作为.
- A class the article does not confer names no recipient (``人大代表甲``, ``职工代表甲``, ``村民代表
  甲``, ``优秀共产党员代表`` in a feature that commends no one), nor a class of units (``先进基层党
  组织代表、某村党支部书记甲``: the branch is of the class, not 甲).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from kg import rx
from kg.extract.conferral_forms import HONOUR_ENDS, PRAISED
from kg.extract.prize_conferrals import UNIT_HONOUR_ENDS
from kg.model import Extraction, Mention, clause_start

#: Where a class may start: after these, no part of it.
_CLASS_FLOOR = "，,。；;：:、\n“”的 \u3000"
#: The longest class before 代表.
_LONGEST = 14
#: A sentence that confers or commends.
_COMMENDING = rx.compile(r"表彰|授予|表扬|评为|获评|荣获|命名|评选出")
#: An honour's words: ending like a title, or opened by a word of praise.
_HONOUR = rx.compile(r"(?:" + PRAISED + r"|[\u4e00-\u9fff]{0,10}(?:" + "|".join(HONOUR_ENDS) + r"))")
#: Classes of units, whose delegate speaks for a unit.
_UNIT_ENDS = (*UNIT_HONOUR_ENDS, "集体", "单位", "组织", "企业", "家庭", "班组")
#: 代表 after a class, and the 、 that may open its delegate's chain.
_DELEGATE = rx.compile(r"代表、?")
#: 代表 and the delegate's chain before the name: 优秀共产党员代表、县人民医院主任甲.
_AFTER_DELEGATE = rx.compile(r"代表、?[^，,；;：:。\n、]{0,30}$")
#: Where the delegate's clause ends (、 too: 甲代表乙、丙: the next item).
_CLAUSE_END = "，,。；;：:\n、"
#: Words between the delegate and the class: 甲作为优秀共产党员代表发言.
_AS = ("作为受表彰的", "作为")


@dataclass(frozen=True)
class Delegate:
    start: int  # where the class is written before 代表
    end: int
    award: str
    person: Mention


def _classes(ex: Extraction, awards: Sequence[str]) -> dict[str, str]:
    """Each class the article confers, with the award name its delegates receive."""
    text = ex.article.text
    found: dict[str, str] = {}
    for name in awards:  # 第八届某省道德模范: its delegates are 道德模范代表 (not 模范代表)
        bare = name.strip("“”")
        found[bare] = name
        for i in range(1, len(bare) - 3):
            if _HONOUR.fullmatch(bare, i):
                found.setdefault(bare[i:], name)
    for s, e in ex.article.sentences():
        sentence = text[s:e]
        if not _COMMENDING.search(sentence):
            continue
        for m in _HONOUR.finditer(sentence):  # 50名优秀共产党员: 优秀共产党员, and 名… is none
            word = m.group()
            for i in range(len(word) - 1):
                if _HONOUR.fullmatch(word, i):
                    found.setdefault(word[i:], word[i:])
    return found


def _class_before(text: str, at: int, classes: dict[str, str]) -> tuple[int, str] | None:
    """The start and award of the longest class that ends at ``at``, if any."""
    floor = at
    while floor > 0 and at - floor < _LONGEST and text[floor - 1] not in _CLASS_FLOOR:
        floor -= 1
    for start in range(floor, at - 1):
        word = text[start:at]
        if word in classes:
            return start, classes[word]
    return None


def award_delegates(ex: Extraction, persons: Sequence[Mention], awards: Sequence[str]) -> list[Delegate]:
    """The delegates of classes the article confers, each with the award of the class."""
    text = ex.article.text
    out: list[Delegate] = []
    if "代表" not in text:
        return out
    classes = {c: a for c, a in _classes(ex, awards).items() if not c.endswith(_UNIT_ENDS)}
    if not classes:
        return out
    by_end = {p.end: p for p in persons}
    starts = [p.start for p in persons]
    for m in _DELEGATE.finditer(text, ex.article.body_start):
        got = _class_before(text, m.start(), classes)
        if got is None:
            continue
        start, award = got
        person = next((by_end.get(start - len(w)) for w in _AS if text.endswith(w, 0, start)), None)
        if person is None:  # 代表、县某局干部甲: the first person of the clause after 代表
            at = m.end()
            i = bisect.bisect_left(starts, at)
            if i < len(persons) and not any(ch in _CLAUSE_END for ch in text[at : persons[i].start]):
                person = persons[i]
        if person is not None:
            out.append(Delegate(start, m.start(), award, person))
    return out


def speaks_for(text: str, person: Mention) -> bool:
    """Whether ``person`` is written as the delegate of a class (``某某代表、某局干部甲``, ``甲作为
    某某代表``), in the shapes :func:`award_delegates` reads."""
    start = clause_start(text, person.start, "，,；;：:。\n", max(0, person.start - _LONGEST - 32))
    if _AFTER_DELEGATE.search(text, start, person.start):
        return True
    return (
        any(text.startswith(w, person.end) for w in _AS)
        and "代表" in text[person.end : person.end + _LONGEST + 8]
    )
