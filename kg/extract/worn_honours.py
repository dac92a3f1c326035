"""An honour a person holds, written as the first item of the title chain before the name.

Reports of meetings and features name their people with the honours they hold, as a title:
``全国劳动模范、某某公司带电作业班班长甲说``, ``自治区劳动模范、某某民宿经营者乙讲述…``,
``全国五一劳动奖章获得者、某某公司焊接高级技师丙``. The honour opens the chain (at the start of
its clause), 、 joins it to the posts that follow, and the name closes the chain, or the honour alone
stands before the name (``全国劳模丁作交流发言``, ``“全国劳动模范”戊``), quoted with its year and any
title (``2023年“某某工匠”、某公司高级技师己``): the person is a
recipient of that honour (its date and conferrer are not told). The honour is a title of the genre
(:data:`kg.extract.conferral_forms.HONOUR_ENDS`: 劳动模范, 先进工作者, 优秀共产党员…) or the
winner of a medal (``…奖章获得者``), a level (全国, 全省) or a division (某省, 自治区) before it.

Counter-examples: the honoured named as a kind with no name after the chain (``向受表彰的劳动模范、
先进工作者表示祝贺``), an honour after the posts (``某某公司班长、全国劳动模范甲`` is read by the chain
as a title too, and left to it), and a chain with a verb in it (``劳动模范、退休后回村的甲``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg import rx
from kg.extract.conferral_forms import HONOUR_ENDS
from kg.extract.titles import split_title
from kg.model import Extraction, Mention

#: A held honour opening its clause: a level or a division, the title, then 、 (or the medal's winner).
#: A held honour's name: a level or a division, then the title or a medal (某某奖章).
_HONOUR = (
    r"(?:全国|全省|全市|全县|全区|自治区|[\u4e00-\u9fff]{2,8}?[省市县区州])?(?:"
    + "|".join(sorted(HONOUR_ENDS, key=len, reverse=True))
    + r"|[\u4e00-\u9fff]{2,8}?奖章)"
)
#: 、 after it (the medal's winner: 某某奖章获得者、), posts following.
_WORN = rx.compile(r"(" + _HONOUR + r"(?:(?<=奖章)获得者|(?<!奖章)))、")
#: A feature's subheadline that opens with the one it is about: ——记, —记.
_FEATURE = rx.compile(r"[—－-]{1,2}记")
#: The winner of an award, after its name (某某奖章获得者).
_WINNER = "获得者"
#: A held honour that is all of its clause before the name, quoted or not (全国劳模甲作交流发言,
#: “全国劳动模范”甲, 全国劳动模范获得者甲).
_WORN_ALONE = rx.compile(r"“?(" + _HONOUR + r"(?:获得者)?)”?")
#: A quoted honour that opens its clause, its year before it (2023年“某某工匠”), then 、 and the posts
#: or the name right after it: any quoted title that ends like an honour.
_QUOTED_WORN = rx.compile(
    r"[ \u3000]*(?:\d{4}年度?)?“([^“”，。、]{0,10}?(?:"
    + "|".join(sorted(HONOUR_ENDS, key=len, reverse=True))
    + r"|奖章获得者))”(、?)"
)
#: Where a clause starts, a quotation inside it.
_OUTER = "，。；：\n"
#: Characters of a phrase, not of a unit and a post (的, 了, 在, 是…): a chain the lexicon cannot
#: split (某某民宿经营者) is one of posts only without them.
_PHRASE_CHARS = frozenset("的了在是把被对为将要和与")
#: Where a clause starts.
_CLAUSE = "，。；：“”\n"
#: The longest chain of posts between the honour and the name.
_CHAIN_MAX = 40


@dataclass(frozen=True)
class WornHonour:
    start: int  # the honour's name in the text
    award: str
    person: Mention


def worn_honours(ex: Extraction, persons: Sequence[Mention]) -> list[WornHonour]:
    """The honours held by the persons of ``persons`` that open the title chains before their
    names (module docstring)."""
    text = ex.article.text
    out: list[WornHonour] = []
    for p in persons:
        m = _worn_at(text, p.start)
        if m is not None:  # 某某奖章获得者: the medal
            out.append(WornHonour(m.start(1), m.group(1).removesuffix(_WINNER), p))
    return out


def worn(text: str, name_start: int) -> bool:
    """Whether an honour held opens the chain before the name at ``name_start`` (the holder is
    described by it: at an event, not honoured there)."""
    return _worn_at(text, name_start) is not None


def _worn_at(text: str, name_start: int) -> re.Match[str] | None:
    """The held honour that opens the chain before the name at ``name_start``, if one does."""
    outer = max(text.rfind(c, max(0, name_start - _CHAIN_MAX - 24), name_start) for c in _OUTER) + 1
    quoted = _QUOTED_WORN.match(text, outer, name_start)
    if quoted is not None and name_start - quoted.end() <= _CHAIN_MAX:  # 2023年“某某工匠”、某公司技师甲
        chain = text[quoted.end() : name_start]
        if not chain or (
            quoted.group(2) and (split_title(chain) is not None or not any(c in _PHRASE_CHARS for c in chain))
        ):
            return quoted  # “全国劳动模范”甲; “某某工匠”、某公司技师甲 (not “某某”称号获得者甲)
    floor = max(text.rfind(c, 0, name_start) for c in _CLAUSE) + 1
    while floor < name_start and text[floor] in " \u3000":
        floor += 1
    feature = _FEATURE.match(text, floor, name_start)  # ——记全国劳动模范、某某公司技师甲
    floor = feature.end() if feature else floor
    alone = _WORN_ALONE.fullmatch(text, floor, name_start)
    if alone is not None:
        return alone  # 全国劳模甲: the honour right before the name
    m = _WORN.match(text, floor, name_start)
    if m is None or name_start - m.end() > _CHAIN_MAX:
        return None
    chain = text[m.end() : name_start]
    if chain and split_title(chain) is None and any(c in _PHRASE_CHARS for c in chain):
        return None  # 劳动模范、退休后回村的甲: no chain of posts
    return m
