"""A member of a political consultative conference named by the sector (界别) he sits for.

News of a CPPCC session writes a member as ``经济界别委员`` or ``农业界委员``, with the sector in
place of the conference: the member is the conference's 委员 (常委), and the conference is the one
the article names (``市政协``, ``政协某市第十届委员会``, ``全国政协``). With no conference named, or
two different ones, the title stays without an organisation (no post). ``界`` alone is a sector
only after a word of two to four characters right before the title (``各界委员`` is none).
"""

from __future__ import annotations

from kg import rx
from kg.extract.chain_orgs import resolve_org
from kg.extract.orgs import OrgParse
from kg.extract.titles import TitleSplit
from kg.model import Extraction

#: A sector and the title of a member: 经济界别委员, 特邀界别常委, 农业界委员 (not 各界委员).
_SECTOR_ITEM = rx.compile(r"(?:[\u4e00-\u9fff]{2,8}界别|(?!各)[\u4e00-\u9fff]{2,4}界)(委员|常委)")
#: What a conference's short name starts with when no division is written.
_OWNERS = ("全国", "省", "自治区", "市", "州", "县", "区")


def sector_split(item: str) -> TitleSplit | None:
    """``经济界别委员`` -> the title 委员 with no organisation written; None for anything else."""
    found = _SECTOR_ITEM.fullmatch(item)
    return TitleSplit("", found[1], found[1], 2) if found else None


def sector_member(ex: Extraction, start: int, end: int) -> OrgParse | None:
    """The conference of the member whose sector and title are ``text[start:end]`` (经济界别委员)."""
    text = ex.article.text
    if not _SECTOR_ITEM.fullmatch(text, start, end):
        return None
    places = [f for p in ex.places for f in (p.name, *p.aliases)]
    named = {o + "政协" for o in (*_OWNERS, *places) if o + "政协" in text}
    named |= {p.name + "政协" for p in ex.places if "政协" + p.name in text}  # 政协某市第十届委员会
    named = {n for n in named if not any(m != n and m.endswith(n) for m in named)}
    if len(named) != 1:
        return None
    return resolve_org(named.pop(), None, ex)
