"""Who presents an award at a ceremony and who receives it.

Grammar: in ``甲为乙、丙颁奖`` and ``甲向乙颁发证书`` (also 颁证, 授牌, 授旗, 颁授, and 佩戴 or 戴上 of a
flower or a badge: ``甲为新兵佩戴大红花``) the one before
为/向 presents and attends the ceremony; the people between 为/向 and the verb receive, and are
not, by that, its attendees (the dev gold's convention: honourees are results, not participants).
A person named there who does something else in the clause (``乙代表获奖者发言``) is read by that
clause's own verbs; so is one whom a phrase of receiving describes (``获得一等奖的某大学教授乙
作为获奖代表发言``, ``荣获某称号的乙参加座谈``) or who speaks for the honoured (``优秀共产党员代表乙
发言``): the award is who he is, not what happens to him there.
"""

from __future__ import annotations

from kg import rx
from kg.extract.award_delegates import speaks_for
from kg.extract.worn_honours import worn
from kg.model import Mention, clause_start

#: The verbs of presenting an award to someone named after 为/向.
PRESENT = r"颁奖|颁发|颁证|授牌|授旗|颁授|佩戴|戴上"
_TO = rx.compile(r"[为向][^，。；：]{1,30}?(?:" + PRESENT + ")")


def receives(text: str, s: int, person: Mention) -> bool:
    """Whether ``person`` (in the sentence from ``s``) stands between 为/向 and a verb of
    presenting, in one clause: a recipient, not the presenter."""
    start = clause_start(text, person.start, "，；：。", s)
    return any(
        m.start() < person.start and person.end <= m.end() for m in _TO.finditer(text, start, person.end + 31)
    )


#: A phrase of receiving that describes the person after it in its clause: 获得一等奖的某大学教授.
_DESCRIBED = rx.compile(r"(?:荣获|获得|获评|获)[^，。；：、]{1,30}的[^，。；：、的]{0,30}$")


def described(text: str, person: Mention) -> bool:
    """Whether a phrase of receiving (``获得一等奖的``) describes ``person`` in its clause or list
    item, or an honour held opens the chain before the name (``全国劳动模范、某公司班长甲说``:
    :mod:`kg.extract.worn_honours`)."""
    start = clause_start(text, person.start, "，；：。、")
    return (
        _DESCRIBED.search(text, start, person.start) is not None
        or worn(text, person.start)
        or speaks_for(text, person)  # 优秀共产党员代表、某局干部甲发言: the class is who 甲 is
    )
