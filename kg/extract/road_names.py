"""A division's short name that opens a road's name (上海路, 北京东路, 中山大道) names no division.

Grammar: streets are named after divisions everywhere (``某区中山路街道``, ``家住北京东路``,
``南京路步行街``, ``长沙大道``, ``沿广州街向东``), and subdistricts after the streets (某某路街道):
the short name before a road word is a part of the road's name. Counter-examples: the short name
before a word that is no road's (``在北京出席``, ``北京街头``), and before 街道 (``某区某某街道``: a
subdistrict's own name, read as the places stage reads it).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg import rx

#: A road word right after a short name (路, 中路, 大道, 大街, 街, 巷), not 街道/街头/街区.
_ROAD = rx.compile(r"[东西南北中]?路|大道|大街|街(?![道头区])|巷")


def off_roads(text: str, hits: Sequence) -> list:
    """``hits`` (division hits with ``start``, ``end`` and ``short``) but a short name that opens a
    road's name (module docstring)."""
    return [h for h in hits if not (h.short and _ROAD.match(text, h.end))]
