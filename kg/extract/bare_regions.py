"""The autonomous region a bare ``自治区`` stands for (``自治区党委``, ``自治区主席``, ``自治区公安厅``).

An autonomous region's own news writes its organs as a bare ``省`` is written in a province's:
``自治区党委书记``, ``自治区人大常委会主任``, ``自治区领导``. The region is found as a bare 省's
province is (:func:`kg.extract.bare_provinces.bare_province`: the one in scope or at home, else the
only one the article names), when that province is an autonomous region; else it is the one
region the article's places lie in, if one alone (a region's paper on a delegation from another
province's city names the guests' city at home). With no region at all, a bare 自治区 stands for
nothing. A bare ``自治区`` right before a title
(``自治区主席``, ``自治区副主席``) is the region's government, as ``省长`` is the province's.
"""

from __future__ import annotations

from kg.extract.bare_provinces import bare_province
from kg.model import Extraction, Place

#: The word a bare region organ starts with, and the kind of division it stands for.
REGION = "自治区"

#: What a bare ``自治区`` before a title stands for: the region's government (自治区主席).
GOVERNMENT = "人民政府"


def region_organ(text: str, scope: str | None, ex: Extraction) -> str:
    """``text`` with a bare ``自治区`` at its start written as the region it stands for
    (``自治区党委`` -> ``宁夏回族自治区党委``; ``自治区`` -> ``宁夏回族自治区人民政府``); else as it is."""
    if not text.startswith(REGION):
        return text
    place = region_of(ex, scope)
    if place is None:
        return text
    rest = text[len(REGION) :]
    return f"{place.name}{rest or GOVERNMENT}"


def region_of(ex: Extraction, scope: str | None) -> Place | None:
    """The autonomous region a bare ``自治区`` stands for in ``ex`` (none in a province's news);
    where the province in scope or at home is none, the one region the article's places lie in
    (a region's paper on a delegation from another province's city: 自治区副主席 is its own)."""
    place = bare_province(ex, [scope, ex.home])
    if place is not None and place.name.endswith(REGION):
        return place
    regions = {p.key: p for p in ex.places if p.level == "province" and p.name.endswith(REGION)}
    return next(iter(regions.values())) if len(regions) == 1 else None
