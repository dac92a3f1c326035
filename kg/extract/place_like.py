"""Is a name-like string a place: one of the article's places, a country, a division of the
gazetteer, or a transliteration before a division's word (比奥比奥|大区)? Names ask before they
take a string for a person."""

from __future__ import annotations

from kg import rx
from kg.extract.foreign_names import is_country
from kg.model import Extraction


def place_words(ex: Extraction) -> frozenset[str]:
    """The names and aliases of the article's places, and the stem of each of its townships and
    villages (桐木 of 桐木村: ``“桐木的茶青好``, where the tagger reads the stem as a name) and of its
    counties (某某 of 某某县, written short: ``愿与某某加强合作``)."""
    words: set[str] = set()
    for p in ex.places:
        words.add(p.name)
        words.update(p.aliases)
        if p.level in ("township", "village"):
            stem = _LOCAL_LEVEL.sub("", p.name)
            if len(stem) >= 2:
                words.add(stem)
        elif p.level == "county" and 2 <= len(stem := _COUNTY_LEVEL.sub("", p.name)) <= 3:
            words.add(stem)
    return frozenset(words)


#: The level word that ends a county's name (not an autonomous county's, whose stem is no short name).
_COUNTY_LEVEL = rx.compile(r"(?<!自治)(?:县|市|区|旗)$")


#: The level word that ends a township's or a village's name.
_LOCAL_LEVEL = rx.compile(r"(?:社区|街道|村|镇|乡|嘎查|苏木)$")


def is_place_like(ex: Extraction, name: str, after: str, places: frozenset[str] | None = None) -> bool:
    """Is ``name`` (followed by ``after``) a place: of the article (``places``: :func:`place_words`),
    a country, a division of the gazetteer, or a name before a division's suffix?"""
    if name in (place_words(ex) if places is None else places) or is_country(name):
        return True
    try:
        from kg.extract.divisions import gazetteer

        gaz = gazetteer()
        if name in gaz.by_short or name in gaz.by_name:
            return True
    except ImportError:  # pragma: no cover - the gazetteer ships with the package
        pass
    if name.endswith(_ORGANS) and _is_division(name[:-1]):
        return True  # 陈仓区委 of 陈仓区委书记: a division's committee, read by the tagger as a name
    return bool(after) and (after[0] in "市省县区州镇乡村" or after.startswith(FOREIGN_DIVISION_WORDS))


#: A division's party committee written after its name (某某区委, 某某县委).
_ORGANS = ("省委", "市委", "州委", "县委", "区委", "旗委")


def _is_division(name: str) -> bool:
    from kg.extract.divisions import gazetteer

    return name in gazetteer().by_name


#: Words of a foreign division after its transliterated name: 比奥比奥|大区 (a region), 某某|郡.
FOREIGN_DIVISION_WORDS = ("大区", "郡")
