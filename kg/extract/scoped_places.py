"""The division a bare level word stands for (``市`` of 市委, ``省`` of 省长): the first division of
the wanted kind among those in scope and their ancestors, else the only one the article names.

Shared by :func:`kg.extract.chain_orgs.place_at_level`, :mod:`kg.extract.bare_provinces` (never a
municipality) and :mod:`kg.extract.municipalities` (only a municipality). Below a county, the
paragraph's one township (:func:`paragraph_township`) and the article's one village
(:func:`only_village`) stand for a bare 镇 or 村 the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.divisions import Division, gazetteer
from kg.model import Extraction, Place

#: The kind of a province-level division that is a city (北京, 天津, 上海, 重庆).
MUNICIPALITY = "直辖市"


def as_place(ex: Extraction, div: Division) -> Place:
    """The article's place of the division, or a place made from the gazetteer's row."""
    return ex.place(div.code) or Place(div.code, div.name, div.level, div.code, div.parent)


def in_scope(ex: Extraction, keys: list[str | None], wanted: Callable[[Division], bool]) -> Place | None:
    """The first division that ``wanted`` takes among ``keys`` (division codes) and their ancestors."""
    gaz = gazetteer()
    for key in keys:
        if not key or key not in gaz.by_code:
            continue
        for div in gaz.ancestors(key):
            if wanted(div):
                return as_place(ex, div)
    return None


def only_named(ex: Extraction, wanted: Callable[[Division], bool]) -> Place | None:
    """The article's one named place of the gazetteer that ``wanted`` takes; None if none or several."""
    gaz = gazetteer()
    named = {m.ref for m in ex.mentions if m.label == "Place"}
    found = [p for p in ex.places if p.key in named and p.key in gaz.by_code and wanted(gaz.by_code[p.key])]
    return found[0] if len(found) == 1 else None


def paragraph_division(ex: Extraction, pos: int, level: str) -> Place | None:
    """The one division of ``level`` that the places named before ``pos`` in its paragraph are or
    lie in: a photo page's caption (``图②　某某县县长甲在某镇检查…。县委常委乙陪同检查。``) or a
    report's paragraph that tells one county, written bare after it; None where they lie in two
    (``甲县和乙县召开联席会议。县委书记某某主持``) or in none."""
    text = ex.article.text
    start = text.rfind("\n", 0, pos) + 1
    gaz = gazetteer()
    found = {
        place.key
        for m in ex.mentions
        if m.label == "Place" and start <= m.start < pos and m.ref in gaz.by_code
        if (place := in_scope(ex, [m.ref], lambda div: div.level == level)) is not None
    }
    return as_place(ex, gaz.by_code[found.pop()]) if len(found) == 1 else None


def paragraph_township(ex: Extraction, pos: int, level: str = "township") -> Place | None:
    """The one township (or place of another local ``level``: a village) that the paragraph of
    ``pos`` names before it (``在甲镇，甲来到…。镇党委书记某某汇报…``, ``甲来到某镇乙村。…村党总支
    书记某某介绍``); None where it names none, or two."""
    return _one_named(ex, ex.article.text.rfind("\n", 0, pos) + 1, pos, level)


def clause_township(ex: Extraction, pos: int, level_word: str) -> Place | None:
    """The one township, of ``level_word`` (镇, 乡), that the clause of ``pos`` names before it, up
    to the sentence's start or the last semicolon (``甲镇选举某某为镇人大主席；乙乡选举某某为乡人大
    主席``: each its own); None where it names none, or two."""
    start = max(ex.article.sentence(pos)[0], ex.article.text.rfind("；", 0, pos) + 1)
    return _one_named(ex, start, pos, "township", level_word)


def _one_named(ex: Extraction, start: int, pos: int, level: str, ending: str = "") -> Place | None:
    """The one place of ``level`` (whose name ends with ``ending``) named in ``text[start:pos]``;
    None where none is, or two."""
    keys = {m.ref for m in ex.mentions if m.label == "Place" and start <= m.start < pos and m.ref}
    found = {p.key: p for p in ex.places if p.key in keys and p.level == level and p.name.endswith(ending)}
    return next(iter(found.values())) if len(found) == 1 else None


def only_village(ex: Extraction) -> Place | None:
    """The one village the article places (a village's story), or None where it places none or two."""
    villages = [p for p in ex.places if p.level == "village"]
    return villages[0] if len(villages) == 1 else None
