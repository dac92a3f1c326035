"""Organisations a chain names by reference to one named before it.

- ``该局副局长``, ``该公司董事长``: 该 and an organisation's last word (局, 公司, 校) stand for the
  organisation of that kind named last before, in the same sentence or the one before it.
- ``巡视组组长``, ``督导组副组长``: a group written bare (a word ending in 组, no place or name
  before it) is the group of that kind the article named in full before (``省委第三巡视组``),
  when the article names one only.
"""

from __future__ import annotations

import bisect

from kg import rx
from kg.extract.joined_titles import tokens_near
from kg.model import Extraction, Mention

#: 该 and an organisation's last word: the organisation named before.
_THIS = rx.compile(r"该([\u4e00-\u9fff]{1,2})")
#: Last words an organisation named with 该 may end in (该局, 该公司, 该校 -> 学校/大学/学院).
_KINDS = {
    "局": ("局",),
    "厅": ("厅",),
    "委": ("委", "委员会"),
    "院": ("院",),
    "校": ("大学", "学院", "学校", "中学", "小学"),
    "公司": ("公司",),
    "集团": ("集团",),
    "中心": ("中心",),
    "部": ("部",),
    "所": ("所",),
}


#: Party organs of the unit 该 names (该院党组, 该局党委).
_UNIT_ORGANS = ("党组", "党委", "纪委", "党总支", "党支部")
#: Tags of the words of a group's full name before its kind (省委|第三|巡视组).
_GROUP_HEAD_TAGS = frozenset({"ORG", "LOC", "m"})
#: A bare group: a word of three or four characters ending in 组 (巡视组, 督导组, 工作组), no
#: party organ (分党组).
_GROUP = rx.compile(r"[\u4e00-\u9fff]{2,3}(?<!党)组")


def referred(ex: Extraction, org: str, start: int) -> str | None:
    """The organisation that ``org`` (written at ``start`` in a chain) refers to, else None."""
    if org.startswith("该"):
        organ = next((o for o in _UNIT_ORGANS if org.endswith(o) and len(org) > len(o) + 1), "")
        found = _named_before(ex, org.removesuffix(organ) if organ else org, start)
        return found + organ if found else None  # 该院党组书记: the court's 党组
    if _GROUP.fullmatch(org):
        return _group_named(ex, org, start)
    return None


def _orgs_before(ex: Extraction, start: int) -> list[Mention]:
    mentions = sorted((x for x in ex.mentions if x.label == "Organization"), key=lambda x: x.end)
    return mentions[: bisect.bisect_right([x.end for x in mentions], start)]


def _named_before(ex: Extraction, org: str, start: int) -> str | None:
    """The organisation that ``该局`` (``org``, at ``start``) stands for: the last organisation
    mention before ``start`` ending in that kind's last word, in the same sentence or the one
    before it; None if ``org`` is no such word or none is named (``该局`` stays as written)."""
    m = _THIS.fullmatch(org)
    ends = _KINDS.get(m.group(1)) if m else None
    if ends is None:
        return None
    art = ex.article
    floor = art.sentence(max(0, art.sentence(start)[0] - 1))[0]
    for cand in reversed(_orgs_before(ex, start)):
        if cand.start < floor:
            break
        if cand.text.endswith(ends) and not cand.text.startswith("该"):
            return cand.text
    return None


def _group_named(ex: Extraction, org: str, start: int) -> str | None:
    """The one group the article named in full before ``start`` whose name ends in ``org``: an
    organisation or a place the tagger marks, an ordinal perhaps (第三), then ``org``."""
    text = ex.article.text
    full: set[str] = set()
    at = text.find(org)
    while 0 <= at < start and len(full) < 2:
        near = tokens_near(ex.tokens, max(0, at - 12), at)
        head = at
        for tok in reversed([t for t in near if t.end <= at]):
            if tok.end != head or tok.tag not in _GROUP_HEAD_TAGS:
                break
            head = tok.start
            if tok.tag in ("ORG", "LOC"):
                full.add(text[head : at + len(org)])
                break
        at = text.find(org, at + len(org))
    return full.pop() if len(full) == 1 else None
