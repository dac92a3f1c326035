"""Who invites others to an event is not told to attend it.

``甲邀请乙参加某某招待会``, ``甲特意请乙出席晚会``, ``甲安排乙列席会议``, ``甲组织乙观摩演练``,
``甲选派乙参加培训班``: the one who attends is 乙, the object; 甲 only asked, arranged or sent.
Where 甲 goes too the sentence says so (``甲邀请乙一同出席``, ``甲带领乙参加``, ``甲应邀参加``:
甲 is the invited one), and 甲 attends.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg import rx
from kg.model import Mention

#: From just after the inviter's name to the event's name: a verb of asking or sending, its object,
#: then the verb of attending. 应邀/申请/提请/报请 are the subject's own going or asking, no invitation.
_ASKS = rx.compile(
    r"[^。；！？]{0,12}?(?<![应申提报])(?:邀请|邀|请(?!示|假|教)|安排|组织(?!部|委员)|委派|选派|派(?!出所)|推荐|动员)"
    r"[^。；！？]{1,40}?(?:参加|出席|列席|观看|观摩)了?(?:在[^，。；]{1,12})?"
)
#: Words that send the inviter along with the invited (甲邀请乙一同出席).
_ALONG = rx.compile(r"一同|一起|一道|共同|同去|陪同|带领|率领|和他们|与他们")


def inviters(text: str, here: Iterable[Mention], event_start: int, sentence: tuple[int, int]) -> set[str]:
    """The persons of ``here`` (mentions in ``sentence``) who invite or send others to the event
    named at ``event_start`` in that sentence, and do not go along."""
    s, e = sentence
    if not s <= event_start < e:
        return set()
    out: set[str] = set()
    for m in here:
        if m.ref is None or not m.end <= event_start:
            continue
        ask = _ASKS.fullmatch(text, m.end, event_start)
        if ask is not None and _ALONG.search(text, m.end, event_start) is None:
            out.add(m.ref)
    return out
