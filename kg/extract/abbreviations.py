"""One-character abbreviations of provincial divisions (在京, 来沪, 赴港, 抵京), read as places only
after a verb of movement and before punctuation or a word of what happens there (used by
:mod:`kg.extract.places`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from kg import rx

if TYPE_CHECKING:
    from kg.extract.divisions import Division, Gazetteer
    from kg.model import Extraction, Mention


class PlaceSet(Protocol):
    """The places an article names, as :mod:`kg.extract.places` gathers them."""

    def division(self, div: Division, alias: str | None, note: str | None) -> None: ...


#: One-character abbreviations of provincial divisions (general knowledge), read as places only
#: after a verb of movement (在京, 来沪, 赴港, 抵京).
PROVINCE_ABBREVIATIONS = {
    "京": "110000", "津": "120000", "沪": "310000", "渝": "500000", "冀": "130000", "晋": "140000",
    "辽": "210000", "吉": "220000", "黑": "230000", "苏": "320000", "浙": "330000", "皖": "340000",
    "闽": "350000", "赣": "360000", "鲁": "370000", "豫": "410000", "鄂": "420000", "湘": "430000",
    "粤": "440000", "桂": "450000", "琼": "460000", "川": "510000", "蜀": "510000", "黔": "520000",
    "滇": "530000", "藏": "540000", "陕": "610000", "甘": "620000", "陇": "620000", "青": "630000",
    "宁": "640000", "新": "650000", "港": "810000", "澳": "820000", "台": "710000",
}  # fmt: skip
_ABBREVIATION = rx.compile(f"[{''.join(PROVINCE_ABBREVIATIONS)}]")
_MOVE_BEFORE = "在来赴抵访返回离进驻留"
_MOVE_AFTER = ("期间", "召开", "举行", "出席", "举办", "考察", "会见", "闭幕", "开幕", "逝世", "病逝")


def abbreviations(text: str) -> list[tuple[int, str]]:
    """``(offset, division code)`` of each abbreviation after a verb of movement in ``text``."""
    out: list[tuple[int, str]] = []
    for m in _ABBREVIATION.finditer(text, 1, len(text) - 1):
        i = m.start()
        if text[i - 1] not in _MOVE_BEFORE:
            continue
        after = text[i + 1 : i + 3]
        if after[:1] in "，。、；：）" or after.startswith(_MOVE_AFTER) or after[:1] in "期举召出":
            out.append((i, PROVINCE_ABBREVIATIONS[text[i]]))
    return out


def abbreviation_mentions(ex: Extraction, found: PlaceSet, gaz: Gazetteer) -> list[Mention]:
    """``在京``, ``访港``: a province's one-character abbreviation right after a verb of movement,
    as a place mention (added to ``found``)."""
    out: list[Mention] = []
    for i, code in abbreviations(ex.article.text):
        if code in gaz.by_code:
            found.division(gaz.by_code[code], ex.article.text[i], None)
            out.append(ex.article.span(i, i + 1, "Place", ref=code))
    return out
