"""The prefecture that a bare ``地委``, ``行署`` or ``盟委`` stands for.

A 地区 (阿克苏地区, 大兴安岭地区) is governed by a 行政公署 (``行署``) under the party's 地区委员会
(``地委``); a 盟 of Inner Mongolia by its own ``盟委`` and ``行署``. The prefecture's own news writes
them bare, as a city's writes 市委 and 市政府: ``地委书记某某``, ``地委副书记、行署专员某某``,
``盟委委员、行署副盟长某某``. Such an organ is the one of the prefecture in scope or at home (else the
only one the article names), and only when that prefecture is of the kind the organ belongs to: a
city's news has no 地委, and a bare ``行署`` in it stands for nothing.

A department of the prefecture's government is written after the prefecture's own word:
``地区农业农村局局长某某``, ``盟教育局``: the department of the 地区 or 盟 in scope or at home.

The names given are the usual short forms: ``阿克苏地委`` (the 地区 without 区, as 中共阿克苏地委
is written), ``阿克苏地区行署`` and ``锡林郭勒盟行署``, ``锡林郭勒盟委``.
"""

from __future__ import annotations

from kg.extract.scoped_places import in_scope, only_named
from kg.model import Extraction, Place

#: The bare organs, and the kinds of prefecture each belongs to.
ORGANS = {"地委": ("地区",), "行署": ("地区", "盟"), "盟委": ("盟",)}
#: The prefecture's own words before a department of its government (``地区农业农村局``,
#: ``盟教育局``), each also the kind of prefecture it stands for.
OWN_WORDS = ("地区", "盟")


def prefecture_organ(text: str, scope: str | None, ex: Extraction) -> str:
    """``text`` with a bare prefecture organ at its start written with the prefecture it stands
    for (``地委`` -> ``阿克苏地委``, ``行署`` -> ``阿克苏地区行署``); else as it is."""
    organ = next((o for o in ORGANS if text.startswith(o)), None)
    if organ is None:
        word = next((w for w in OWN_WORDS if text.startswith(w) and len(text) > len(w) + 1), None)
        place = prefecture_of(ex, scope, (word,)) if word else None
        return place.name + text[len(word) :] if place is not None and word else text  # 地区农业农村局
    kinds = ORGANS[organ]
    place = prefecture_of(ex, scope, kinds)
    if place is None:
        return text
    if organ == "地委":
        return place.name.removesuffix("区") + text[1:]  # 阿克苏地区 -> 阿克苏地委
    if organ == "盟委":
        return place.name + text[1:]  # 锡林郭勒盟 -> 锡林郭勒盟委
    return place.name + text  # 阿克苏地区行署, 锡林郭勒盟行署


def prefecture_of(ex: Extraction, scope: str | None, kinds: tuple[str, ...]) -> Place | None:
    """The prefecture of one of ``kinds`` in scope or at home, else the only one named."""

    def wanted(div) -> bool:  # type: ignore[no-untyped-def]
        return div.level == "prefecture" and div.kind in kinds

    return in_scope(ex, [scope, ex.home], wanted) or only_named(ex, wanted)
