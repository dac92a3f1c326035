"""Who confers an award: the organisation that is the subject of the conferral sentence.

``某某省人民政府决定，授予甲某某称号``, ``全国妇联同时授予…``, ``某某局发出通报，对甲予以通报表扬``: an
organisation opens a clause of the award's sentence (after a date or a time phrase at most) and a
verb of deciding or conferring follows it at once; that organisation confers the award. An
organisation in any other place of the sentence (``在某某局举行的大会上``, ``甲是某某公司员工``) is
not the subject, and confers nothing; nor does a subject that commends those who received the award
before (``某某工会对获得某某奖章的职工予以表彰``). Of an award named several times, the first
sentence that names its conferrer so gives it.
"""

from __future__ import annotations

from bisect import bisect_left

from kg import rx
from kg.model import Extraction, Mention

#: What the subject of a conferral does right after its name (决定授予, 同时授予, 发出通报).
_VERB = rx.compile(
    r"(?:近日|日前|今天|昨天|同时|正式|专门|研究)?"
    r"(?:决定|授予|追授|命名|发出|印发|下发|作出|对|向|予以|通报表扬|表彰|颁发|发布)"
)
#: A clause's opening before its subject: nothing, or a date or time phrase (10日，, 2024年5月).
_OPENING = rx.compile(r"\s*(?:[\d０-９〇一二三四五六七八九十年月日号上中下旬午晚前近今昨当时间]{0,14})?\s*")
_CLAUSE_MARKS = "，,；;：:）)"  # a dateline's （记者某某） closes an opening too
#: An award its recipients received before (某某工会对获得某某奖章的职工予以表彰): not the subject's.
_RECEIVED = rx.compile(r"获得|荣获|获评|被评为|被授予|曾获")


def conferrer(ex: Extraction, start: int) -> str | None:
    """The key of the organisation that confers the award named at ``start``, or None."""
    text = ex.article.text
    s, _ = ex.article.sentence(start)
    orgs = _organizations(ex)
    lo = bisect_left(orgs, s, key=_start)
    hi = bisect_left(orgs, start, key=_start)
    for m in reversed(orgs[lo:hi]):
        if m.end > start or m.ref is None:
            continue
        clause = max(s, *(text.rfind(c, s, m.start) + 1 for c in _CLAUSE_MARKS))
        if _OPENING.fullmatch(text, clause, m.start) and _VERB.match(text, m.end):
            return None if _RECEIVED.search(text, m.end, start) else m.ref
    return None


def _organizations(ex: Extraction) -> list[Mention]:
    return sorted((m for m in ex.mentions if m.label == "Organization"), key=_start)


def _start(m: Mention) -> int:
    return m.start
