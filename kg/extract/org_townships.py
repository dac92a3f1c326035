"""A township written before a company whose own name opens with its county: no part of the name.

News places a company by its township (``在某某镇某某县某某有限公司举行``, ``某某街道某某市某某
科技有限公司``): the company's registered name opens with its county or city, so a township's
name (ending in 镇, 乡 or 街道) right before a division's name that opens the rest is the place
of the company, not the start of its name; so is one before the short form of a province or a
city (``某某镇山西某某煤业有限公司``, ``某某镇晋城某某化工有限公司``); so is a development zone
(``某某经济技术开发区河南某某装备有限公司``). A township followed by a village (``某某镇某某村股份
经济合作社``) opens the name of that village's cooperative and stays.
"""

from __future__ import annotations

from kg import rx
from kg.extract.divisions import gazetteer

#: A township's name at a span's start: two to six characters and its level word; or a development
#: zone's, which places companies as a township does (某某经济技术开发区|河南某某有限公司).
_TOWNSHIP = rx.compile(r"[\u4e00-\u9fff]{2,8}?(?:街道|镇|乡|开发区|高新区|工业园区|产业园区|园区)")


def township_head(text: str, start: int, end: int) -> int:
    """Where the name in ``text[start:end]`` starts: after a leading township when the full name
    of a county or a city follows it at once and more follows that; else at ``start``."""
    m = _TOWNSHIP.match(text, start, end)
    if m is None:
        return start
    gaz = gazetteer()
    head = text[m.end() : m.end() + 2]
    for size in gaz.name_lengths.get(head, ()):
        divs = gaz.by_name.get(text[m.end() : m.end() + size], ())
        if m.end() + size + 2 <= end and any(d.level in ("county", "prefecture") for d in divs):
            return m.end()
    for size in gaz.short_lengths.get(head, ()):  # 某镇|山西某某煤业有限公司: a short form opens it
        divs = gaz.by_short.get(text[m.end() : m.end() + size], ())
        if m.end() + size + 4 <= end and any(d.level in ("province", "prefecture") for d in divs):
            return m.end()
    return start
