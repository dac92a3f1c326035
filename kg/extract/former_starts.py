"""Where a chain item opens with a mark of a post held before: 原 or 前 before an organisation
(原某某公司总经理) or a title (前副总理), not the first character of a place (原平市长, 前进村主任)."""

from __future__ import annotations

from kg.extract.chain_orgs import org_starts
from kg.extract.divisions import division_prefix
from kg.extract.joined_titles import tokens_near
from kg.extract.titles import FORMER, lexicon, split_title
from kg.model import Extraction

#: A bare level before an organ (县教育局: the county's): after 原 it opens no place's name.
_BARE_LEVELS = ("省", "市", "县", "区")


def former_start(ex: Extraction, seg: str, start: int) -> bool:
    """Does the chain item ``seg`` (at ``start``) open with a mark of a post held before: 原 or 前
    before an organisation (原某某公司总经理) or a title (前副总理), not the first character of a
    place (原平市长, 前进村主任)?"""
    mark = next((m for m in FORMER if seg.startswith(m) and len(seg) > len(m)), None)
    if mark is None:
        # a place word, then the mark: 某国前商务部长 (the country's former minister)
        near = tokens_near(ex.tokens, start, start + 1)
        place = next(
            (t for t in near if t.start == start and t.tag == "LOC" and t.end - start < len(seg)), None
        )
        return place is not None and former_start(ex, seg[place.end - start :], place.end)
    if org_starts(ex, start + len(mark)) or seg[len(mark) : len(mark) + 1] in _BARE_LEVELS:
        return True  # 原某某公司…, 原县教育局局长 (the county's bureau of before)
    if org_starts(ex, start):  # 原某集团, 原|阳曲县委 read as one word; 原平市 is a place
        return mark == "原" and 1 + division_prefix(seg[1:]) > division_prefix(seg)
    rest = seg[len(mark) :]
    if len(mark) > 1 or mark == "原" or lexicon().title_at(rest, 0, len(rest)) is not None:
        return True
    near = tokens_near(ex.tokens, start, start + 1)
    alone = any(t.start == start and t.end == start + len(mark) for t in near)  # 前|商务部长
    split = split_title(rest) if alone else None
    return split is not None and bool(split.org)


def names_division_back(org: str) -> bool:
    """Does the organisation ``org`` name its division by a bare level (区监委, 县政协: the
    district or county the chain named before it)? 原 opening a chain covers such an item after
    it (原某区纪委书记、区监委主任: both held before), as it covers bare titles (原党委书记、董事长)."""
    return org[:1] in _BARE_LEVELS and division_prefix(org) == 0
